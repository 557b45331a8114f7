/** Signing in and out, and the pages of one-time links (forgotten password, choosing a password). */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import { ErrorMessage, Field, Form } from '../../workflow/pages/form.js';
import { PASSWORD_MIN } from '../schema.js';

export function SignInPage(props: {
  csrf: string;
  email?: string;
  error?: string;
  terug?: string;
  oidcLabel?: string;
}): VNode {
  return (
    <Page title="Aanmelden">
      <h1>Aanmelden</h1>
      <p>
        Aanmelden is alleen nodig voor medewerkers van gemeenten, AgII en trainers. Alle cijferrapporten en
        indicatoren zijn open voor iedereen.
      </p>
      <ErrorMessage message={props.error} />
      {props.oidcLabel ? (
        <p>
          <a
            class="button"
            href={`/aanmelden/oidc${props.terug ? `?terug=${encodeURIComponent(props.terug)}` : ''}`}
          >
            {props.oidcLabel}
          </a>
        </p>
      ) : null}
      <Form action="/aanmelden" csrf={props.csrf}>
        {props.terug ? <input type="hidden" name="terug" value={props.terug} /> : null}
        <Field
          id="email"
          label="E-mailadres"
          type="email"
          value={props.email}
          autocomplete="username"
          required
        />
        <Field id="password" label="Wachtwoord" type="password" autocomplete="current-password" required />
        <button type="submit">Aanmelden</button>
      </Form>
      <p>
        <a href="/wachtwoord-vergeten">Wachtwoord vergeten?</a>
      </p>
    </Page>
  );
}

export function SignOutPage({ csrf, signedIn }: { csrf: string; signedIn: boolean }): VNode {
  return (
    <Page title="Afmelden">
      <h1>Afmelden</h1>
      {signedIn ? (
        <Form action="/afmelden" csrf={csrf}>
          <p>Wil je afmelden?</p>
          <button type="submit">Afmelden</button>
        </Form>
      ) : (
        <p>
          Je bent afgemeld. <a href="/">Naar de gemeenten</a>
        </p>
      )}
    </Page>
  );
}

export function ForgotPasswordPage({
  csrf,
  sent,
  error,
}: {
  csrf: string;
  sent?: boolean;
  error?: string;
}): VNode {
  return (
    <Page title="Wachtwoord vergeten">
      <h1>Wachtwoord vergeten</h1>
      {sent ? (
        <p role="status">
          Als er een actief account met dit e-mailadres bestaat, is er nu een e-mail onderweg met een link om
          een nieuw wachtwoord te kiezen. De link werkt één uur.
        </p>
      ) : (
        <>
          <ErrorMessage message={error} />
          <Form action="/wachtwoord-vergeten" csrf={csrf}>
            <Field id="email" label="E-mailadres" type="email" autocomplete="username" required />
            <button type="submit">Stuur me een link</button>
          </Form>
        </>
      )}
    </Page>
  );
}

export function SetPasswordPage(props: {
  csrf: string;
  token: string;
  name: string;
  purpose: 'invite' | 'reset';
  error?: string;
}): VNode {
  const title = props.purpose === 'invite' ? 'Kies je wachtwoord' : 'Kies een nieuw wachtwoord';
  return (
    <Page title={title}>
      <h1>{title}</h1>
      <p>Welkom, {props.name}.</p>
      <ErrorMessage message={props.error} />
      <Form action="/wachtwoord-instellen" csrf={props.csrf}>
        <input type="hidden" name="token" value={props.token} />
        <Field
          id="password"
          label="Wachtwoord"
          type="password"
          autocomplete="new-password"
          hint={`Minstens ${PASSWORD_MIN} tekens; een zin van een paar woorden is sterk en te onthouden.`}
          required
        />
        <Field
          id="repeat"
          label="Herhaal het wachtwoord"
          type="password"
          autocomplete="new-password"
          required
        />
        <button type="submit">Wachtwoord opslaan</button>
      </Form>
    </Page>
  );
}

export function LinkProblemPage({ kind }: { kind: 'unknown' | 'used' | 'expired' }): VNode {
  const text = {
    unknown: 'Deze link kennen we niet (meer).',
    used: 'Deze link is al gebruikt: een link werkt maar één keer.',
    expired: 'Deze link is verlopen.',
  }[kind];
  return (
    <Page title="Link niet geldig">
      <h1>Link niet geldig</h1>
      <p>{text}</p>
      <p>
        Vraag een nieuwe aan via <a href="/wachtwoord-vergeten">Wachtwoord vergeten</a>, of vraag AgII om een
        nieuwe uitnodiging.
      </p>
    </Page>
  );
}
