/** Finding Chromium, and what a user reads when it is missing (no Chromium needed). */
import { describe, expect, it } from 'vitest';
import { WarmBrowser } from '../../src/pdf/browser.js';
import {
  ChromiumMissingError,
  chromiumPath,
  DEFAULT_CHROMIUM,
  requireChromium,
} from '../../src/pdf/chromium-path.js';
import { pdfFeatures } from '../../src/pdf/pdf-features.js';

const NOWHERE = '/nonexistent/chromium-for-test';

describe('chromium path', () => {
  it('is Debian’s /usr/bin/chromium unless OA_CHROMIUM says otherwise', () => {
    expect(chromiumPath({})).toBe(DEFAULT_CHROMIUM);
    expect(chromiumPath({ OA_CHROMIUM: '  ' })).toBe(DEFAULT_CHROMIUM);
    expect(chromiumPath({ OA_CHROMIUM: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
  });

  it('a missing executable gives a Dutch and English error with the install command', () => {
    expect(() => requireChromium(NOWHERE)).toThrow(ChromiumMissingError);
    try {
      requireChromium(NOWHERE);
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain(`Chromium niet gevonden op ${NOWHERE}`);
      expect(message).toContain(`Chromium not found at ${NOWHERE}`);
      expect(message).toContain('apt-get update && apt-get install -y chromium');
      expect(message).toContain('OA_CHROMIUM');
    }
  });

  it('the warm browser reports the missing executable on first use, and again on the next', async () => {
    const browser = new WarmBrowser({ executablePath: NOWHERE });
    await expect(browser.withPage(async () => 1)).rejects.toThrow(ChromiumMissingError);
    await expect(browser.withPage(async () => 1)).rejects.toThrow(/apt-get install -y chromium/);
    expect(browser.stats()).toMatchObject({ launches: 0, busy: 0, connected: false });
    await browser.close();
  });
});

describe('pdf features by Chromium version', () => {
  it('tagged PDF and outline on current Chromium, neither on an old or unknown one', () => {
    expect(pdfFeatures('156.0.8078.108')).toEqual({ tagged: true, outline: true });
    expect(pdfFeatures('124.0.6367.60')).toEqual({ tagged: true, outline: true });
    expect(pdfFeatures('110.0.5481.77')).toEqual({ tagged: false, outline: false });
    expect(pdfFeatures('HeadlessChrome')).toEqual({ tagged: false, outline: false });
  });
});
