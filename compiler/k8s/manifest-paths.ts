/**
 * From a path in the converted vMCP config back to the manifest field it came from, so that a rule's
 * diagnostic points at what the user wrote (best effort: an unmapped key lands on its nearest ancestor).
 */
import { formatPath, type PathSegment } from '../diagnostics.js';

export type Owner =
  | { kind: 'server' }
  | { kind: 'authServer' }
  | { kind: 'outgoing'; ref: string }
  | { kind: 'oidcConfig' }
  | { kind: 'telemetryConfig' }
  | { kind: 'toolConfig'; ref: string };

export interface ManifestPath {
  owner: Owner;
  path: PathSegment[];
}

/** Which form each converted part came from: the same config key has a different source in each. */
export interface Provenance {
  /** The name of the externalAuthConfigRef an outgoing entry (`['default']`, `['backends', name]`) was converted from. */
  outgoingRef(entry: PathSegment[]): string | undefined;
  /** rfc: spec.incomingAuth.oidcConfig.inline; otherwise spec.incomingAuth.oidcConfigRef and its MCPOIDCConfig of that type. */
  incoming: 'rfc' | 'inline' | 'kubernetesServiceAccount';
  /** ref: an MCPExternalAuthConfig's spec.embeddedAuthServer; inline: the server's spec.authServerConfig. */
  authServer: 'ref' | 'inline';
  /** telemetry came from an MCPTelemetryConfig (spec.telemetryConfigRef), not spec.config.telemetry. */
  telemetryRef: boolean;
  /** passthroughHeaders came from spec.passthroughHeaders, not spec.config.passthroughHeaders. */
  passthroughFromSpec: boolean;
  /** formatPath of an aggregation field -> the MCPToolConfig it came from. */
  fromToolConfig: ReadonlyMap<string, string>;
}

const RFC_OIDC: Record<string, string> = {
  jwksAllowPrivateIp: 'jwksAllowPrivateIP',
  protectedResourceAllowPrivateIp: 'protectedResourceAllowPrivateIP',
  insecureAllowHttp: 'insecureAllowHTTP',
  clientSecretEnv: 'clientSecretRef',
};
/** incomingAuth.oidc keys the VirtualMCPServer's oidcConfigRef itself sets. */
const OIDC_REF: Record<string, string> = { audience: 'audience', scopes: 'scopes', resource: 'resourceUrl' };

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

/** telemetry keys -> MCPTelemetryConfig fields (ToolHive's mapping, reversed). */
const TELEMETRY: Record<string, PathSegment[]> = {
  endpoint: ['openTelemetry', 'endpoint'],
  insecure: ['openTelemetry', 'insecure'],
  headers: ['openTelemetry', 'headers'],
  customAttributes: ['openTelemetry', 'resourceAttributes'],
  useLegacyAttributes: ['openTelemetry', 'useLegacyAttributes'],
  tracingEnabled: ['openTelemetry', 'tracing', 'enabled'],
  samplingRate: ['openTelemetry', 'tracing', 'samplingRate'],
  metricsEnabled: ['openTelemetry', 'metrics', 'enabled'],
  enablePrometheusMetricsPath: ['prometheus', 'enabled'],
};

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const server = (...p: PathSegment[]): ManifestPath => ({ owner: { kind: 'server' }, path: p });

export function manifestPathOf(path: readonly PathSegment[], from: Provenance): ManifestPath {
  const [head, ...rest] = path;
  switch (head) {
    case undefined:
      return server('spec');
    case 'name':
      return server('metadata', 'name');
    case 'groupRef':
      return server('spec', 'groupRef', 'name');
    case 'incomingAuth':
      return rest[0] === 'oidc' ? incomingOidc(rest.slice(1), from) : server('spec', 'incomingAuth', ...rest);
    case 'outgoingAuth':
      return outgoing(rest, from.outgoingRef);
    case 'authServer':
      return authServer(rest.slice(1), from);
    case 'telemetry':
      return from.telemetryRef ? telemetry(rest) : server('spec', 'config', ...path);
    case 'passthroughHeaders':
      return from.passthroughFromSpec ? server('spec', ...path) : server('spec', 'config', ...path);
    case 'aggregation':
      return aggregation(path, from.fromToolConfig);
    default:
      return server('spec', 'config', ...path);
  }
}

function incomingOidc(rest: PathSegment[], from: Provenance): ManifestPath {
  const [key, ...more] = rest;
  if (from.incoming === 'rfc') {
    return server('spec', 'incomingAuth', 'oidcConfig', 'inline', ...(key === undefined ? [] : [RFC_OIDC[String(key)] ?? key, ...more]));
  }
  if (key === undefined) return server('spec', 'incomingAuth', 'oidcConfigRef');
  const own = OIDC_REF[String(key)];
  if (own) return server('spec', 'incomingAuth', 'oidcConfigRef', own, ...more);
  const oidc = (...p: PathSegment[]): ManifestPath => ({ owner: { kind: 'oidcConfig' }, path: ['spec', ...p] });
  if (from.incoming === 'inline') return oidc('inline', RFC_OIDC[String(key)] ?? key, ...more);
  // A service-account issuer: the CA bundle and private-IP JWKS come from useClusterAuth.
  return oidc('kubernetesServiceAccount', key === 'caBundlePath' || key === 'jwksAllowPrivateIp' ? 'useClusterAuth' : key);
}

function telemetry(rest: PathSegment[]): ManifestPath {
  const [key, ...more] = rest;
  if (key === 'serviceName') return server('spec', 'telemetryConfigRef', 'serviceName');
  const field = key === undefined ? undefined : TELEMETRY[String(key)];
  return { owner: { kind: 'telemetryConfig' }, path: ['spec', ...(field ? [...field, ...more] : [])] };
}

function aggregation(path: readonly PathSegment[], fromToolConfig: ReadonlyMap<string, string>): ManifestPath {
  // ['aggregation', 'tools', i, 'filter', ...] or ['aggregation', 'tools', i, 'overrides', tool, ...]
  const [, tools, index, key, tool] = path;
  if (tools === 'tools' && typeof index === 'number' && (key === 'filter' || key === 'overrides')) {
    const field = key === 'filter' ? path.slice(0, 4) : path.slice(0, 5);
    const ref = fromToolConfig.get(formatPath(field));
    if (ref !== undefined) {
      const crdPath: PathSegment[] = key === 'filter' ? ['spec', 'toolsFilter', ...path.slice(4)] : ['spec', 'toolsOverride', tool!, ...path.slice(5)];
      return { owner: { kind: 'toolConfig', ref }, path: crdPath };
    }
  }
  return server('spec', 'config', ...path);
}

function outgoing(rest: PathSegment[], outgoingRef: Provenance['outgoingRef']): ManifestPath {
  const entry = rest[0] === 'default' ? rest.slice(0, 1) : rest[0] === 'backends' && rest.length > 1 ? rest.slice(0, 2) : undefined;
  const ref = entry ? outgoingRef(entry) : undefined;
  if (!entry || !ref || rest.length === entry.length) return server('spec', 'outgoingAuth', ...rest);
  // Inside a strategy converted from an MCPExternalAuthConfig: [type] or [block, key].
  const [block, key] = rest.slice(entry.length);
  const crdBlock = { headerInjection: 'headerInjection', tokenExchange: 'tokenExchange', upstreamInject: 'upstreamInject' }[String(block)];
  const crdKey = key === 'headerValueEnv' ? 'valueSecretRef' : key === 'clientSecretEnv' ? 'clientSecretRef' : key;
  const path: PathSegment[] = block === 'type' || !crdBlock ? ['spec', 'type'] : ['spec', crdBlock, ...(crdKey === undefined ? [] : [crdKey])];
  return { owner: { kind: 'outgoing', ref }, path };
}

/** The incoming audience field of either form: what allowed_audiences is derived from. */
function audiencePath(from: Pick<Provenance, 'incoming'>): PathSegment[] {
  return from.incoming === 'rfc' ? ['spec', 'incomingAuth', 'oidcConfig', 'inline', 'audience'] : ['spec', 'incomingAuth', 'oidcConfigRef', 'audience'];
}

function authServer(rc: PathSegment[], from: Provenance): ManifestPath {
  // allowed_audiences is derived from the server's incoming audience: that is what to change.
  if (rc[0] === 'allowed_audiences') return server(...audiencePath(from));
  const inline = from.authServer === 'inline';
  const out: PathSegment[] = inline ? ['spec', 'authServerConfig'] : ['spec', 'embeddedAuthServer'];
  for (let i = 0; i < rc.length; i++) {
    const seg = rc[i]!;
    if (seg === 'signing_key_config') {
      const which = rc[i + 1] === 'fallback_key_files' && typeof rc[i + 2] === 'number' ? (rc[i + 2] as number) + 1 : 0;
      out.push('signingKeySecretRefs', ...(rc[i + 1] === undefined ? [] : [which]));
      break;
    }
    if (seg === 'sentinel_addrs') {
      out.push('sentinelAddrs');
      break;
    }
    if (seg === 'oidc_config' || seg === 'oauth2_config') out.push(camel(seg));
    else out.push(typeof seg === 'number' ? seg : (RUN_CONFIG[seg] ?? camel(seg)));
  }
  return { owner: inline ? { kind: 'server' } : { kind: 'authServer' }, path: out };
}
