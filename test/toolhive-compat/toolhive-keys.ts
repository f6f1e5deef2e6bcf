/**
 * Every key of ToolHive's vMCP config file and of its auth server RunConfig, listed by hand from the structs'
 * json tags at stacklok/toolhive HEAD e25de16 (2026-08-21), grouped by the Go file that declares them. Paths
 * use docs/toolhive.md's notation: `a.b`, `a[]` for list items, `a.<name>` for map values. A key ToolHive
 * adds must be added here; keys.test.ts then requires the schema to know it and docs/toolhive.md to say
 * what vmcp does with it.
 */
const strategy = (p: string): string[] => [
  p,
  `${p}.type`,
  `${p}.headerInjection.headerName`,
  `${p}.headerInjection.headerValue`,
  `${p}.headerInjection.headerValueEnv`,
  ...['tokenUrl', 'clientId', 'clientSecret', 'clientSecretEnv', 'audience', 'scopes', 'subjectTokenType', 'subjectProviderName'].map((k) => `${p}.tokenExchange.${k}`),
  `${p}.upstreamInject.providerName`,
  ...['region', 'service', 'fallbackRoleArn', 'roleMappings[].claim', 'roleMappings[].matcher', 'roleMappings[].roleArn', 'roleMappings[].priority', 'roleClaim', 'sessionDuration', 'sessionNameClaim', 'subjectProviderName'].map((k) => `${p}.awsSts.${k}`),
  ...['tokenUrl', 'clientId', 'clientSecret', 'clientSecretEnv', 'audience', 'scopes', 'subjectTokenProviderName', 'cacheSkewSeconds'].map((k) => `${p}.obo.${k}`),
  ...['idpTokenUrl', 'idpClientId', 'idpClientSecret', 'idpClientSecretEnv', 'targetTokenUrl', 'insecureTargetTokenUrl', 'targetClientId', 'targetClientSecret', 'targetClientSecretEnv', 'targetAudience', 'targetResource', 'scopes', 'subjectProviderName', 'subjectTokenType'].map((k) => `${p}.xaa.${k}`),
];

const step = (p: string): string[] =>
  ['id', 'type', 'tool', 'arguments', 'condition', 'dependsOn', 'onError.action', 'onError.retryCount', 'onError.retryDelay', 'message', 'schema', 'timeout', 'onDecline.action', 'onCancel.action', 'defaultResults', 'collection', 'itemVar', 'maxParallel', 'maxIterations', 'step'].map((k) => `${p}.${k}`);

const bucket = (p: string): string[] => [`${p}.maxTokens`, `${p}.refillPeriod`];

const userinfo = (p: string): string[] => ['endpoint_url', 'http_method', 'additional_headers', 'field_mapping.subject_fields', 'field_mapping.name_fields', 'field_mapping.email_fields'].map((k) => `${p}.${k}`);

const redisTls = (p: string): string[] => [`${p}.insecure_skip_verify`, `${p}.ca_cert_file`];

/** runConfig keys: ToolHive keeps them in authserver-config.yaml, vmcp also inline under authServer.runConfig. */
const RC = 'authServer.runConfig';
const UP = `${RC}.upstreams[]`;
const REDIS = `${RC}.storage.redis_config`;

export const TOOLHIVE_KEYS: Record<string, string[]> = {
  'pkg/vmcp/config/config.go': [
    'name', 'groupRef', 'metadata',
    'backends', 'backends[].name', 'backends[].url', 'backends[].transport', 'backends[].type', 'backends[].caBundlePath', 'backends[].metadata',
    'incomingAuth', 'incomingAuth.type', 'incomingAuth.oidc',
    ...['issuer', 'clientId', 'clientSecretEnv', 'audience', 'resource', 'jwksUrl', 'introspectionUrl', 'scopes', 'protectedResourceAllowPrivateIp', 'jwksAllowPrivateIp', 'insecureAllowHttp', 'caBundlePath'].map((k) => `incomingAuth.oidc.${k}`),
    ...['type', 'policies', 'entitiesJson', 'primaryUpstreamProvider', 'groupClaimName', 'roleClaimName', 'groupEntityType'].map((k) => `incomingAuth.authz.${k}`),
    'outgoingAuth', 'outgoingAuth.source', 'outgoingAuth.backends', 'outgoingAuth.backends.<name>',
    'aggregation', 'aggregation.conflictResolution', 'aggregation.conflictResolutionConfig.prefixFormat', 'aggregation.conflictResolutionConfig.priorityOrder',
    'aggregation.tools', 'aggregation.tools[].workload', 'aggregation.tools[].toolConfigRef.name', 'aggregation.tools[].filter', 'aggregation.tools[].excludeAll',
    'aggregation.tools[].overrides.<name>.name', 'aggregation.tools[].overrides.<name>.description',
    ...['title', 'readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'].map((k) => `aggregation.tools[].overrides.<name>.annotations.${k}`),
    'aggregation.excludeAllTools', 'aggregation.defaultToolVisibility',
    ...['name', 'description', 'parameters', 'timeout', 'output.properties', 'output.required', 'annotations'].map((k) => `compositeTools[].${k}`),
    ...step('compositeTools[].steps[]'),
    'compositeToolRefs[].name',
    'operational.logLevel', 'operational.timeouts.default', 'operational.timeouts.perWorkload',
    ...['healthCheckInterval', 'unhealthyThreshold', 'healthCheckTimeout', 'statusReportingInterval', 'partialFailureMode', 'circuitBreaker.enabled', 'circuitBreaker.failureThreshold', 'circuitBreaker.timeout'].map((k) => `operational.failureHandling.${k}`),
    ...['embeddingService', 'embeddingServiceTimeout', 'embeddingProvider', 'embeddingModel', 'embeddingHeaders', 'maxToolsToReturn', 'hybridSearchSemanticRatio', 'semanticDistanceThreshold'].map((k) => `optimizer.${k}`),
    ...['enabled', 'stepLimit', 'parallelMaxConcurrency', 'toolCallTimeout'].map((k) => `codeMode.${k}`),
    ...['provider', 'address', 'db', 'keyPrefix'].map((k) => `sessionStorage.${k}`),
    'passthroughHeaders',
  ],
  'pkg/vmcp/auth/types/types.go': strategy('outgoingAuth.default'),
  'pkg/telemetry/config.go': ['endpoint', 'serviceName', 'serviceVersion', 'tracingEnabled', 'metricsEnabled', 'samplingRate', 'headers', 'insecure', 'enablePrometheusMetricsPath', 'prometheusPort', 'metricsOnTransportPort', 'environmentVariables', 'customAttributes', 'useLegacyAttributes', 'caCertPath'].map((k) => `telemetry.${k}`),
  'pkg/audit/config.go': ['enabled', 'component', 'eventTypes', 'excludeEventTypes', 'includeRequestData', 'includeResponseData', 'detectApplicationErrors', 'maxDataSize', 'maxDelegationDepth', 'logFile'].map((k) => `audit.${k}`),
  'pkg/ratelimit/types/types.go': [...bucket('rateLimiting.shared'), ...bucket('rateLimiting.perUser'), 'rateLimiting.tools[].name', ...bucket('rateLimiting.tools[].shared'), ...bucket('rateLimiting.tools[].perUser')],
  'pkg/authserver/config.go': [
    ...['schema_version', 'issuer', 'authorization_endpoint_base_url', 'signing_key_config.key_dir', 'signing_key_config.signing_key_file', 'signing_key_config.fallback_key_files', 'hmac_secret_files'].map((k) => `${RC}.${k}`),
    ...['access_token_lifespan', 'refresh_token_lifespan', 'auth_code_lifespan'].map((k) => `${RC}.token_lifespans.${k}`),
    ...['delegation_token_lifespan', 'upstreams', 'scopes_supported', 'baseline_client_scopes', 'allowed_audiences', 'storage', 'disable_upstream_token_injection', 'insecure_allow_http'].map((k) => `${RC}.${k}`),
    ...['enabled', 'cache_max_size', 'cache_fallback_ttl'].map((k) => `${RC}.cimd.${k}`),
    ...['allow_confidential_client_registration', 'force_confidential_redirect_uris', 'insecure_allow_confidential_over_loopback_http'].map((k) => `${RC}.${k}`),
    ...['client_id', 'client_secret_file', 'client_secret_env_var', 'scopes', 'audiences'].map((k) => `${RC}.delegate_clients[].${k}`),
    `${UP}.name`, `${UP}.type`,
    ...['issuer_url', 'client_id', 'client_secret_file', 'client_secret_env_var', 'redirect_uri', 'scopes', 'additional_authorization_params', 'subject_claim', 'allow_private_ips', 'insecure_allow_http'].map((k) => `${UP}.oidc_config.${k}`),
    ...userinfo(`${UP}.oidc_config.userinfo_override`),
    ...['authorization_endpoint', 'token_endpoint', 'client_id', 'client_secret_file', 'client_secret_env_var', 'redirect_uri', 'scopes', 'additional_authorization_params', 'allow_private_ips', 'insecure_allow_http'].map((k) => `${UP}.oauth2_config.${k}`),
    ...userinfo(`${UP}.oauth2_config.userinfo`),
    ...['access_token_path', 'scope_path', 'refresh_token_path', 'expires_in_path'].map((k) => `${UP}.oauth2_config.token_response_mapping.${k}`),
    ...['subject_path', 'name_path', 'email_path'].map((k) => `${UP}.oauth2_config.identity_from_token.${k}`),
    ...['discovery_url', 'registration_endpoint', 'initial_access_token_file', 'initial_access_token_env_var', 'software_id', 'software_statement'].map((k) => `${UP}.oauth2_config.dcr_config.${k}`),
  ],
  'pkg/authserver/server/tokenexchange/multi_issuer_validator.go': [
    ...['issuer_url', 'expected_audience', 'jwks_url', 'insecure_allow_http', 'allow_private_ips', 'actor_claim', 'allowed_actors', 'actor_matcher', 'allowed_delegate_clients', 'allow_may_act'].map((k) => `${RC}.trusted_issuers[].${k}`),
    ...['max_assertion_age', 'subject_bindings[].subject', 'subject_bindings[].allowed_resources', 'accepted_audiences'].map((k) => `${RC}.trusted_issuers[].jwt_bearer_grant.${k}`),
  ],
  'pkg/authserver/storage/config.go': [
    `${RC}.storage.type`,
    ...['addr', 'cluster_mode', 'sentinel_config.master_name', 'sentinel_config.sentinel_addrs', 'sentinel_config.db', 'auth_type', 'acl_user_config.username_env_var', 'acl_user_config.password_env_var', 'key_prefix', 'dial_timeout', 'read_timeout', 'write_timeout'].map((k) => `${REDIS}.${k}`),
    ...redisTls(`${REDIS}.tls`),
    ...redisTls(`${REDIS}.sentinel_tls`),
  ],
};
