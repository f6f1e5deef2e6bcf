import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRedirectUri, matchesAnyRedirectUri, redirectUriMatches } from '../../runtime/auth-server/redirect-uri.js';

describe('redirect URIs a public client may register', () => {
  it.each([
    'https://app.example.com/callback',
    'https://vscode.dev/redirect',
    'http://127.0.0.1/callback',
    'http://127.0.0.1:33418/callback',
    'http://127.8.9.10:80/cb',
    'http://[::1]:8080/cb',
    'http://localhost:6274/oauth/callback',
    'com.example.app:/oauth2redirect',
    'cursor://anysphere.cursor-retrieval/oauth/callback',
    'vscode://vscode.github-authentication/did-authenticate',
    'https://app.example.com/cb?tenant=a',
  ])('accepts %s', (uri) => {
    expect(checkRedirectUri(uri)).toEqual({ ok: true });
  });

  it.each([
    ['http://evil.example/cb', /loopback/],
    ['http://127.0.0.1.evil.example/cb', /loopback/],
    ['http://localhost.evil.example/cb', /loopback/],
    ['http://192.168.1.10/cb', /loopback/],
    ['javascript:alert(1)', /javascript: scheme/],
    ['JavaScript:alert(1)', /javascript: scheme/],
    ['data:text/html,<script>alert(1)</script>', /data: scheme/],
    ['file:///etc/passwd', /file: scheme/],
    ['vbscript:msgbox(1)', /vbscript: scheme/],
    ['https://app.example.com/cb#frag', /fragment/],
    ['https://app.example.com/cb#', /fragment/],
    ['https://user:pass@app.example.com/cb', /user information/],
    ['/relative/callback', /absolute/],
    ['https://app.example.com/c b', /whitespace/],
    ['', /1 to 2048/],
    [`https://app.example.com/${'a'.repeat(2048)}`, /1 to 2048/],
  ])('refuses %s', (uri, reason) => {
    const r = checkRedirectUri(uri);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(reason);
  });
});

describe('redirect URI policy (properties)', () => {
  /** A host, and whether it is loopback, drawn so that both answers come up often, with look-alikes of each. */
  const host: fc.Arbitrary<[string, boolean]> = fc.oneof(
    fc.constantFrom('localhost', 'LOCALHOST', '[::1]', '[::ffff:127.0.0.1]').map((h): [string, boolean] => [h, true]),
    fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]): [string, boolean] => [`127.${a}.${b}.${c}`, true]),
    fc
      .constantFrom('127.0.0.1.evil.example', 'localhost.evil.example', 'evil-localhost', '128.0.0.1', '10.0.0.1', '0.0.0.0', '[::2]', '[::ffff:10.0.0.1]')
      .map((h): [string, boolean] => [h, false]),
    fc.domain().map((h): [string, boolean] => [h, false]),
  );
  const redirectUri = fc.record({
    scheme: fc.constantFrom('http', 'https'),
    host,
    port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
    path: fc.stringMatching(/^(\/[a-z0-9._~-]{0,8}){0,3}$/),
    query: fc.option(fc.webQueryParameters(), { nil: undefined }),
    // One in five carries a fragment (fc.option would give most of them one).
    fragment: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.webFragments(), weight: 1 }),
  });

  it('accepts http exactly on loopback hosts and https on any host, never with a fragment', () => {
    const seen = { loopbackHttp: 0, remoteHttp: 0 };
    fc.assert(
      fc.property(redirectUri, ({ scheme, host: [h, loopback], port, path, query, fragment }) => {
        const uri = `${scheme}://${h}${port === undefined ? '' : `:${port}`}${path}${query === undefined ? '' : `?${query}`}${fragment === undefined ? '' : `#${fragment}`}`;
        if (scheme === 'http' && fragment === undefined) seen[loopback ? 'loopbackHttp' : 'remoteHttp']++;
        expect([uri, checkRedirectUri(uri).ok]).toEqual([uri, fragment === undefined && (scheme === 'https' || loopback)]);
      }),
      { numRuns: 300 },
    );
    // Both sides of the loopback rule were exercised, not just the common one.
    expect(seen.loopbackHttp).toBeGreaterThan(30);
    expect(seen.remoteHttp).toBeGreaterThan(30);
  });
});

describe('RFC 8252 section 7.3 loopback matching', () => {
  it('matches a registered loopback URI on any port, with the same host, path and query', () => {
    expect(redirectUriMatches('http://127.0.0.1/callback', 'http://127.0.0.1:51004/callback')).toBe(true);
    expect(redirectUriMatches('http://127.0.0.1:3000/callback', 'http://127.0.0.1:51004/callback')).toBe(true);
    expect(redirectUriMatches('http://[::1]/cb?x=1', 'http://[::1]:9/cb?x=1')).toBe(true);
    expect(redirectUriMatches('http://localhost/cb', 'http://localhost:7777/cb')).toBe(true);
    expect(redirectUriMatches('http://localhost/cb', 'http://LOCALHOST:7777/cb')).toBe(true);
  });

  it('matches anything else only exactly', () => {
    expect(redirectUriMatches('https://app.example.com/cb', 'https://app.example.com/cb')).toBe(true);
    expect(redirectUriMatches('https://app.example.com/cb', 'https://app.example.com:8443/cb')).toBe(false);
    expect(redirectUriMatches('com.example.app:/cb', 'com.example.app:/cb2')).toBe(false);
  });

  it.each([
    ['a different path', 'http://127.0.0.1/cb', 'http://127.0.0.1:5000/other'],
    ['a longer path', 'http://127.0.0.1/cb', 'http://127.0.0.1:5000/cb/extra'],
    ['a different query', 'http://127.0.0.1/cb?a=1', 'http://127.0.0.1:5000/cb?a=2'],
    ['an added query', 'http://127.0.0.1/cb', 'http://127.0.0.1:5000/cb?next=https://evil.example'],
    ['a fragment', 'http://127.0.0.1/cb', 'http://127.0.0.1:5000/cb#x'],
    ['another loopback host', 'http://127.0.0.1/cb', 'http://localhost:5000/cb'],
    ['another loopback address', 'http://127.0.0.1/cb', 'http://127.0.0.2:5000/cb'],
    ['user information', 'http://127.0.0.1/cb', 'http://127.0.0.1:5000@evil.example/cb'],
    ['a host that only starts like loopback', 'http://127.0.0.1/cb', 'http://127.0.0.1.evil.example:5000/cb'],
    ['https instead of http', 'http://127.0.0.1/cb', 'https://127.0.0.1:5000/cb'],
    ['a non-loopback host with a port', 'https://app.example.com/cb', 'https://app.example.com:5000/cb'],
    ['dot segments', 'http://127.0.0.1/cb', 'http://127.0.0.1:5000/x/../cb'],
    ['a port out of range', 'http://127.0.0.1/cb', 'http://127.0.0.1:70000/cb'],
  ])('refuses %s', (_what, registered, requested) => {
    expect(redirectUriMatches(registered, requested)).toBe(false);
  });

  it('never matches a URI with a different path, whatever the ports (property)', () => {
    const path = fc.stringMatching(/^\/[a-z0-9/]{0,12}$/);
    fc.assert(
      fc.property(path, path, fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }), (p1, p2, port1, port2) => {
        const matched = redirectUriMatches(`http://127.0.0.1:${port1}${p1}`, `http://127.0.0.1:${port2}${p2}`);
        expect(matched).toBe(p1 === p2);
      }),
    );
  });

  it('checks a request against every registered URI', () => {
    expect(matchesAnyRedirectUri(['https://a.example/cb', 'http://127.0.0.1/cb'], 'http://127.0.0.1:4000/cb')).toBe(true);
    expect(matchesAnyRedirectUri(['https://a.example/cb'], 'http://127.0.0.1:4000/cb')).toBe(false);
  });
});
