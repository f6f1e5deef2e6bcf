import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ephemeralKeyring, keyringFrom, loadKeyring } from '../../runtime/auth-server/storage/keyring.js';
import { secretsFor } from './helpers/secrets.js';

const dir = mkdtempSync(join(tmpdir(), 'vmcp-hmac-'));
function secretFile(bytes: Buffer): { file: string } {
  const file = join(dir, `${randomBytes(6).toString('hex')}.key`);
  writeFileSync(file, bytes);
  return { file };
}

describe('the storage keyring (hmac_secret_files)', () => {
  it('loads binary secret files as bytes, the first writing and every one reading', () => {
    const [a, b] = [secretFile(randomBytes(32)), secretFile(Buffer.concat([randomBytes(40), Buffer.from([0xff, 0xfe, 0x00])]))];
    const both = loadKeyring([b, a], { secrets: secretsFor([a, b]) });
    const old = loadKeyring([a], { secrets: secretsFor([a]) });
    expect(both.ephemeral).toBe(false);
    expect(both.digests('x')).toEqual([both.digest('x'), old.digest('x')]);
    expect(both.open(old.seal('payload', 'ctx'), 'ctx')).toBe('payload');
    expect(() => old.open(both.seal('payload', 'ctx'), 'ctx')).toThrow(expect.objectContaining({ code: 'AS_STORAGE_CORRUPT' }));
  });

  it('refuses a secret shorter than 32 bytes at start, naming the file and not the value', () => {
    const short = secretFile(Buffer.from('too-short-secret-value'));
    let error: unknown;
    try {
      loadKeyring([short], { secrets: secretsFor([short]) });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'AS_KEY_INVALID' });
    expect((error as Error).message).toContain(short.file);
    expect((error as Error).message).toContain('at least 32');
    expect((error as Error).message).not.toContain('too-short-secret-value');
  });

  it('without files: an ephemeral secret and a warning that says what stops working', () => {
    const warnings: string[] = [];
    const k = loadKeyring([], { secrets: secretsFor({}), warn: (m) => warnings.push(m) });
    expect(k.ephemeral).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/hmac_secret_files.*ephemeral.*replicas/);
  });

  it('opens a sealed value only in the context it was sealed for, and not once altered', () => {
    const k = ephemeralKeyring();
    const sealed = k.seal('{"accessToken":"secret-at"}', 'upstream\0tsid-1\0corp');
    expect(sealed).not.toContain('secret-at');
    expect(k.open(sealed, 'upstream\0tsid-1\0corp')).toBe('{"accessToken":"secret-at"}');
    expect(() => k.open(sealed, 'upstream\0tsid-2\0corp')).toThrow(expect.objectContaining({ code: 'AS_STORAGE_CORRUPT' }));
    const body = sealed.split('.');
    const flipped = `${body.slice(0, 3).join('.')}.${Buffer.from(Buffer.from(body[3]!, 'base64url').map((x, i) => (i === 0 ? x ^ 1 : x))).toString('base64url')}`;
    expect(() => k.open(flipped, 'upstream\0tsid-1\0corp')).toThrow(expect.objectContaining({ code: 'AS_STORAGE_CORRUPT' }));
    expect(() => k.open('{"accessToken":"plain"}', 'upstream\0tsid-1\0corp')).toThrow(expect.objectContaining({ code: 'AS_STORAGE_CORRUPT' }));
  });

  it('gives each secret its own digests, and each purpose its own key', () => {
    const a = keyringFrom([randomBytes(32)], false);
    const b = keyringFrom([randomBytes(32)], false);
    expect(a.digest('state')).not.toBe(b.digest('state'));
    expect(a.digest('state')).toBe(a.digest('state'));
    expect(a.digest('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
