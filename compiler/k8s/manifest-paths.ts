/**
 * From a path in the converted vMCP config back to the manifest field it came from, so that a rule's
 * diagnostic points at what the user wrote (best effort: an unmapped key lands on its nearest ancestor).
 */
import type { PathSegment } from '../diagnostics.js';

export type Owner = { kind: 'server' } | { kind: 'authServer' } | { kind: 'outgoing'; ref: string };

export interface ManifestPath {
  owner: Owner;
  path: PathSegment[];
}

const INCOMING_OIDC: Record<string, string> = {
  jwksAllowPrivateIp: 'jwksAllowPrivateIP',
  protectedResourceAllowPrivateIp: 'protectedResourceAllowPrivateIP',
  insecureAllowHttp: 'insecureAllowHTTP',
  clientSecretEnv: 'clientSecretRef',
};

/** RunConfig keys whose CRD name is not simply their camelCase form. */
const RUN_CONFIG: Record<string, string> = {
  upstreams: 'upstreamProviders',
  allow_private_ips: 'allowPrivateIPs',
  insecure_allow_http: 'insecureAllowHTTP',
  userinfo: 'userInfo',
  redis_config: 'redis',
  client_secret_env_var: 'clientSecretRef',
  username_env_var: 'usernameSecretRef',
  password_env_var: 'passwordSecretRef',
  ca_cert_file: 'caCertSecretRef',
  hmac_secret_files: 'hmacSecretRefs',
  sentinel_tls: 'sentinelTls',
};

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `refs(owner, key)`: the name of the externalAuthConfigRef an outgoing entry was converted from, if any. */
export function manifestPathOf(path: readonly PathSegment[], outgoingRef: (entry: PathSegment[]) => string | undefined): ManifestPath {
  const server = (...p: PathSegment[]): ManifestPath => ({ owner: { kind: 'server' }, path: p });
  const [head, ...rest] = path;
  switch (head) {
    case undefined:
      return server('spec');
    case 'name':
      return server('metadata', 'name');
    case 'groupRef':
      return server('spec', 'groupRef', 'name');
    case 'incomingAuth': {
      if (rest[0] !== 'oidc') return server('spec', 'incomingAuth', ...rest);
      const [, key, ...more] = rest;
      const inline: PathSegment[] = ['spec', 'incomingAuth', 'oidcConfig', 'inline'];
      return server(...inline, ...(key === undefined ? [] : [INCOMING_OIDC[String(key)] ?? key, ...more]));
    }
    case 'outgoingAuth':
      return outgoing(rest, outgoingRef);
    case 'authServer':
      return authServer(rest.slice(1));
    default:
      return server('spec', 'config', ...path);
  }
}

function outgoing(rest: PathSegment[], outgoingRef: (entry: PathSegment[]) => string | undefined): ManifestPath {
  const entry = rest[0] === 'default' ? rest.slice(0, 1) : rest[0] === 'backends' && rest.length > 1 ? rest.slice(0, 2) : undefined;
  const ref = entry ? outgoingRef(entry) : undefined;
  if (!entry || !ref || rest.length === entry.length) return { owner: { kind: 'server' }, path: ['spec', 'outgoingAuth', ...rest] };
  // Inside a strategy converted from an MCPExternalAuthConfig: [type] or [block, key].
  const [block, key] = rest.slice(entry.length);
  const crdBlock = { headerInjection: 'headerInjection', tokenExchange: 'tokenExchange', upstreamInject: 'upstreamInject' }[String(block)];
  const crdKey = key === 'headerValueEnv' ? 'valueSecretRef' : key === 'clientSecretEnv' ? 'clientSecretRef' : key;
  const path: PathSegment[] = block === 'type' || !crdBlock ? ['spec', 'type'] : ['spec', crdBlock, ...(crdKey === undefined ? [] : [crdKey])];
  return { owner: { kind: 'outgoing', ref }, path };
}

function authServer(rc: PathSegment[]): ManifestPath {
  // allowed_audiences is derived from the server's incoming audience: that is what to change.
  if (rc[0] === 'allowed_audiences') return { owner: { kind: 'server' }, path: ['spec', 'incomingAuth', 'oidcConfig', 'inline', 'audience'] };
  const out: PathSegment[] = ['spec', 'embeddedAuthServer'];
  for (let i = 0; i < rc.length; i++) {
    const seg = rc[i]!;
    if (seg === 'signing_key_config') {
      const which = rc[i + 1] === 'fallback_key_files' && typeof rc[i + 2] === 'number' ? (rc[i + 2] as number) + 1 : 0;
      out.push('signingKeySecretRefs', ...(rc[i + 1] === undefined ? [] : [which]));
      break;
    }
    if (seg === 'oidc_config' || seg === 'oauth2_config') out.push(camel(seg));
    else out.push(typeof seg === 'number' ? seg : (RUN_CONFIG[seg] ?? camel(seg)));
  }
  return { owner: { kind: 'authServer' }, path: out };
}
