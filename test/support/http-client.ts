/** A small browser-like client over real HTTP (fetch): keeps cookies, reads CSRF tokens, posts forms. */
export class HttpClient {
  readonly cookies = new Map<string, string>();

  constructor(
    public base: string,
    private readonly userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
  ) {}

  /** The same cookies, another node. */
  on(base: string): HttpClient {
    const other = new HttpClient(base, this.userAgent);
    for (const [k, v] of this.cookies) other.cookies.set(k, v);
    return other;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { 'user-agent': this.userAgent, ...(cookie ? { cookie } : {}), ...extra };
  }

  private remember(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async get(path: string): Promise<{ status: number; body: string; headers: Headers }> {
    const res = this.remember(await fetch(this.base + path, { headers: this.headers(), redirect: 'manual' }));
    return { status: res.status, body: await res.text(), headers: res.headers };
  }

  async post(
    path: string,
    form: Record<string, string>,
  ): Promise<{ status: number; body: string; headers: Headers }> {
    const res = this.remember(
      await fetch(this.base + path, {
        method: 'POST',
        headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
        body: new URLSearchParams(form).toString(),
        redirect: 'manual',
      }),
    );
    return { status: res.status, body: await res.text(), headers: res.headers };
  }

  async csrfFrom(path: string): Promise<string> {
    const res = await this.get(path);
    const token = res.body.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (!token) throw new Error(`no CSRF token on ${this.base}${path} (status ${res.status})`);
    return token;
  }
}
