/**
 * The edges of V-14 (telemetry), V-15 (groupRef without backends: the discovery section) and V-05's key_dir check, on the compiler
 * directly; corpus.test.ts runs whole ToolHive-shaped files through the CLI. Also where `validate` points for
 * a plan's secret reference (cli/locate-ref.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configPathOfRef } from '../../cli/locate-ref.js';
import { findings, MODE_A, MODE_B } from '../helpers/compile.js';

const withTelemetry = (t: string) => `${MODE_A}telemetry:\n${t.replace(/^/gm, '  ')}\n`;

describe('V-14: telemetry vmcp does not act on', () => {
  it('refuses an OTLP endpoint, and then says nothing more of the export keys', () => {
    expect(findings(withTelemetry('endpoint: "otel:4317"\ntracingEnabled: true\nheaders: { a: b }'))).toEqual(['error V-14 telemetry.endpoint']);
  });
  it('an endpoint of blanks asks for nothing', () => {
    expect(findings(withTelemetry('endpoint: "  "\ntracingEnabled: false'))).toEqual([]);
  });
  it('warns, key by key, of export settings without an endpoint', () => {
    expect(findings(withTelemetry('tracingEnabled: true\nmetricsEnabled: true\ninsecure: true\nheaders: { x: y }'))).toEqual([
      'warning V-14 telemetry.tracingEnabled',
      'warning V-14 telemetry.metricsEnabled',
      'warning V-14 telemetry.insecure',
      'warning V-14 telemetry.headers',
    ]);
  });
  it('a separate metrics port: refused with the metrics path, a warning without it', () => {
    expect(findings(withTelemetry('enablePrometheusMetricsPath: true\nprometheusPort: 9464'))).toEqual(['error V-14 telemetry.prometheusPort']);
    expect(findings(withTelemetry('prometheusPort: 9464'))).toEqual(['warning V-14 telemetry.prometheusPort']);
  });
  it('metricsOnTransportPort: false is refused only when /metrics would be served', () => {
    expect(findings(withTelemetry('enablePrometheusMetricsPath: true\nmetricsOnTransportPort: false'))).toEqual(['error V-14 telemetry.metricsOnTransportPort']);
    expect(findings(withTelemetry('enablePrometheusMetricsPath: false\nmetricsOnTransportPort: false'))).toEqual([]);
    expect(findings(withTelemetry('enablePrometheusMetricsPath: true\nmetricsOnTransportPort: true'))).toEqual([]);
  });
  it('the keys ToolHive writes into every block pass silently, whatever their value', () => {
    expect(findings(withTelemetry('serviceName: a\nserviceVersion: "1.2"\nuseLegacyAttributes: true\ntracingEnabled: false\nmetricsEnabled: false'))).toEqual([]);
  });
});

describe('V-15: groupRef without backends discovers the group (the discovery section)', () => {
  const base = 'name: g\nincomingAuth: { type: anonymous }\n';
  const one = 'backends: [{ name: a, url: "https://a.example/mcp", transport: sse }]\n';
  it('groupRef without backends, or with an empty list, compiles: the backends are discovered', () => {
    expect(findings(`${base}groupRef: team\n`)).toEqual([]);
    expect(findings(`${base}groupRef: team\nbackends: []\n`)).toEqual([]);
    expect(findings(`${base}groupRef: team\ndiscovery: { toolhiveApi: { url: "http://127.0.0.1:8080" }, pollInterval: 2s }\n`)).toEqual([]);
  });
  it('names of workloads not known yet are not checked against the (empty) backends list', () => {
    expect(findings(`${base}groupRef: team\noutgoingAuth: { backends: { github: { type: unauthenticated } } }\noperational: { timeouts: { perWorkload: { github: 5s } } }\n`)).toEqual([]);
  });
  it('refuses a discovery section with listed backends, or without a group', () => {
    expect(findings(`${base}groupRef: team\n${one}discovery: { pollInterval: 5s }\n`)).toEqual(['error V-15 discovery']);
    expect(findings(`${base}discovery: { pollInterval: 5s }\n`)).toEqual(['error V-15 discovery']);
  });
  it('refuses a poll interval under 100ms, and a URL with a path', () => {
    expect(findings(`${base}groupRef: team\ndiscovery: { pollInterval: 50ms }\n`)).toEqual(['error V-15 discovery.pollInterval']);
    expect(findings(`${base}groupRef: team\ndiscovery: { toolhiveApi: { url: "http://127.0.0.1:8080/api" } }\n`)).toEqual(['error schema discovery.toolhiveApi.url']);
  });
  it('does not apply with backends, nor without a group', () => {
    expect(findings(`${base}groupRef: team\n${one}`)).toEqual([]);
    expect(findings(base)).toEqual([]);
  });
});

describe('V-05: signing_key_config.key_dir', () => {
  const rc = (keys: string) => `${MODE_B}    signing_key_config: ${keys}\n`;
  it('alone loads no key: refused', () => {
    expect(findings(rc('{ key_dir: /etc/keys }'))).toContain('error V-05 authServer.runConfig.signing_key_config.key_dir');
  });
  it('with signing_key_file, or empty, is fine', () => {
    expect(findings(rc('{ key_dir: /etc/keys, signing_key_file: a.pem }')).filter((f) => f.includes('signing_key_config'))).toEqual([]);
    expect(findings(rc('{ key_dir: "" }')).filter((f) => f.includes('signing_key_config'))).toEqual([]);
  });
});

describe('where validate points for a secret reference', () => {
  const config = parse(`${MODE_B}    signing_key_config: { key_dir: /keys, signing_key_file: now.pem, fallback_key_files: [old.pem] }\n    hmac_secret_files: [/h/1, /h/2]\n`);
  it('finds env vars, files (also relative to key_dir) and inline values', () => {
    expect(configPathOfRef(config, { env: 'CORP_SECRET' })).toEqual(['authServer', 'runConfig', 'upstreams', 0, 'oidc_config', 'client_secret_env_var']);
    expect(configPathOfRef(config, { file: '/keys/old.pem' })).toEqual(['authServer', 'runConfig', 'signing_key_config', 'fallback_key_files', 0]);
    expect(configPathOfRef(config, { file: '/h/2' })).toEqual(['authServer', 'runConfig', 'hmac_secret_files', 1]);
    expect(configPathOfRef(config, { configFile: 'x.yaml', pointer: '/outgoingAuth/backends/a~1b' })).toEqual(['outgoingAuth', 'backends', 'a/b']);
  });
  it('only under keys of the same kind: a name that is also some other value is not it', () => {
    expect(configPathOfRef({ name: 'CORP_SECRET', x: { tokenEnv: 'CORP_SECRET' } }, { env: 'CORP_SECRET' })).toEqual(['x', 'tokenEnv']);
    expect(configPathOfRef(config, { env: 'NOWHERE' })).toBeUndefined();
  });
});
