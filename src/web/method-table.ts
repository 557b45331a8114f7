/**
 * Which methods each registered address takes, so a request with another method (DELETE, OPTIONS, PUT …
 * on a page) is answered 405 with an `Allow` header instead of "not found". Fed by an `onRoute` hook;
 * Fastify's own router only says "no route".
 */
import type { FastifyInstance } from 'fastify';

interface Pattern {
  readonly regex: RegExp;
  readonly methods: Set<string>;
}

/** `/gemeente/:nis/rapport.pdf` → `^/gemeente/[^/]+/rapport\.pdf$`; `*` matches the rest. */
export function patternRegex(url: string): RegExp {
  let out = '';
  for (let i = 0; i < url.length; i++) {
    const c = url[i] as string;
    if (c === ':' && url[i + 1] !== ':') {
      // A parameter: its name, an optional (regex), up to the next separator.
      let j = i + 1;
      while (j < url.length && /[A-Za-z0-9_]/.test(url[j] as string)) j++;
      if (url[j] === '(') {
        let depth = 0;
        for (; j < url.length; j++) {
          if (url[j] === '(') depth++;
          else if (url[j] === ')' && --depth === 0) break;
        }
        j++;
      }
      out += '[^/]+?';
      i = j - 1;
    } else if (c === ':' && url[i + 1] === ':') {
      out += ':';
      i++;
    } else if (c === '*') out += '.*';
    else out += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export class MethodTable {
  readonly #patterns = new Map<string, Pattern>();

  add(method: string | readonly string[], url: string): void {
    let p = this.#patterns.get(url);
    if (!p) {
      p = { regex: patternRegex(url), methods: new Set() };
      this.#patterns.set(url, p);
    }
    for (const m of [method].flat()) p.methods.add(m.toUpperCase());
  }

  /** The methods some route takes at this path (without its query), sorted; empty when none matches. */
  allowed(path: string): string[] {
    const bare = path.split('?')[0] ?? path;
    // A route at a plugin's prefix answers with and without the trailing slash, but its hook sees one.
    const alike = bare.length > 1 && bare.endsWith('/') ? [bare, bare.slice(0, -1)] : [bare];
    const methods = new Set<string>();
    for (const p of this.#patterns.values())
      if (alike.some((u) => p.regex.test(u))) for (const m of p.methods) methods.add(m);
    return [...methods].sort();
  }

  /** Registers the hook that fills the table; call before any route is registered. */
  watch(app: FastifyInstance): this {
    app.addHook('onRoute', (route) => this.add(route.method, route.url));
    return this;
  }
}
