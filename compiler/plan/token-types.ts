/**
 * RFC 8693 token type URNs, and ToolHive's short names for them. ToolHive accepts `access_token`,
 * `id_token` and `jwt` for tokenExchange.subjectTokenType and sends the URN (pkg/oauthproto/tokenexchange/
 * exchange.go NormalizeTokenType); the plan holds the URN so the runtime sends exactly what it reads.
 */
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

const URN_OF_SHORT_NAME: Readonly<Record<string, string>> = {
  access_token: ACCESS_TOKEN_TYPE,
  id_token: 'urn:ietf:params:oauth:token-type:id_token',
  jwt: 'urn:ietf:params:oauth:token-type:jwt',
};

/** The URN for a schema-checked subjectTokenType (a URN already, or a short name); absent means access token. */
export function subjectTokenTypeUrn(value: string | undefined): string {
  if (value === undefined) return ACCESS_TOKEN_TYPE;
  return Object.hasOwn(URN_OF_SHORT_NAME, value) ? URN_OF_SHORT_NAME[value]! : value;
}
