/** Ajv's errors come out as sentences with a path, a position and a hint. */
import { describe, expect, it } from 'vitest';
import { compileYaml } from '../helpers/compile.js';

const one = (yaml: string) => {
  const d = compileYaml(yaml).diagnostics.filter((x) => x.severity === 'error');
  expect(d).toHaveLength(1);
  return d[0]!;
};

describe('schema error translation', () => {
  it('says what kind was expected and what was found', () => {
    const d = one('name: x\nincomingAuth: {type: anonymous}\nbackends: "github"\n');
    expect(d).toMatchObject({ rule: 'schema', path: 'backends', line: 3, column: 11 });
    expect(d.message).toBe('backends must be a list, got a string');
  });
  it('names a missing key with the parent position', () => {
    const d = one('name: x\nincomingAuth:\n  type: oidc\n  oidc:\n    issuer: https://idp.example\n');
    expect(d.path).toBe('incomingAuth.oidc.audience');
    expect(d.message).toBe('incomingAuth.oidc.audience is required');
    expect(d.line).toBe(5);
  });
  it('points at an unknown key and suggests the closest known one', () => {
    const d = one('name: x\nincomingAuth: {type: anonymous}\nagregation: {}\n');
    expect(d).toMatchObject({ path: 'agregation', line: 3, column: 1 });
    expect(d.message).toBe('unknown key "agregation" at the top level; did you mean "aggregation"?');
  });
  it('lists the known keys when nothing is close', () => {
    const d = one('name: x\nincomingAuth: {type: anonymous}\nbackends:\n  - {name: a, url: "http://h/mcp", transport: sse, zzz: 1}\n');
    expect(d.message).toContain('known keys here: name, url, transport, command, args, env, cwd, metadata');
  });
  it("a stdio backend's env: names that are environment variable names, values written or read from one source", () => {
    const env = (e: string) => one(`name: x\nincomingAuth: {type: anonymous}\nbackends:\n  - {name: a, transport: stdio, command: npx, env: ${e}}\n`);
    expect(env('{bad-name: x}')).toMatchObject({ path: 'backends[0].env.bad-name', message: 'backends[0].env: "bad-name" is not an environment variable name (letters, digits and _, not starting with a digit)' });
    expect(env('{A: 1}').message).toBe('backends[0].env.A must be a string or a mapping, got a whole number');
    expect(env('{A: ""}').message).toBe('backends[0].env.A must not be empty');
    expect(env('{A: {valueEnv: B, valueFile: /run/b}}').message).toBe('backends[0].env.A: set only one of valueEnv or valueFile, not both');
    const misspelt = compileYaml('name: x\nincomingAuth: {type: anonymous}\nbackends:\n  - {name: a, transport: stdio, command: npx, env: {A: {value: b}}}\n').diagnostics;
    expect(misspelt.map((d) => d.message)).toEqual(['backends[0].env.A: set one of valueEnv or valueFile', 'unknown key "value" in backends[0].env.A; known keys here: valueEnv, valueFile']);
  });
  it('lists enum values and suggests one', () => {
    const d = one('name: x\nincomingAuth: {type: anonymous}\nbackends:\n  - {name: a, url: "http://h/mcp", transport: streamable_http}\n');
    expect(d.message).toBe('backends[0].transport must be one of: streamable-http, sse, stdio; got "streamable_http"; did you mean "streamable-http"?');
  });
  it('explains named formats instead of printing a regex', () => {
    expect(one('name: x\nincomingAuth: {type: anonymous}\noperational: {timeouts: {default: 30}}\n').message).toBe(
      'operational.timeouts.default must be a duration such as 500ms, 30s, 5m or 1h30m; got a whole number',
    );
    expect(one('name: x\nincomingAuth: {type: anonymous}\nbackends: [{name: a, url: "ftp://h", transport: sse}]\n').message).toBe(
      'backends[0].url must be an http:// or https:// URL; got "ftp://h"',
    );
  });
  it('refuses a ToolHive key vmcp does not implement, naming it', () => {
    const d = one('name: x\nincomingAuth: {type: anonymous}\ncompositeTools: []\n');
    expect(d.message).toBe('compositeTools: composite tools (compositeTools) is not supported yet by vmcp; remove this key');
    const s = one('name: x\nincomingAuth: {type: anonymous}\noutgoingAuth:\n  default: {type: aws_sts}\n');
    expect(s.message).toContain('"aws_sts" is not supported yet by vmcp');
  });
  it('explains blocks that belong to another type', () => {
    const d = compileYaml(
      'name: x\nincomingAuth: {type: anonymous}\noutgoingAuth:\n  default: {type: unauthenticated, headerInjection: {headerName: X, headerValueEnv: V}}\n',
    ).diagnostics;
    expect(d.map((x) => x.message)).toEqual([
      'outgoingAuth.default: headerInjection is only used when type is header_injection, but type is unauthenticated; remove it',
    ]);
  });
  it('requires exactly one of headerValue or headerValueEnv', () => {
    const yaml = (h: string) => `name: x\nincomingAuth: {type: anonymous}\noutgoingAuth:\n  default: {type: header_injection, headerInjection: {headerName: X${h}}}\n`;
    expect(one(yaml(', headerValue: a, headerValueEnv: B')).message).toContain('set only one of headerValue or headerValueEnv, not both');
    expect(one(yaml('')).message).toContain('set one of headerValue or headerValueEnv');
  });
  it('describes a root that is not a mapping', () => {
    expect(one('- a\n- b\n').message).toBe('the config must be a mapping, got a list');
  });
});
