/**
 * A warm Chromium: launched once on first use, reused for many PDFs, closed on shutdown. Up to
 * `poolSize` pages print at the same time (each in its own offline context, reused up to `maxUses`
 * times); more callers wait their turn. If the browser crashes or is killed, the next caller launches a
 * new one, and a job that was cut off by the crash is run once more.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, requireChromium } from './chromium-path.js';
import { type OfflinePage, openOfflinePage } from './offline-page.js';

export interface WarmBrowserOptions {
  /** Chromium executable; default `OA_CHROMIUM` or `/usr/bin/chromium`. */
  readonly executablePath?: string;
  /** Pages printing at the same time (default 2). */
  readonly poolSize?: number;
  /** A page (and its context) is replaced after this many jobs (default 50). */
  readonly maxUses?: number;
  /** How to start the browser (tests); default `chromium.launch` with the Debian flags. */
  readonly launch?: (executablePath: string) => Promise<Browser>;
}

export interface WarmBrowserStats {
  readonly launches: number;
  readonly connected: boolean;
  readonly busy: number;
  readonly idle: number;
  readonly waiting: number;
}

export type Job<T> = (page: Page, browserVersion: string) => Promise<T>;

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown; lostBrowser: boolean };

interface Slot extends OfflinePage {
  readonly browser: Browser;
  uses: number;
}

export class PdfBrowserClosedError extends Error {
  constructor() {
    super('De PDF-browser is afgesloten. / The PDF browser has been closed.');
    this.name = 'PdfBrowserClosedError';
  }
}

function defaultLaunch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

export class WarmBrowser {
  readonly #executablePath: string;
  readonly #poolSize: number;
  readonly #maxUses: number;
  readonly #launch: (executablePath: string) => Promise<Browser>;
  #browser: Promise<Browser> | null = null;
  #current: Browser | null = null;
  #idle: Slot[] = [];
  #busy = 0;
  #waiters: Array<() => void> = [];
  #launches = 0;
  #closed = false;

  constructor(options: WarmBrowserOptions = {}) {
    this.#executablePath = options.executablePath ?? chromiumPath();
    this.#poolSize = Math.max(1, options.poolSize ?? 2);
    this.#maxUses = Math.max(1, options.maxUses ?? 50);
    this.#launch = options.launch ?? defaultLaunch;
  }

  stats(): WarmBrowserStats {
    return {
      launches: this.#launches,
      connected: this.#current?.isConnected() ?? false,
      busy: this.#busy,
      idle: this.#idle.length,
      waiting: this.#waiters.length,
    };
  }

  /** The Chromium version, launching the browser if needed. */
  async version(): Promise<string> {
    return (await this.#ensureBrowser()).version();
  }

  /** Launches the browser now instead of on the first job (e.g. at server start). */
  async warmUp(): Promise<void> {
    await this.#ensureBrowser();
  }

  /**
   * Runs `job` on a pooled page. The page is returned to the pool only when the job succeeded; `job`
   * must be safe to run twice, as it is run once more when the browser died while it ran.
   */
  async withPage<T>(job: Job<T>): Promise<T> {
    const first = await this.#runOnce(job);
    if (first.ok) return first.value;
    if (this.#closed || !first.lostBrowser) throw first.error;
    const second = await this.#runOnce(job);
    if (second.ok) return second.value;
    throw second.error;
  }

  async #runOnce<T>(job: Job<T>): Promise<Outcome<T>> {
    const slot = await this.#acquire();
    let healthy = false;
    try {
      const value = await job(slot.page, slot.browser.version());
      healthy = true;
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error, lostBrowser: !slot.browser.isConnected() };
    } finally {
      this.#release(slot, healthy);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const wake of this.#waiters.splice(0)) {
      this.#busy++; // each waiter gets a permit, sees the browser is closed and gives it back
      wake();
    }
    const browser = this.#browser;
    this.#browser = null;
    this.#idle = [];
    if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
  }

  async #acquire(): Promise<Slot> {
    await this.#takePermit();
    try {
      const browser = await this.#ensureBrowser();
      for (let slot = this.#idle.pop(); slot; slot = this.#idle.pop()) {
        if (slot.browser === browser && !slot.page.isClosed()) return slot;
        void slot.context.close().catch(() => undefined);
      }
      const opened = await openOfflinePage(browser);
      return { ...opened, browser, uses: 0 };
    } catch (err) {
      this.#givePermit();
      throw err;
    }
  }

  #release(slot: Slot, healthy: boolean): void {
    slot.uses++;
    const reusable =
      healthy &&
      !this.#closed &&
      slot.browser.isConnected() &&
      !slot.page.isClosed() &&
      slot.uses < this.#maxUses;
    if (reusable) this.#idle.push(slot);
    else void slot.context.close().catch(() => undefined);
    this.#givePermit();
  }

  /** One of `poolSize` permits; waiting callers are served first come, first served. */
  async #takePermit(): Promise<void> {
    if (this.#closed) throw new PdfBrowserClosedError();
    if (this.#busy < this.#poolSize) {
      this.#busy++;
      return;
    }
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
    // The permit was handed over by #givePermit (or by close, to be given back here).
    if (this.#closed) {
      this.#givePermit();
      throw new PdfBrowserClosedError();
    }
  }

  #givePermit(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#busy--;
  }

  async #ensureBrowser(): Promise<Browser> {
    for (;;) {
      if (this.#closed) throw new PdfBrowserClosedError();
      const pending = this.#browser;
      if (!pending) break;
      const current = await pending.catch(() => null);
      if (this.#browser !== pending) continue; // replaced meanwhile by another caller
      if (current?.isConnected()) return current;
      this.#browser = null;
    }
    const launching = this.#start();
    this.#browser = launching;
    return launching;
  }

  async #start(): Promise<Browser> {
    const browser = await this.#launch(requireChromium(this.#executablePath));
    this.#launches++;
    this.#current = browser;
    browser.on('disconnected', () => {
      this.#idle = this.#idle.filter((s) => s.browser !== browser);
      if (this.#current === browser) this.#current = null;
    });
    if (this.#closed) {
      await browser.close().catch(() => undefined);
      throw new PdfBrowserClosedError();
    }
    return browser;
  }
}
