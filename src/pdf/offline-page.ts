/**
 * A page in its own browser context that can reach nothing: no scripts, no service workers, and every
 * request that is not `data:` or `about:` aborted. A report prints from its own HTML or not at all.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';

export interface OfflinePage {
  readonly context: BrowserContext;
  readonly page: Page;
}

export function allowedUrl(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('about:');
}

function guard(route: Route): Promise<void> {
  return allowedUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient');
}

export async function openOfflinePage(browser: Browser): Promise<OfflinePage> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    serviceWorkers: 'block',
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  try {
    await context.route('**/*', guard);
    const page = await context.newPage();
    return { context, page };
  } catch (err) {
    await context.close().catch(() => undefined);
    throw err;
  }
}
