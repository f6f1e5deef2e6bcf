/** The small pure pieces: PKCE S256, identity paths, the signer over the keys module's key. */
import { noSecrets } from '../auth-server/helpers/secrets.js';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jwtVerify } from 'jose';
import { keySigner } from '../../runtime/auth-server/flow/index.js';
import { loadSigningKeys } from '../../runtime/auth-server/signing-keys.js';
import { pkceMatches } from '../../runtime/auth-server/flow/token/pkce.js';
import { identityValue, readPath } from '../../runtime/auth-server/flow/upstream/json-path.js';

describe('pkceMatches', () => {
  const challenge = (v: string) => createHash('sha256').update(v).digest('base64url');

  it('accepts the verifier of an S256 challenge and nothing else', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9\-._~]{43,128}$/), (v) => {
        expect(pkceMatches(v, challenge(v))).toBe(true);
        expect(pkceMatches(v, challenge(`${v}x`))).toBe(false);
      }),
    );
  });

  it('refuses verifiers outside RFC 7636 section 4.1, and the challenge itself (plain)', () => {
    const short = 'a'.repeat(42);
    expect(pkceMatches(short, challenge(short))).toBe(false);
    const long = 'a'.repeat(129);
    expect(pkceMatches(long, challenge(long))).toBe(false);
    const bad = `${'a'.repeat(42)}+`;
    expect(pkceMatches(bad, challenge(bad))).toBe(false);
    const v = 'b'.repeat(43);
    expect(pkceMatches(challenge(v), challenge(v))).toBe(false);
  });
});

describe('readPath', () => {
  it('reads dot paths, array indexes and unverified JWT payloads', () => {
    const jwt = `e30.${Buffer.from(JSON.stringify({ sub: 'u1', n: { id: 7 } })).toString('base64url')}.sig`;
    const body = { user: { id: 42, emails: ['a@x'] }, token: jwt };
    expect(readPath(body, 'user.id')).toBe(42);
    expect(readPath(body, 'user.emails.0')).toBe('a@x');
    expect(readPath(body, 'token|@upstreamjwt|sub')).toBe('u1');
    expect(readPath(body, 'token|@upstreamjwt|n.id')).toBe(7);
    expect(readPath(body, 'user.missing.deeper')).toBeUndefined();
    expect(readPath(body, 'user|@upstreamjwt|sub')).toBeUndefined();
    expect(readPath({ t: 'not-a-jwt' }, 't|@upstreamjwt|sub')).toBeUndefined();
  });

  it('turns strings and numbers into identities, and nothing else', () => {
    expect(identityValue('abc')).toBe('abc');
    expect(identityValue(12345)).toBe('12345');
    for (const v of ['', null, undefined, {}, [], true, Number.NaN]) expect(identityValue(v)).toBeNull();
  });
});

describe('keySigner', () => {
  it('signs RFC 9068 access tokens with the signing key the keys module loads', async () => {
    const keys = await loadSigningKeys([], { secrets: noSecrets, warn: () => undefined });
    const token = await keySigner(keys.signing).sign({ sub: 'u', iss: 'https://vmcp.example.test' });
    const { protectedHeader, payload } = await jwtVerify(token, keys.signing.publicKey);
    expect(protectedHeader).toEqual({ alg: keys.signing.alg, kid: keys.signing.kid, typ: 'at+jwt' });
    expect(payload.sub).toBe('u');
  });
});
