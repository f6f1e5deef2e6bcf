import type { StorageKeyring } from './keyring.js';
import { parseRecord } from './keys.js';
import type { RefreshRotation, StoredUpstreamTokens } from './types.js';

/**
 * The records both storages keep sealed (keyring.ts), with the context each is sealed for: a sealed value
 * moved to another session, provider or token does not open there.
 */
const upstreamContext = (tsid: string, provider: string) => `upstream\0${tsid}\0${provider}`;
const rotationContext = (tokenDigest: string) => `rotation\0${tokenDigest}`;

export const sealUpstream = (k: StorageKeyring, tsid: string, t: StoredUpstreamTokens): string => k.seal(JSON.stringify(t), upstreamContext(tsid, t.provider));

export function openUpstream(k: StorageKeyring, tsid: string, provider: string, sealed: string): StoredUpstreamTokens {
  return parseRecord<StoredUpstreamTokens>(k.open(sealed, upstreamContext(tsid, provider)), 'upstream tokens');
}

export const sealRotation = (k: StorageKeyring, tokenDigest: string, r: RefreshRotation): string => k.seal(JSON.stringify(r), rotationContext(tokenDigest));

export function openRotation(k: StorageKeyring, tokenDigest: string, sealed: string): RefreshRotation {
  return parseRecord<RefreshRotation>(k.open(sealed, rotationContext(tokenDigest)), 'refresh rotation');
}
