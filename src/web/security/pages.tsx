/** The pages of refusals: 403 (no access), an expired form (CSRF), too many attempts (rate limit). */
import type { VNode } from 'preact';
import type { Principal } from '../../access/principal.js';
import { ROLE_LABELS } from '../../access/principal.js';
import { Page } from '../../render/html/document.js';

export function ForbiddenPage({ principal }: { principal: Principal }): VNode {
  return (
    <Page title="Geen toegang">
      <h1>Geen toegang</h1>
      {principal.kind === 'user' ? (
        <p>
          Je bent aangemeld als {principal.email} (
          {[...principal.roles].map((r) => ROLE_LABELS[r]).join(', ') || 'geen rol'}
          {principal.municipalities.size > 0 ? `; gemeente ${[...principal.municipalities].join(', ')}` : ''}
          ). Deze pagina hoort niet bij je rol of je gemeente.
        </p>
      ) : (
        <p>
          Voor deze pagina moet je aangemeld zijn. <a href="/aanmelden">Aanmelden</a>
        </p>
      )}
      <p>
        Alle cijferrapporten, indicatoren en downloads blijven voor iedereen open:{' '}
        <a href="/">naar de gemeenten</a>.
      </p>
    </Page>
  );
}

export function ExpiredFormPage(): VNode {
  return (
    <Page title="Formulier verlopen">
      <h1>Dit formulier is verlopen</h1>
      <p>
        Het formulier kon niet veilig verwerkt worden (de beveiligingscode ontbrak of klopte niet, bv. omdat
        je intussen aan- of afgemeld bent). Ga terug, laad de pagina opnieuw en probeer het nog eens.
      </p>
    </Page>
  );
}

export function TooManyPage(): VNode {
  return (
    <Page title="Te veel pogingen">
      <h1>Te veel pogingen</h1>
      <p>
        Er kwamen van hier te veel aanvragen kort na elkaar. Wacht een paar minuten en probeer het dan
        opnieuw.
      </p>
    </Page>
  );
}
