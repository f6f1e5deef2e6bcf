/** `vmcp help`, `vmcp COMMAND --help` and `--version`: on stdout, exit 0; a command that does not exist is a usage error. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vmcp } from '../helpers/cli.js';

const COMMANDS = ['validate', 'compile', 'serve', 'reconcile', 'operator', 'explain', 'diff'];

describe('help and version', () => {
  it('every command answers --help with its own usage', () => {
    for (const command of COMMANDS) {
      const r = vmcp([command, '--help']);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(new RegExp(`^usage: vmcp ${command} `));
    }
  });
  it('-h, `vmcp help COMMAND` and --help after other arguments say the same', () => {
    const asked = [vmcp(['serve', '--help']), vmcp(['serve', '-h']), vmcp(['help', 'serve']), vmcp(['serve', 'some-file.yaml', '--port', '1', '--help'])];
    for (const r of asked) expect([r.code, r.stderr]).toEqual([0, '']);
    expect(new Set(asked.map((r) => r.stdout)).size).toBe(1);
  });
  it('--help after -- is an argument, not a request for help', () => {
    const r = vmcp(['validate', '--', '--help']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--help');
  });
  it('the overview lists every command; no command at all prints it to stderr with exit 2', () => {
    const r = vmcp(['help']);
    expect(r.code).toBe(0);
    for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const none = vmcp([]);
    expect([none.code, none.stdout, none.stderr]).toEqual([2, '', r.stdout]);
  });
  it('help for a command that does not exist is a usage error', () => {
    const r = vmcp(['help', 'nosuch']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe("vmcp: no help for \"nosuch\": there is no such command\nrun 'vmcp help' for usage\n");
  });
  it('--version and `vmcp version` print the package version', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    for (const args of [['--version'], ['version']]) expect(vmcp(args)).toEqual({ code: 0, stdout: `vmcp ${version}\n`, stderr: '' });
  });
});
