/**
 * spec.incomingAuth -> the config's incomingAuth, from either form: RFC-0053's inline `oidcConfig`, or
 * ToolHive's `oidcConfigRef` to a shared MCPOIDCConfig (the issuer side) plus this server's audience, scopes
 * and resource URL. The ToolHive form maps as ToolHive's operator maps it (pkg/vmcpconfig/converter.go,
 * pkg/oidc/resolver.go): the resource URL defaults to the in-cluster Service URL, and a service-account issuer
 * trusts the cluster CA and its private-IP JWKS endpoint unless useClusterAuth is false.
 */
import type { MCPOIDCConfigSpec } from '../../generated/k8s-mcpoidcconfig.js';
import type { InlineOIDCConfig, VirtualMCPServer } from '../../generated/k8s-virtualmcpserver.js';
import type { IncomingAuth } from '../../generated/vmcp-config.js';
import { defined } from './convert-auth-server.js';
import type { SecretRefs } from './secret-refs.js';

/** ToolHive's vMCP port, in the default resource URL as in ToolHive (createServiceURL). */
export const VMCP_PORT = 4483;
export const K8S_ISSUER = 'https://kubernetes.default.svc';
export const K8S_CA_BUNDLE = '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt';

export const defaultResourceUrl = (name: string, namespace: string): string => `http://${name}.${namespace}.svc.cluster.local:${VMCP_PORT}`;

type Oidc = NonNullable<IncomingAuth['oidc']>;

export function convertIncoming(server: VirtualMCPServer, namespace: string, oidcConfig: MCPOIDCConfigSpec | undefined, secrets: SecretRefs): IncomingAuth {
  const incoming = server.spec.incomingAuth;
  if (incoming.type !== 'oidc') return { type: incoming.type };
  const ref = incoming.oidcConfigRef;
  if (ref && oidcConfig) {
    const perServer = { audience: ref.audience, scopes: ref.scopes, resource: ref.resourceUrl ?? defaultResourceUrl(server.metadata.name, namespace) };
    return { type: 'oidc', oidc: defined({ ...issuerSide(oidcConfig, secrets), ...perServer }) };
  }
  const inline = incoming.oidcConfig?.inline;
  return inline ? { type: 'oidc', oidc: convertRfcInline(inline, secrets) } : { type: 'oidc' };
}

/** What an MCPOIDCConfig contributes; fields refused as not supported never reach here (the schema stops them). */
function issuerSide(c: MCPOIDCConfigSpec, secrets: SecretRefs): Omit<Oidc, 'audience'> {
  const sa = c.kubernetesServiceAccount;
  if (c.type === 'kubernetesServiceAccount' && sa) {
    const clusterAuth = sa.useClusterAuth ?? true;
    return defined({
      issuer: sa.issuer ?? K8S_ISSUER,
      jwksUrl: sa.jwksUrl,
      caBundlePath: clusterAuth ? K8S_CA_BUNDLE : undefined,
      jwksAllowPrivateIp: clusterAuth ? true : undefined,
    });
  }
  const i = c.inline!;
  return defined({
    issuer: i.issuer,
    jwksUrl: i.jwksUrl,
    clientId: i.clientId,
    clientSecretEnv: i.clientSecretRef ? secrets.env(i.clientSecretRef) : undefined,
    jwksAllowPrivateIp: i.jwksAllowPrivateIP,
    protectedResourceAllowPrivateIp: i.protectedResourceAllowPrivateIP,
    insecureAllowHttp: i.insecureAllowHTTP,
  });
}

/** The RFC's CRD spells the private-IP and HTTP flags with capitals (`jwksAllowPrivateIP`); the config does not. */
function convertRfcInline(o: InlineOIDCConfig, secrets: SecretRefs): Oidc {
  return defined({
    issuer: o.issuer,
    // Left out when missing (defined() drops it), so the config schema reports it at the manifest field.
    audience: o.audience as string,
    resource: o.resource,
    clientId: o.clientId,
    clientSecretEnv: o.clientSecretRef ? secrets.env(o.clientSecretRef) : undefined,
    jwksUrl: o.jwksUrl,
    scopes: o.scopes,
    protectedResourceAllowPrivateIp: o.protectedResourceAllowPrivateIP,
    jwksAllowPrivateIp: o.jwksAllowPrivateIP,
    insecureAllowHttp: o.insecureAllowHTTP,
    caBundlePath: o.caBundlePath,
  });
}
