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
