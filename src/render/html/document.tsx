/** Renders a page component to a complete HTML document (server-side, no client script needed). */
import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { NONCE_SLOT } from './csp-nonce.js';
import { SITE_CSS } from './site-css.js';

/** The site's icon (three bars in the accent colour), inline so it needs no route and no request. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#00546b"/><rect x="3" y="8" width="2.5" height="5" fill="#fff"/><rect x="6.75" y="5" width="2.5" height="8" fill="#fff"/><rect x="10.5" y="3" width="2.5" height="10" fill="#fff"/></svg>',
)}`;

export interface PageProps {
  readonly title: string;
  readonly description?: string;
  readonly children: ComponentChildren;
  /** A search query to show in the header search box. */
  readonly query?: string;
  readonly banner?: ComponentChildren;
  /** A document for printing (PDF): no site navigation, search or footer links. */
  readonly print?: boolean;
}

/**
 * The header's account link as rendered; the web layer replaces it for a signed-in person (their name,
 * Beheer, Afmelden), so pages themselves never depend on who asks.
 */
export const ACCOUNT_NAV_HTML =
  '<nav aria-label="Account" class="account-nav"><a href="/aanmelden">Aanmelden</a></nav>';

function AccountNav(): VNode {
  return (
    <nav aria-label="Account" class="account-nav">
      <a href="/aanmelden">Aanmelden</a>
    </nav>
  );
}

export function Page({ title, description, children, query, banner, print }: PageProps): VNode {
  return (
    <html lang="nl-BE">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" type="image/svg+xml" href={FAVICON} />
        <title>{`${title} – Cijferrapport lokale diversiteit`}</title>
        {description ? <meta name="description" content={description} /> : null}
        {/* Raw: escaped as text, the quotes of `content:"…"` would break the rules. */}
        <style nonce={NONCE_SLOT.style} dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
      </head>
      <body class={print ? 'print' : undefined}>
        <a class="skip" href="#inhoud">
          Naar de inhoud
        </a>
        <header class="site">
          <a class="brand" href="/">
            Cijferrapport lokale diversiteit
          </a>
          <nav aria-label="Hoofdmenu" class="main-nav">
            <a href="/">Gemeenten</a>
            <a href="/indicatoren">Indicatoren</a>
          </nav>
          <form class="search" method="get" action="/zoek" role="search">
            <label for="q-header" class="visually-hidden">
              Zoek je gemeente
            </label>
            <input
              id="q-header"
              name="q"
              type="search"
              value={query ?? ''}
              placeholder="Gemeente of NIS-code"
            />
            <button type="submit">Zoek</button>
          </form>
          {print ? null : <AccountNav />}
        </header>
        {banner}
        <main id="inhoud">{children}</main>
        <footer class="site">
          <p>
            Open-source software <strong>omgevingsanalyse</strong>. Cijfers: Statbel (Algemene Directie
            Statistiek – Statistics Belgium), open data onder de Statbel-licentie; gebiedsindelingen:
            Provincies in Cijfers.
          </p>
        </footer>
      </body>
    </html>
  );
}

export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
