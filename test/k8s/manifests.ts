/** Test manifests built from small parts, so each case shows only what it changes. */
import { stringify } from 'yaml';

export const NS = 'tools';
export const ISSUER = 'https://vmcp.example.com';
export const AUDIENCE = 'https://vmcp.example.com/mcp';

type Obj = Record<string, unknown>;

export function server(spec: Obj = {}, name = 'gw', namespace = NS): Obj {
  return {
    apiVersion: 'toolhive.stacklok.dev/v1alpha1',
    kind: 'VirtualMCPServer',
    metadata: { name, namespace },
    spec: {
      incomingAuth: { type: 'oidc', oidcConfig: { type: 'inline', inline: { issuer: ISSUER, audience: AUDIENCE, jwksAllowPrivateIP: true } } },
      authServerConfigRef: { name: 'as' },
      config: { backends: [{ name: 'docs', url: 'https://docs.example.com/mcp', transport: 'streamable-http' }] },
      ...spec,
    },
  };
}

export function embeddedAuthServer(overrides: Obj = {}, name = 'as', namespace = NS): Obj {
  return authConfig(name, {
    type: 'embeddedAuthServer',
    embeddedAuthServer: {
      issuer: ISSUER,
      upstreamProviders: [
        { name: 'corp', type: 'oidc', oidcConfig: { issuerUrl: 'https://sso.example.com', clientId: 'vmcp', clientSecretRef: { name: 'corp-idp', key: 'secret' } } },
      ],
      ...overrides,
    },
  }, namespace);
}

export function authConfig(name: string, spec: Obj, namespace = NS): Obj {
  return { apiVersion: 'toolhive.stacklok.dev/v1alpha1', kind: 'MCPExternalAuthConfig', metadata: { name, namespace }, spec };
}

export const yamlOf = (...docs: Obj[]): string => docs.map((d) => stringify(d)).join('---\n');

/** ToolHive's current shape (v1beta1): the auth server inline, incoming OIDC through a shared MCPOIDCConfig. */
export const V1BETA1 = 'toolhive.stacklok.dev/v1beta1';
export const RESOURCE = 'https://gw.tools.example.com';

export function toolhiveServer(spec: Obj = {}, name = 'gw', namespace = NS): Obj {
  return {
    apiVersion: V1BETA1,
    kind: 'VirtualMCPServer',
    metadata: { name, namespace },
    spec: {
      groupRef: { name: 'team' },
      incomingAuth: { type: 'oidc', oidcConfigRef: { name: 'corp-oidc', audience: RESOURCE, resourceUrl: RESOURCE } },
      config: { backends: [{ name: 'docs', url: 'https://docs.example.com/mcp', transport: 'streamable-http' }] },
      ...spec,
    },
  };
}

/** spec.authServerConfig whose issuer is the MCPOIDCConfig's (V-04 holds). */
export const inlineAuthServer = (overrides: Obj = {}): Obj => ({
  issuer: RESOURCE,
  upstreamProviders: [{ name: 'corp', type: 'oidc', oidcConfig: { issuerUrl: 'https://sso.example.com', clientId: 'vmcp', clientSecretRef: { name: 'corp-idp', key: 'secret' } } }],
  ...overrides,
});

export function oidcConfig(spec: Obj = { type: 'inline', inline: { issuer: RESOURCE, jwksAllowPrivateIP: true } }, name = 'corp-oidc', namespace = NS): Obj {
  return { apiVersion: V1BETA1, kind: 'MCPOIDCConfig', metadata: { name, namespace }, spec };
}

export function telemetryConfig(spec: Obj, name = 'otel', namespace = NS): Obj {
  return { apiVersion: V1BETA1, kind: 'MCPTelemetryConfig', metadata: { name, namespace }, spec };
}

export function toolConfig(spec: Obj, name = 'docs-tools', namespace = NS): Obj {
  return { apiVersion: V1BETA1, kind: 'MCPToolConfig', metadata: { name, namespace }, spec };
}
