/** Bad input of every kind: a clear one-line error and exit 1 or 2, never a hang or a stack trace. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { hasStackTrace, vmcp } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vmcp-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const cases: [string, () => string, number, RegExp][] = [
  ['malformed YAML', () => file('malformed.yaml', 'name: x\nincomingAuth: {type: anonymous\n'), 1, /:\d+:\d+: error yaml: YAML syntax: /],
  ['an empty file', () => file('empty.yaml', ''), 1, /:1:1: error input: the file is empty/],
  ['only comments', () => file('comments.yaml', '# nothing\n'), 1, /error input: the file holds only comments/],
  ['a file that is not UTF-8', () => file('latin1.yaml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a])), 1, /:1:7: error input: the file is not valid UTF-8 \(byte 6\)/],
  ['duplicate keys', () => file('dup.yaml', 'name: a\nname: b\nincomingAuth: {type: anonymous}\n'), 1, /:2:1: error yaml: Map keys must be unique; each key may appear once/],
  [
    'an alias bomb',
    () => {
      const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
      return file('bomb.yaml', lines.join('\n') + '\n');
    },
    1,
    /error yaml: aliases expand too far/,
  ],
  ['a 10 MB file', () => file('huge.yaml', 'name: x\n' + '# padding\n'.repeat(1_100_000)), 1, /error input: the file is 10\.5 MiB; a config may be at most 1 MiB/],
  ['a directory', () => (mkdirSync(join(dir, 'adir'), { recursive: true }), join(dir, 'adir')), 2, /vmcp: .*adir is a directory; give the path of a config file/],
  ['a missing file', () => join(dir, 'nope.yaml'), 2, /vmcp: cannot read .*nope\.yaml: no such file/],
  ['a list at the root', () => file('list.yaml', '- a\n- b\n'), 1, /error schema: the config must be a mapping, got a list/],
];

describe('bad input', () => {
  for (const [what, make, code, expected] of cases) {
    it(`${what}: exit ${code} with a clear message`, () => {
      const path = make();
      for (const cmd of ['validate', 'compile']) {
        const r = vmcp([cmd, path]);
        expect(r.code).toBe(code);
        expect(r.stderr).toMatch(expected);
        expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
        expect(r.stdout).toBe('');
      }
    });
  }

  it('usage errors exit 2', () => {
    expect(vmcp([]).code).toBe(2);
    expect(vmcp(['validate']).code).toBe(2);
    expect(vmcp(['validate', '--format', 'xml', 'x.yaml']).stderr).toContain('--format must be text or json');
    const unknown = vmcp(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(vmcp(['validate', '--nope', 'x']).code).toBe(2);
  });
});
