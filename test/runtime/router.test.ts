import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRouter, requestPath } from '../../runtime/router.js';
import { anonymousPlan, oidcPlan } from './helpers/plans.js';

const route = (path: string, match: 'exact' | 'prefix', handler: 'health' | 'mcp' | 'as_oauth' | 'protected_resource_metadata') =>
  ({ path, match, auth: 'none', handler }) as const;

describe('router', () => {
  const router = buildRouter([
    route('/health', 'exact', 'health'),
    route('/oauth', 'prefix', 'as_oauth'),
    route('/.well-known/oauth-protected-resource', 'exact', 'protected_resource_metadata'),
    route('/', 'prefix', 'mcp'),
  ]);
  const handlerOf = (p: string) => router.match(p)?.handler ?? null;

  it('serves exact routes only at their path', () => {
    expect(handlerOf('/health')).toBe('health');
    expect(handlerOf('/health/x')).toBe('mcp');
  });

  it('prefix routes match the path and below it, not siblings; the longest wins', () => {
    expect(handlerOf('/oauth')).toBe('as_oauth');
    expect(handlerOf('/oauth/authorize')).toBe('as_oauth');
    expect(handlerOf('/oauthx')).toBe('mcp');
    expect(handlerOf('/mcp')).toBe('mcp');
    expect(handlerOf('/')).toBe('mcp');
  });

  it('never lets an unknown /.well-known/ path fall through to the catch-all', () => {
    expect(handlerOf('/.well-known/oauth-protected-resource')).toBe('protected_resource_metadata');
    expect(handlerOf('/.well-known/openid-configuration')).toBeNull();
    expect(handlerOf('/.well-known/oauth-protected-resource/other')).toBeNull();
    expect(handlerOf('/.well-known/')).toBeNull();
  });

  it('answers nothing for paths no route covers', () => {
    expect(buildRouter([route('/health', 'exact', 'health')]).match('/x')).toBeNull();
    expect(handlerOf('')).toBeNull();
  });

  it('builds from compiled plans: an anonymous plan has no protected-resource route', () => {
    const anon = buildRouter(anonymousPlan().routes);
    expect(anon.match('/.well-known/oauth-protected-resource')).toBeNull();
    const oidc = buildRouter(oidcPlan('https://idp.example', { resource: 'https://vmcp.example/api/mcp' }).routes);
    expect(oidc.match('/.well-known/oauth-protected-resource/mcp')?.handler).toBe('protected_resource_metadata');
    expect(oidc.match('/.well-known/oauth-protected-resource/api/mcp')?.handler).toBe('protected_resource_metadata');
    expect(oidc.match('/mcp')?.auth).toBe('required');
  });

  it('takes the path from the request target without the query', () => {
    expect(requestPath('/mcp?x=1')).toBe('/mcp');
    expect(requestPath('http://host/health?x')).toBe('/health');
    expect(requestPath('*')).toBe('');
    expect(requestPath(undefined)).toBe('');
  });
});

describe('router against a brute-force reference', () => {
  it('always picks the longest matching route, and never the catch-all for /.well-known/ paths', () => {
    const segment = fc.constantFrom('a', 'b', 'mcp', 'oauth', '.well-known', 'x');
    const pathArb = fc.array(segment, { minLength: 0, maxLength: 4 }).map((s) => '/' + s.join('/'));
    const routeArb = fc.record({ path: pathArb, match: fc.constantFrom('exact' as const, 'prefix' as const) });
    fc.assert(
      fc.property(fc.array(routeArb, { maxLength: 8 }), pathArb, (raw, path) => {
        const routes = [...raw, { path: '/', match: 'prefix' as const }].map((r, i) => ({ ...r, auth: 'none' as const, handler: 'health' as const, id: i }));
        const matches = (r: (typeof routes)[number]) =>
          r.match === 'exact' ? r.path === path : r.path === '/' || path === r.path || path.startsWith(r.path + '/');
        // Longest path wins; at equal length exact beats prefix; then the first listed.
        const candidates = routes
          .filter(matches)
          .sort((x, y) => y.path.length - x.path.length || (x.match === 'exact' ? -1 : 0) - (y.match === 'exact' ? -1 : 0) || x.id - y.id);
        let expected = candidates[0] ?? null;
        if (expected && path.startsWith('/.well-known/') && !expected.path.startsWith('/.well-known/')) expected = null;
        expect(buildRouter(routes).match(path)).toBe(expected);
      }),
      { numRuns: 2000, seed: 53 },
    );
  });
});
