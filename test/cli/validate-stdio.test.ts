/** `vmcp validate` on stdio backends: what this machine lacks for them, as warnings (errors with --strict). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vmcp } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vmcp-stdio-validate-'));
const file = join(dir, 'vmcp.yaml');
writeFileSync(
  file,
  `name: s
incomingAuth: {type: anonymous}
backends:
  - { name: a, transport: stdio, command: no-such-program-xyz }
  - { name: b, transport: stdio, command: ./bin/prog, cwd: ${JSON.stringify(dir)} }
  - { name: c, transport: stdio, command: ${JSON.stringify(process.execPath)}, env: { KEY: { valueFile: /nonexistent/key }, TOKEN: { valueEnv: STDIO_VALIDATE_TOKEN } } }
`,
);

describe('vmcp validate, stdio backends', () => {
  it("warns, at the key, of a program not on PATH or not there, and of the program's env sources", () => {
    const r = vmcp(['validate', file], { env: { STDIO_VALIDATE_TOKEN: '' } });
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${file}:4:43: warning env: backend "a": program "no-such-program-xyz" is not on PATH; vmcp serve would start, but this backend would be unavailable`,
      `${file}:5:43: warning env: backend "b": program "./bin/prog" does not exist or is not executable; vmcp serve would start, but this backend would be unavailable`,
      expect.stringMatching(new RegExp(`^${file}:6:\\d+: warning env: file /nonexistent/key: no such file; vmcp serve would not start$`)),
      expect.stringMatching(new RegExp(`^${file}:6:\\d+: warning env: environment variable STDIO_VALIDATE_TOKEN: is not set; vmcp serve would not start$`)),
      `${file}: ok (4 warnings)`,
    ]);
    expect(vmcp(['validate', '--strict', file], { env: { STDIO_VALIDATE_TOKEN: '' } }).code).toBe(1);
  });
  it('is quiet when the program is on PATH and its env can be read', () => {
    const ok = join(dir, 'ok.yaml');
    writeFileSync(ok, 'name: s\nincomingAuth: {type: anonymous}\nbackends:\n  - { name: a, transport: stdio, command: node, env: { TOKEN: { valueEnv: STDIO_VALIDATE_TOKEN } } }\n');
    const r = vmcp(['validate', ok], { env: { STDIO_VALIDATE_TOKEN: 'set' } });
    expect([r.code, r.stderr]).toEqual([0, `${ok}: ok\n`]);
  });
});
