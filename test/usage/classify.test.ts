/** What counts as use: route patterns, success only, bots out (HTTP clients still count for the API). */
import { describe, expect, it } from 'vitest';
import { loadGeography } from '../../src/geo/index.js';
import { classifyRequest } from '../../src/usage/classify.js';
import { isCountedAgent } from '../../src/usage/hook.js';
import { municipality2025 } from '../../src/usage/municipality.js';

const base = { method: 'GET', statusCode: 200, nis: '44021', accept: '*/*' };
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

describe('classifyRequest', () => {
  it('names the kind of use by the route pattern', () => {
    const kind = (route: string, accept = '*/*') => classifyRequest({ ...base, route, accept });
    expect(kind('/gemeente/:nis')).toBe('view');
    expect(kind('/gemeente/:nis/rapport.pdf')).toBe('pdf_full');
    expect(kind('/gemeente/:nis/kernrapport.pdf')).toBe('pdf_core');
    expect(kind('/gemeente/:nis/rapport.xlsx')).toBe('xlsx');
    expect(kind('/gemeente/:nis/rapport.csv')).toBe('csv');
    expect(kind('/embed/gemeente/:nis/:block')).toBe('embed');
    expect(kind('/api/v1/gemeente/:nis/rapport')).toBe('api');
    expect(kind('/api/v1/gemeente/:nis/rapport', 'text/html,application/xhtml+xml')).toBe('json');
    expect(kind('/gemeente/:nis/grafiek/:block')).toBeNull(); // part of the page, not a use of its own
    expect(kind('/gemeente/:nis/medewerkers')).toBeNull();
    expect(kind('/')).toBeNull();
  });

  it('counts only successful GETs about a five-digit code', () => {
    const route = '/gemeente/:nis';
    expect(classifyRequest({ ...base, route, statusCode: 302 })).toBeNull();
    expect(classifyRequest({ ...base, route, statusCode: 404 })).toBeNull();
    expect(classifyRequest({ ...base, route, method: 'POST' })).toBeNull();
    expect(classifyRequest({ ...base, route, nis: 'Gent' })).toBeNull();
    expect(classifyRequest({ ...base, route: undefined })).toBeNull();
  });
});

describe('isCountedAgent', () => {
  it('counts browsers and drops crawlers and headless browsers', () => {
    expect(isCountedAgent(BROWSER, false)).toBe(true);
    expect(isCountedAgent(undefined, false)).toBe(true);
    expect(
      isCountedAgent('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', false),
    ).toBe(false);
    expect(isCountedAgent(BROWSER.replace('Chrome/', 'HeadlessChrome/'), false)).toBe(false);
    expect(isCountedAgent('curl/8.5.0', false)).toBe(false);
  });

  it('counts an HTTP client library calling the API, never a crawler doing so', () => {
    expect(isCountedAgent('curl/8.5.0', true)).toBe(true);
    expect(isCountedAgent('python-requests/2.32.3', true)).toBe(true);
    expect(
      isCountedAgent('Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', true),
    ).toBe(false);
  });
});

describe('municipality2025', () => {
  const to2025 = municipality2025(loadGeography());
  it('keeps a 2025 code, maps a merged 2019–2024 code to its successor, refuses the rest', () => {
    expect(to2025('44021', undefined)).toBe('44021');
    expect(to2025('44021', '2019-2024')).toBe('44021');
    // Borsbeek (11007) merged into Antwerpen (11002) on 1 January 2025.
    expect(to2025('11007', '2019-2024')).toBe('11002');
    expect(to2025('11007', undefined)).toBe('11002');
    expect(to2025('21004', undefined)).toBeUndefined(); // Brussels: not a Flemish municipality
    expect(to2025('99999', undefined)).toBeUndefined();
  });
});
