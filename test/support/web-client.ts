/** A browser-like client over Fastify's inject: keeps cookies, reads a form's CSRF token, posts forms. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class WebClient {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
  ) {}

  private remember(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const gone = c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  private cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.remember(
      await this.app.inject({ method: 'GET', url, headers: { ...this.headers, ...this.cookieHeader() } }),
    );
  }

  async post(url: string, form: Record<string, string | readonly string[]>): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const one of [v].flat()) body.append(k, one);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: {
          ...this.headers,
          ...this.cookieHeader(),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: body.toString(),
      }),
    );
  }

  /** Opens a page and returns the CSRF token of its (first) form. */
  async csrfFrom(url: string): Promise<string> {
    const res = await this.get(url);
    const token = res.body.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (!token) throw new Error(`no form with a CSRF token on ${url} (status ${res.statusCode})`);
    return token;
  }

  /** Fills in a form as a person would: open the page, post with its token. */
  async submit(
    page: string,
    action: string,
    form: Record<string, string | readonly string[]>,
  ): Promise<LightMyRequestResponse> {
    return this.post(action, { ...form, _csrf: await this.csrfFrom(page) });
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    return this.submit('/aanmelden', '/aanmelden', { email, password });
  }
}
