import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RuntimeError } from '../../runtime/errors.js';
import { findSecretRefs, resolveSecrets } from '../../runtime/secrets.js';
import { compileYaml } from '../helpers/compile.js';

const dir = mkdtempSync(join(tmpdir(), 'vmcp-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function planFrom(yaml: string, file: string) {
  writeFileSync(file, yaml);
  const r = compileYaml(yaml, file);
  if (!r.plan) throw new Error(JSON.stringify(r.diagnostics));
  return r.plan;
}

const config = (file: string) => `
name: s
backends:
  - { name: a, url: "http://127.0.0.1:9/mcp", transport: streamable-http }
  - { name: b, url: "http://127.0.0.1:9/mcp", transport: streamable-http }
  - { name: c, url: "http://127.0.0.1:9/mcp", transport: streamable-http }
incomingAuth: { type: anonymous }
outgoingAuth:
  source: inline
  backends:
    a: { type: header_injection, headerInjection: { headerName: X-A, headerValueEnv: VMCP_TEST_A } }
    b: { type: header_injection, headerInjection: { headerName: X-B, headerValue: inline-value-b } }
    c: { type: token_exchange, tokenExchange: { tokenUrl: "https://sts.example/token", clientId: c, clientSecretEnv: VMCP_TEST_C } }
# ${file}
`;

describe('secret references', () => {
  const file = join(dir, 'vmcp.yaml');
  const plan = planFrom(config(file), file);

  it('finds every reference in the plan with its location', () => {
    expect(findSecretRefs(plan).map((r) => r.at)).toEqual([
      'backends[0].outgoingAuth.headerValue',
      'backends[1].outgoingAuth.headerValue',
      'backends[2].outgoingAuth.clientSecret',
    ]);
  });

  it('resolves env vars and inline values read back from the config file', () => {
    const secrets = resolveSecrets(plan, { env: { VMCP_TEST_A: 'value-a', VMCP_TEST_C: 'value-c' } });
    const refs = findSecretRefs(plan).map((r) => r.ref);
    expect(refs.map((r) => secrets.get(r))).toEqual(['value-a', 'inline-value-b', 'value-c']);
  });

  it('names every missing reference and where it is used, never a value', () => {
    let error: unknown;
    try {
      resolveSecrets(plan, {
        env: { VMCP_TEST_C: 'value-c-is-secret' },
        readFile: () => {
          throw Object.assign(new Error('x'), { code: 'ENOENT' });
        },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuntimeError);
    expect((error as RuntimeError).code).toBe('VMCP_SECRET_UNRESOLVED');
    const message = (error as Error).message;
    expect(message).toContain('backends[0].outgoingAuth.headerValue: environment variable VMCP_TEST_A: is not set');
    expect(message).toContain(`backends[1].outgoingAuth.headerValue: ${file} at /outgoingAuth/backends/b/headerInjection/headerValue: no such file`);
    expect(message).not.toContain('value-c-is-secret');
    expect(message).not.toContain('inline-value-b');
  });

  it('reads file references without their trailing newline and refuses empty ones', () => {
    const f = join(dir, 'token');
    writeFileSync(f, 'from-file\n');
    const plan2 = {
      ...plan,
      backends: [{ ...plan.backends[0]!, outgoingAuth: { type: 'header_injection', headerName: 'X', headerValue: { file: f } } }],
    } as unknown as typeof plan;
    expect(resolveSecrets(plan2).get({ file: f })).toBe('from-file');
    writeFileSync(f, '');
    expect(() => resolveSecrets(plan2)).toThrow(/file .*token: is empty/);
  });
});

// ToolHive reads configs with yaml.v3, which applies merge keys (pkg/vmcp/config/yaml_loader.go:41-44); an
// inline secret that reaches a backend through `<<` is read back from the file the same way.
describe('an inline secret merged in with <<', () => {
  it('resolves through the merge key', () => {
    const file = join(dir, 'merged.yaml');
    const plan = planFrom(
      `name: s
backends:
  - { name: a, url: "http://127.0.0.1:9/mcp", transport: streamable-http }
  - { name: b, url: "http://127.0.0.1:9/mcp", transport: streamable-http }
incomingAuth: { type: anonymous }
outgoingAuth:
  source: inline
  backends:
    a: &shared { type: header_injection, headerInjection: { headerName: X-Key, headerValue: merged-inline-value } }
    b: { <<: *shared }
`,
      file,
    );
    const secrets = resolveSecrets(plan, {});
    expect(findSecretRefs(plan).map((r) => secrets.get(r.ref))).toEqual(['merged-inline-value', 'merged-inline-value']);
  });
});
