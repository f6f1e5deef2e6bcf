/**
 * The CRDs' CEL rules (x-kubernetes-validations), checked again here: manifests read from files never met an
 * API server, and an API server without them (an older CRD) would let such objects through.
 */
import type { MCPExternalAuthConfigSpec } from '../../generated/k8s-mcpexternalauthconfig.js';
import type { BackendAuthConfig, VirtualMCPServerSpec } from '../../generated/k8s-virtualmcpserver.js';
import { formatPath } from '../diagnostics.js';
import type { FieldProblem } from './crd-schema-check.js';
import { RESERVED_CONFIG_KEYS } from './convert.js';

const BLOCKS = ['embeddedAuthServer', 'tokenExchange', 'headerInjection', 'upstreamInject'] as const;
/** upstreamInject may be left out: the rules then report the missing providerName (V-06). */
const REQUIRED_BLOCKS = new Set<string>(['embeddedAuthServer', 'tokenExchange', 'headerInjection']);

export function checkAuthConfigSpec(spec: MCPExternalAuthConfigSpec): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const block of BLOCKS) {
    if (spec.type === block && REQUIRED_BLOCKS.has(block) && spec[block] === undefined) {
      problems.push(`spec.${block} is required when spec.type is ${block}`);
    }
    if (spec.type !== block && spec[block] !== undefined) {
      problems.push(`spec.${block} is only used when spec.type is ${block}, but spec.type is ${spec.type}; remove it`);
    }
  }
  spec.embeddedAuthServer?.upstreamProviders.forEach((u, i) => {
    const want = u.type === 'oidc' ? 'oidcConfig' : 'oauth2Config';
    const other = u.type === 'oidc' ? 'oauth2Config' : 'oidcConfig';
    const at = `spec.embeddedAuthServer.upstreamProviders[${i}]`;
    if (u[want] === undefined) problems.push(`${at}.${want} is required when type is ${u.type}`);
    if (u[other] !== undefined) problems.push(`${at}.${other} must not be set when type is ${u.type}; remove it`);
  });
  return problems;
}

export function checkServerSpec(spec: VirtualMCPServerSpec): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (spec.incomingAuth.type === 'oidc' && !spec.incomingAuth.oidcConfig) {
    problems.push('spec.incomingAuth.oidcConfig is required when type is oidc');
  }
  const out = spec.outgoingAuth;
  const entries: [string, BackendAuthConfig][] = [
    ...(out?.default ? [['default', out.default] as [string, BackendAuthConfig]] : []),
    ...Object.entries(out?.backends ?? {}).map(([k, v]) => [formatPath(['backends', k]), v!] as [string, BackendAuthConfig]),
  ];
  for (const [where, b] of entries) {
    const has = b.externalAuthConfigRef !== undefined;
    if (b.type === 'externalAuthConfigRef' && !has) problems.push(`spec.outgoingAuth.${where}.externalAuthConfigRef is required when type is externalAuthConfigRef`);
    if (b.type !== 'externalAuthConfigRef' && has) problems.push(`spec.outgoingAuth.${where}.externalAuthConfigRef is only used when type is externalAuthConfigRef; remove it`);
  }
  for (const key of RESERVED_CONFIG_KEYS) {
    if (spec.config?.[key] !== undefined) {
      problems.push(`spec.config.${key} is set by the VirtualMCPServer itself (metadata.name, spec.groupRef, spec.incomingAuth, spec.outgoingAuth, spec.authServerConfigRef); remove it from spec.config`);
    }
  }
  return problems;
}
