import { request } from 'undici';

export interface Hop {
  status: number;
  location: URL | null;
  body: string;
}

/**
 * A user agent for scripted logins: GETs with a cookie jar per origin, one redirect at a time, so a test
 * can stop at any hop (the client's redirect URI is never fetched) or send a hop to another vmcp process.
 */
export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  async get(url: URL): Promise<Hop> {
    const cookies = this.jar.get(url.origin);
    const headers: Record<string, string> = cookies && cookies.size > 0 ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
    const res = await request(url, { method: 'GET', headers });
    this.keep(url.origin, res.headers['set-cookie']);
    const body = await res.body.text();
    const loc = res.headers.location;
    return { status: res.statusCode, location: typeof loc === 'string' ? new URL(loc, url) : null, body };
  }

  /** Follows redirects from `url` until one points where `stop` says; returns that location unfetched. */
  async follow(url: URL, stop: (u: URL) => boolean, maxHops = 20): Promise<URL> {
    let cur = url;
    for (let i = 0; i < maxHops; i++) {
      const hop = await this.get(cur);
      if (hop.location === null) throw new Error(`${cur.origin}${cur.pathname} answered ${hop.status} without a redirect: ${hop.body.slice(0, 200)}`);
      if (stop(hop.location)) return hop.location;
      cur = hop.location;
    }
    throw new Error('too many redirects');
  }

  private keep(origin: string, header: string | string[] | undefined): void {
    const jar = this.jar.get(origin) ?? new Map<string, string>();
    this.jar.set(origin, jar);
    for (const line of header === undefined ? [] : Array.isArray(header) ? header : [header]) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()));
      if (value === '' || expired) jar.delete(name);
      else jar.set(name, value);
    }
  }
}
