import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'undici';

/** The consent page's form, as a user agent reads it. */
export interface ConsentForm {
  action: URL;
  consentId: string;
  csrfToken: string;
}

export interface Hop {
  status: number;
  headers: IncomingHttpHeaders;
  location: URL | null;
  /** Where a page that navigates by itself (meta refresh) goes next. */
  refresh: URL | null;
  /** The form of a consent page. */
  consent: ConsentForm | null;
  body: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
const hidden = (body: string, name: string) => body.match(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`))?.[1];

/**
 * A user agent for scripted logins: GETs and form POSTs with a cookie jar per origin, one hop at a time,
 * so a test can stop at any hop (the client's redirect URI is never fetched) or send a hop to another
 * vmcp process. It reads the two pages of our flow the way a browser acts on them: a meta refresh, and
 * the consent form (which `follow` approves, as a user clicking Allow).
 */
export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();
  /** Origins that are one site to this browser (processes behind one load balancer). */
  private readonly sameSite = new Map<string, string>();

  get(url: URL): Promise<Hop> {
    return this.send(url, 'GET');
  }

  /** A form POST as a browser sends it: with this origin's cookies, and an Origin header unless `headers` replace it. */
  post(url: URL, form: Record<string, string>, headers: Record<string, string> = { origin: url.origin }): Promise<Hop> {
    return this.send(url, 'POST', new URLSearchParams(form).toString(), { 'content-type': 'application/x-www-form-urlencoded', ...headers });
  }

  answer(form: ConsentForm, decision: 'approve' | 'deny'): Promise<Hop> {
    return this.post(form.action, { consent_id: form.consentId, csrf_token: form.csrfToken, decision });
  }

  /** Follows redirects and refreshes from `url`, approving consent pages, until one points where `stop` says; returns that location unfetched. */
  async follow(url: URL, stop: (u: URL) => boolean, maxHops = 20): Promise<URL> {
    let cur = url;
    for (let i = 0; i < maxHops; i++) {
      let hop = await this.get(cur);
      if (hop.consent !== null) hop = await this.answer(hop.consent, 'approve');
      const next = hop.location ?? hop.refresh;
      if (next === null) throw new Error(`${cur.origin}${cur.pathname} answered ${hop.status} without a way on: ${hop.body.slice(0, 200)}`);
      if (stop(next)) return next;
      cur = next;
    }
    throw new Error('too many redirects');
  }

  /** Forgets this origin's cookies (a new browser profile, as far as that origin can tell). */
  clearCookies(origin: string): void {
    this.jar.delete(this.site(origin));
  }

  /** Sets a cookie for `origin` as if that origin had set it (e.g. the test IdP's `test-login`). */
  setCookie(origin: string, name: string, value: string): void {
    const site = this.site(origin);
    const jar = this.jar.get(site) ?? new Map<string, string>();
    jar.set(name, value);
    this.jar.set(site, jar);
  }

  /** Requests to `origin` carry and keep the cookies of `site`, as if both were one host behind a load balancer. */
  treatAsSameSite(origin: string, site: string): void {
    this.sameSite.set(origin, site);
  }

  /** The cookie jar's key for `origin`. */
  private site(origin: string): string {
    return this.sameSite.get(origin) ?? origin;
  }

  private async send(url: URL, method: 'GET' | 'POST', body?: string, extra: Record<string, string> = {}): Promise<Hop> {
    const cookies = this.jar.get(this.site(url.origin));
    const headers: Record<string, string> = { ...(cookies && cookies.size > 0 ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}), ...extra };
    const res = await request(url, { method, headers, ...(body === undefined ? {} : { body }) });
    this.keep(this.site(url.origin), res.headers['set-cookie']);
    const text = await res.body.text();
    const loc = res.headers.location;
    const refresh = text.match(/<meta http-equiv="refresh" content="0;url=([^"]*)">/)?.[1];
    const action = text.match(/<form method="post" action="([^"]*)">/)?.[1];
    const [consentId, csrfToken] = [hidden(text, 'consent_id'), hidden(text, 'csrf_token')];
    return {
      status: res.statusCode,
      headers: res.headers,
      location: typeof loc === 'string' ? new URL(loc, url) : null,
      refresh: refresh === undefined ? null : new URL(unescape(refresh), url),
      consent: action === undefined || consentId === undefined || csrfToken === undefined ? null : { action: new URL(unescape(action), url), consentId: unescape(consentId), csrfToken: unescape(csrfToken) },
      body: text,
    };
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
