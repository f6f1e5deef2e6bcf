/**
 * What the converter needs from the incoming side before an embedded auth server can be converted: OIDC
 * incoming auth (V-08) and an audience to allow (V-07). The rules would catch these on the converted config
 * too, but only after allowed_audiences had been derived from nothing.
 */
import type { VirtualMCPServerSpec } from '../../generated/k8s-virtualmcpserver.js';
import { AuthServerReason as AS, InlineAuthServerReason } from './conditions.js';
import { defaultResourceUrl } from './convert-incoming.js';
import type { AuthServerSource, RefFailure } from './result.js';

export function checkIncomingForAuthServer(spec: VirtualMCPServerSpec, as: AuthServerSource, server: { name: string; namespace: string }): RefFailure | undefined {
  // ToolHive's condition has one failure reason; the message still names the rule.
  const reason = (own: string) => (as.form === 'inline' ? InlineAuthServerReason.Invalid : own);
  const incoming = spec.incomingAuth;
  const asField = as.form === 'inline' ? 'spec.authServerConfig' : 'spec.authServerConfigRef';
  if (incoming.type !== 'oidc') {
    return {
      reason: reason(AS.IncomingNotOidc),
      message: `V-08: spec.incomingAuth.type is "${incoming.type}", but an embedded auth server issues the tokens clients present; set spec.incomingAuth.type to oidc with an issuer equal to ${JSON.stringify(as.config.issuer)}, or remove ${asField}`,
    };
  }
  const ref = incoming.oidcConfigRef;
  if (ref) {
    // ToolHive allows the auth server to issue tokens for the resource URL only (deriveAllowedAudiences), and
    // vmcp validates them against the audience: the two must be one URL, or no issued token would validate.
    const resource = ref.resourceUrl ?? defaultResourceUrl(server.name, server.namespace);
    if (resource === ref.audience) return undefined;
    return {
      reason: reason(AS.Invalid),
      message: `V-07: spec.incomingAuth.oidcConfigRef.audience ${JSON.stringify(ref.audience)} differs from the resource URL ${JSON.stringify(resource)}${ref.resourceUrl === undefined ? ' (the default: spec.incomingAuth.oidcConfigRef.resourceUrl is not set)' : ''}; the embedded auth server issues tokens for the resource URL clients ask for, so set the audience and resourceUrl to the same URL`,
    };
  }
  if (!incoming.oidcConfig?.inline.audience) {
    return { reason: reason(AS.AudienceMissing), message: 'V-07: spec.incomingAuth.oidcConfig.inline.audience is empty; the auth server may only issue tokens for this audience, so set it (usually the MCP endpoint URL, e.g. https://vmcp.example.com/mcp)' };
  }
  return undefined;
}
