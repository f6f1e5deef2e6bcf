/**
 * Property: for any valid Mode B config, its plan minus the Mode B additions (mode letter, auth-server
 * routes, authServer section) equals the plan of the same config with authServer removed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildPlan } from '../../compiler/index.js';
import type { VmcpConfig } from '../../generated/vmcp-config.js';
import { compileYaml } from '../helpers/compile.js';

const ISSUER = 'http://localhost:9090';
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
const upstreamNames = fc.uniqueArray(name, { minLength: 1, maxLength: 3 });

const strategy = (providers: string[]) =>
  fc.oneof(
    fc.constant({ type: 'unauthenticated' }),
    fc.record({ type: fc.constant('header_injection'), headerInjection: fc.record({ headerName: fc.constantFrom('X-Key', 'Authorization'), headerValueEnv: fc.constantFrom('A', 'B_KEY') }) }),
    fc.record({ type: fc.constant('token_exchange'), tokenExchange: fc.record({ tokenUrl: fc.constant('https://sts.example/token'), audience: fc.constantFrom('a', 'b') }) }),
    fc.record({ type: fc.constant('upstream_inject'), upstreamInject: fc.record({ providerName: fc.constantFrom(...providers) }) }),
  );

const modeB = upstreamNames.chain((providers) =>
  fc.uniqueArray(name, { minLength: 0, maxLength: 5 }).chain((backends) =>
    fc.record({
      name: fc.constant('prop'),
      backends: fc.constant(backends.map((b, i) => ({ name: b, url: `http://127.0.0.1:${9100 + i}/mcp`, transport: 'streamable-http' }))),
      incomingAuth: fc.record({
        type: fc.constant('oidc'),
        oidc: fc.record({ issuer: fc.constant(ISSUER), audience: fc.constant('https://vmcp/mcp'), scopes: fc.constantFrom(['openid'], ['openid', 'profile']), resource: fc.constant('https://vmcp/mcp') }),
      }),
      outgoingAuth: fc.record({
        source: fc.constant('inline'),
        default: strategy(providers),
        backends: fc.constant({}).chain(() =>
          fc.tuple(...backends.map(() => fc.option(strategy(providers), { nil: undefined }))).map((s) =>
            Object.fromEntries(backends.flatMap((b, i) => (s[i] ? [[b, s[i]]] : []))),
          ),
        ),
      }),
      aggregation: fc.record({ conflictResolution: fc.constant('prefix'), conflictResolutionConfig: fc.record({ prefixFormat: fc.constantFrom('{workload}_', '{workload}.') }) }),
      telemetry: fc.record({ enablePrometheusMetricsPath: fc.boolean() }),
      authServer: fc.record({
        runConfig: fc.record({
          issuer: fc.constant(ISSUER),
          upstreams: fc.constant(providers.map((p) => ({ name: p, type: 'oidc', oidc_config: { issuer_url: `http://localhost:9200/${p}`, client_id: p } }))),
          allowed_audiences: fc.constant(['https://vmcp/mcp']),
        }),
      }),
    }),
  ),
);

describe('Mode B only adds', () => {
  it('holds for generated Mode B configs', () => {
    fc.assert(
      fc.property(modeB, (config) => {
        const compiled = compileYaml(stringify(config));
        expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const planB = JSON.parse(compiled.planJson!);
        const { authServer: _removed, ...rest } = config;
        const planA = JSON.parse(JSON.stringify(buildPlan(rest as unknown as VmcpConfig, 'vmcp.yaml')));
        expect(planB.mode).toBe('B');
        expect(planB.authServer.issuer).toBe(config.authServer.runConfig.issuer);
        expect(planA.mode).toBe('A');
        expect(planA.authServer).toBeUndefined();
        const { authServer: _as, ...bWithout } = planB;
        const stripped = { ...bWithout, mode: 'A', routes: planB.routes.filter((r: { handler: string }) => !r.handler.startsWith('as_')) };
        expect(stripped).toEqual(planA);
      }),
      { numRuns: 150, seed: 53 },
    );
  });
});
