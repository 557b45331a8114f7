/**
 * The header's account links. The page layout (statistics side) always renders "Aanmelden"; for a
 * signed-in person this swaps it for their name, Beheer and Afmelden, so no page has to know who asks.
 */

import type { SignedIn } from '../../access/principal.js';
import { ACCOUNT_NAV_HTML } from '../../render/html/document.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

export function signedInNav(person: SignedIn): string {
  const links = [
    `<a href="/mijn-gegevens">${escapeHtml(person.name)}</a>`,
    ...(person.roles.has('agii') ? ['<a href="/beheer">Beheer</a>'] : []),
    ...[...person.municipalities]
      .map((nis) => `<a href="/gemeente/${nis}/medewerkers">Mijn gemeente</a>`)
      .slice(0, 1),
    ...((['gemeente', 'agii', 'trainer'] as const).some((r) => person.roles.has(r))
      ? ['<a href="/plan">Plan van aanpak</a>']
      : []),
    '<a href="/afmelden">Afmelden</a>',
  ];
  return ACCOUNT_NAV_HTML.replace('<a href="/aanmelden">Aanmelden</a>', links.join(''));
}

export function withAccountNav(html: string, person: SignedIn): string {
  return html.replace(ACCOUNT_NAV_HTML, signedInNav(person));
}
