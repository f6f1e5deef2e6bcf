// A scripted user for the demo IdP (used by the demo's test and by bench:modeb): follows the redirects of
// an authorization request with a cookie jar per origin, answers the forms on the way as a person would
// (the IdP's sign-in form with its user name and password; a consent page with its first button, Allow),
// and stops at the first redirect `done` accepts (the client's redirect URI), returned unfetched.
const FORM = /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/;
const HIDDEN = /<input type="hidden" name="([^"]+)" value="([^"]*)">/g;
const BUTTON = /<button type="submit" name="([^"]+)" value="([^"]*)">/;
// A page that moves on by itself (a redirect some servers send as HTML so that a form post's answer can
// leave the origin under its own Content-Security-Policy).
const REFRESH = /<meta http-equiv="refresh" content="0;url=([^"]+)">/;
const MAX_HOPS = 20;

export class DemoUser {
  #jar = new Map();

  constructor(username, password) {
    this.username = username;
    this.password = password;
  }

  async signIn(authorizationUrl, done) {
    let url = new URL(authorizationUrl);
    let body;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const res = await fetch(url, {
        method: body ? 'POST' : 'GET',
        // A browser's form post carries its page's Origin; servers check it against cross-site posts.
        headers: { ...this.#cookieHeader(url), ...(body ? { 'content-type': 'application/x-www-form-urlencoded', origin: url.origin } : {}) },
        ...(body ? { body } : {}),
        redirect: 'manual',
      });
      this.#keep(url, res.headers.getSetCookie());
      const page = await res.text();
      const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : res.status === 200 ? (REFRESH.exec(page)?.[1] ?? null) : null;
      if (location) {
        const next = new URL(decode(location), url);
        if (done(next)) return next;
        url = next;
        body = undefined;
        continue;
      }
      const form = res.status === 200 && body === undefined ? FORM.exec(page) : null;
      if (!form) throw new Error(`sign-in stopped at ${url.origin}${url.pathname}: HTTP ${res.status}${errorText(page)}`);
      url = new URL(decode(form[1]), url);
      body = this.#answer(form[2]).toString();
    }
    throw new Error('sign-in: too many redirects');
  }

  #answer(fields) {
    const answer = new URLSearchParams([...fields.matchAll(HIDDEN)].map((m) => [decode(m[1]), decode(m[2])]));
    if (fields.includes('name="username"')) {
      answer.set('username', this.username);
      answer.set('password', this.password);
    }
    const button = BUTTON.exec(fields);
    if (button) answer.set(decode(button[1]), decode(button[2]));
    return answer;
  }

  #cookieHeader(url) {
    const cookies = this.#jar.get(url.origin);
    return cookies?.size ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  // Paths are ignored: every cookie goes to every path of its origin, which the IdP's flow tolerates.
  #keep(url, lines) {
    const jar = this.#jar.get(url.origin) ?? new Map();
    this.#jar.set(url.origin, jar);
    for (const line of lines) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()));
      if (value === '' || expired) jar.delete(name);
      else jar.set(name, value);
    }
  }
}

const decode = (s) =>
  s.replace(/&(?:#(\d+)|amp|lt|gt|quot);/g, (e, code) => (code ? String.fromCharCode(Number(code)) : { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' }[e]));

/** The error line of a page the IdP or vmcp answered with, so a refusal says why. */
function errorText(page) {
  const m = /<p class="error">([^<]*)<\/p>/.exec(page) ?? /"error_description":"([^"]*)"/.exec(page);
  return m ? `: ${m[1]}` : '';
}
