// @ts-nocheck
/* Generated from schema/ by scripts/generate.mjs: do not edit. */

export const validate = validate52;
export default validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://vmcp.dev/schema/vmcp-config.json","title":"VmcpConfig","description":"A vMCP config file (ToolHive's vMCP YAML: camelCase keys; authServer.runConfig keeps snake_case keys).","type":"object","additionalProperties":false,"required":["name","incomingAuth"],"properties":{"name":{"type":"string","minLength":1,"description":"The virtual server's name."},"groupRef":{"type":"string","minLength":1,"description":"The ToolHive group the backends belong to."},"metadata":{"type":"object","additionalProperties":{"type":"string"}},"backends":{"type":"array","items":{"$ref":"#/$defs/Backend"},"description":"Statically configured MCP servers."},"incomingAuth":{"$ref":"#/$defs/IncomingAuth"},"outgoingAuth":{"$ref":"#/$defs/OutgoingAuth"},"aggregation":{"$ref":"#/$defs/Aggregation"},"operational":{"$ref":"#/$defs/Operational"},"telemetry":{"$ref":"#/$defs/Telemetry"},"authServer":{"$ref":"#/$defs/AuthServer"},"http":{"$ref":"#/$defs/Http"},"discovery":{"$ref":"#/$defs/Discovery"},"compositeTools":{"notSupported":"composite tools (compositeTools)","tsType":"unknown"},"compositeToolRefs":{"notSupported":"composite tool references (compositeToolRefs)","tsType":"unknown"},"optimizer":{"notSupported":"the tool optimizer (optimizer)","tsType":"unknown"},"codeMode":{"notSupported":"code mode (codeMode)","tsType":"unknown"},"sessionStorage":{"notSupported":"external session storage (sessionStorage)","tsType":"unknown"},"rateLimiting":{"notSupported":"rate limiting (rateLimiting)","tsType":"unknown"},"audit":{"notSupported":"audit logging (audit)","tsType":"unknown"},"passthroughHeaders":{"notSupported":"header passthrough (passthroughHeaders)","tsType":"unknown"}},"$defs":{"Duration":{"title":"Duration","description":"A Go duration string such as 30s, 1m30s or 500ms.","type":"string","pattern":"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$"},"EnvVarName":{"title":"EnvVarName","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"HttpUrl":{"title":"HttpUrl","type":"string","pattern":"^https?://[^\\s]+$"},"AbsolutePath":{"title":"AbsolutePath","type":"string","pattern":"^/"},"Backend":{"title":"Backend","type":"object","additionalProperties":false,"required":["name","transport"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$","description":"The backend's id: letters, digits, '.', '_' and '-'."},"url":{"$ref":"#/$defs/HttpUrl"},"transport":{"enum":["streamable-http","sse","stdio"]},"command":{"type":"string","minLength":1,"description":"vmcp's own, for transport stdio (required there): the program vmcp starts, found on PATH or given as a path; run without a shell."},"args":{"type":"array","items":{"type":"string"},"description":"For transport stdio: the program's arguments."},"env":{"type":"object","propertyNames":{"$ref":"#/$defs/EnvVarName"},"additionalProperties":{"$ref":"#/$defs/StdioEnvValue"},"description":"For transport stdio: environment variables set for the program (besides HOME, LOGNAME, PATH, SHELL, TERM and USER, which it inherits). A value is written here, or read at start from vmcp's environment (valueEnv) or a file (valueFile): secrets never enter the plan."},"cwd":{"$ref":"#/$defs/AbsolutePath"},"type":{"notSupported":"backend types other than the default (backends[].type)","tsType":"unknown"},"caBundlePath":{"notSupported":"per-backend CA bundles (backends[].caBundlePath)","tsType":"unknown"},"metadata":{"type":"object","additionalProperties":{"type":"string"}}},"description":"A backend MCP server: reached at url (streamable-http and sse, required there), or a program vmcp starts and speaks to over stdin/stdout (stdio, vmcp's own: command, args, env, and cwd, an absolute working directory defaulting to vmcp's). Rule V-17 checks which keys go with which transport."},"StdioEnvValue":{"title":"StdioEnvValue","description":"A value as written, or where to read it at start: valueEnv (vmcp's environment) or valueFile.","type":["string","object"],"minLength":1,"additionalProperties":false,"properties":{"valueEnv":{"$ref":"#/$defs/EnvVarName"},"valueFile":{"type":"string","minLength":1}},"exactlyOneOf":["valueEnv","valueFile"]},"IncomingAuth":{"title":"IncomingAuth","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["anonymous","local","oidc"]},"oidc":{"$ref":"#/$defs/IncomingOidc"},"authz":{"notSupported":"Cedar authorization (incomingAuth.authz)","tsType":"unknown"}},"blockFor":{"property":"type","blocks":{"oidc":"oidc"}}},"IncomingOidc":{"title":"IncomingOidc","type":"object","additionalProperties":false,"required":["issuer","audience"],"properties":{"issuer":{"$ref":"#/$defs/HttpUrl"},"audience":{"type":"string","minLength":1},"resource":{"$ref":"#/$defs/HttpUrl"},"clientId":{"type":"string"},"clientSecretEnv":{"$ref":"#/$defs/EnvVarName"},"jwksUrl":{"$ref":"#/$defs/HttpUrl"},"introspectionUrl":{"notSupported":"token introspection (incomingAuth.oidc.introspectionUrl)","tsType":"unknown"},"scopes":{"type":"array","items":{"type":"string","minLength":1}},"protectedResourceAllowPrivateIp":{"type":"boolean"},"jwksAllowPrivateIp":{"type":"boolean"},"insecureAllowHttp":{"type":"boolean"},"caBundlePath":{"$ref":"#/$defs/AbsolutePath"},"requiredTokenType":{"type":"string","pattern":"^[A-Za-z0-9!#$&^_.+-]+(/[A-Za-z0-9!#$&^_.+-]+)?$","description":"vmcp's own: the JWT typ header every token must carry (RFC 7515 section 4.1.9, compared as a media type: case-insensitive, application/ optional), e.g. at+jwt (RFC 9068). Absent: any typ. With the embedded auth server as the issuer, at+jwt is always required."}}},"OutgoingAuth":{"title":"OutgoingAuth","type":"object","additionalProperties":false,"properties":{"source":{"enum":["inline","discovered"]},"default":{"$ref":"#/$defs/BackendAuthStrategy"},"backends":{"type":"object","additionalProperties":{"$ref":"#/$defs/BackendAuthStrategy"}}}},"BackendAuthStrategy":{"title":"BackendAuthStrategy","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["unauthenticated","header_injection","token_exchange","upstream_inject","aws_sts","obo","xaa"],"notSupportedValues":["aws_sts","obo","xaa"]},"headerInjection":{"$ref":"#/$defs/HeaderInjection"},"tokenExchange":{"$ref":"#/$defs/TokenExchange"},"upstreamInject":{"$ref":"#/$defs/UpstreamInject"},"awsSts":{"notSupported":"the aws_sts outgoing strategy (awsSts)","tsType":"unknown"},"obo":{"notSupported":"the obo outgoing strategy (obo)","tsType":"unknown"},"xaa":{"notSupported":"the xaa outgoing strategy (xaa)","tsType":"unknown"}},"blockFor":{"property":"type","blocks":{"header_injection":"headerInjection","token_exchange":"tokenExchange"},"optionalBlocks":{"upstream_inject":"upstreamInject"}}},"HeaderInjection":{"title":"HeaderInjection","type":"object","additionalProperties":false,"required":["headerName"],"properties":{"headerName":{"type":"string","pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"headerValue":{"type":"string","minLength":1},"headerValueEnv":{"$ref":"#/$defs/EnvVarName"}},"exactlyOneOf":["headerValue","headerValueEnv"]},"TokenExchange":{"title":"TokenExchange","type":"object","additionalProperties":false,"required":["tokenUrl"],"properties":{"tokenUrl":{"$ref":"#/$defs/HttpUrl"},"clientId":{"type":"string","minLength":1},"clientSecret":{"type":"string","minLength":1},"clientSecretEnv":{"$ref":"#/$defs/EnvVarName"},"audience":{"type":"string","minLength":1},"scopes":{"type":"array","items":{"type":"string","minLength":1}},"subjectTokenType":{"description":"The RFC 8693 URN, or ToolHive's short form (access_token, id_token, jwt), which the plan turns into the URN.","enum":["urn:ietf:params:oauth:token-type:access_token","urn:ietf:params:oauth:token-type:id_token","urn:ietf:params:oauth:token-type:jwt","access_token","id_token","jwt"]},"subjectProviderName":{"type":"string","minLength":1}},"atMostOneOf":["clientSecret","clientSecretEnv"]},"UpstreamInject":{"title":"UpstreamInject","type":"object","additionalProperties":false,"properties":{"providerName":{"type":"string"}}},"Aggregation":{"title":"Aggregation","type":"object","additionalProperties":false,"properties":{"conflictResolution":{"enum":["prefix","priority","manual"]},"conflictResolutionConfig":{"$ref":"#/$defs/ConflictResolutionConfig"},"tools":{"type":"array","items":{"$ref":"#/$defs/WorkloadToolConfig"}},"excludeAllTools":{"type":"boolean"},"defaultToolVisibility":{"enum":["","allow","deny"]}}},"ConflictResolutionConfig":{"title":"ConflictResolutionConfig","type":"object","additionalProperties":false,"properties":{"prefixFormat":{"type":"string","minLength":1,"description":"Prepended to every tool name under prefix, and to prompt names under every strategy (ToolHive conflict_resolver.go promptNamingFromConfig), with {workload} replaced by the backend name; a static prefix such as backend_ is allowed (ToolHive prefix_resolver.go)."},"priorityOrder":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}}},"WorkloadToolConfig":{"title":"WorkloadToolConfig","type":"object","additionalProperties":false,"required":["workload"],"properties":{"workload":{"type":"string","minLength":1},"toolConfigRef":{"notSupported":"MCPToolConfig references (aggregation.tools[].toolConfigRef)","tsType":"unknown"},"filter":{"type":"array","items":{"type":"string","minLength":1}},"overrides":{"type":"object","additionalProperties":{"$ref":"#/$defs/ToolOverride"}},"excludeAll":{"type":"boolean"}}},"ToolOverride":{"title":"ToolOverride","type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,128}$"},"description":{"type":"string","minLength":1},"annotations":{"$ref":"#/$defs/ToolAnnotations"}},"description":"name or description must be set, as ToolHive's validator requires (pkg/vmcp/config/validator.go validateToolOverrides); annotations alone are refused.","atLeastOneOf":["name","description"]},"ToolAnnotations":{"title":"ToolAnnotations","type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"readOnlyHint":{"type":"boolean"},"destructiveHint":{"type":"boolean"},"idempotentHint":{"type":"boolean"},"openWorldHint":{"type":"boolean"}}},"Operational":{"title":"Operational","type":"object","additionalProperties":false,"properties":{"logLevel":{"enum":["debug","info","warn","error"]},"timeouts":{"title":"OperationalTimeouts","type":"object","additionalProperties":false,"properties":{"default":{"$ref":"#/$defs/Duration"},"perWorkload":{"type":"object","additionalProperties":{"$ref":"#/$defs/Duration"}}}},"failureHandling":{"title":"FailureHandling","type":"object","additionalProperties":false,"properties":{"healthCheckInterval":{"$ref":"#/$defs/Duration"},"unhealthyThreshold":{"type":"integer","minimum":1},"healthCheckTimeout":{"$ref":"#/$defs/Duration"},"statusReportingInterval":{"$ref":"#/$defs/Duration"},"partialFailureMode":{"enum":["fail","best_effort"]},"circuitBreaker":{"title":"CircuitBreaker","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"failureThreshold":{"type":"integer","minimum":1},"timeout":{"$ref":"#/$defs/Duration"}}}}}}},"Telemetry":{"title":"Telemetry","type":"object","additionalProperties":false,"properties":{"endpoint":{"type":"string"},"serviceName":{"type":"string"},"serviceVersion":{"type":"string"},"tracingEnabled":{"type":"boolean"},"metricsEnabled":{"type":"boolean"},"samplingRate":{"type":["number","string"]},"headers":{"type":"object","additionalProperties":{"type":"string"}},"insecure":{"type":"boolean"},"enablePrometheusMetricsPath":{"type":"boolean"},"prometheusPort":{"type":"integer","minimum":0,"maximum":65535},"metricsOnTransportPort":{"type":"boolean","description":"ToolHive's: also serve /metrics on the main port. vmcp serves /metrics only there, so false (with enablePrometheusMetricsPath) is refused by rule V-14."},"caCertPath":{"type":"string","description":"ToolHive's: CA bundle for the OTLP endpoint; no effect in vmcp (no OTLP export yet, rule V-14)."},"customAttributes":{"type":"object","additionalProperties":{"type":"string"},"description":"ToolHive's: OpenTelemetry resource attributes; no effect in vmcp (no OpenTelemetry yet, rule V-14)."},"environmentVariables":{"type":"array","items":{"type":"string"},"description":"ToolHive's: environment variables copied into trace spans; no effect in vmcp (no tracing yet, rule V-14)."},"useLegacyAttributes":{"type":"boolean","description":"ToolHive's: also emit pre-semconv attribute names; accepted and without effect (vmcp's /metrics has its own names)."}}},"Discovery":{"title":"Discovery","description":"vmcp's own section (ToolHive has none): where and how often vmcp asks for the workloads of groupRef when the config lists no backends (ToolHive's dynamic mode). Only with groupRef and without backends. Every key is optional.","type":"object","additionalProperties":false,"properties":{"toolhiveApi":{"type":"object","additionalProperties":false,"properties":{"url":{"type":"string","pattern":"^https?://[^/?#]+/?$","description":"Base URL of ToolHive's local API (thv serve), without a path. Default: http://127.0.0.1:8080, thv serve's default address."}},"description":"ToolHive's local API (thv serve): vmcp reads GET /api/v1beta/workloads?group=GROUP from it."},"pollInterval":{"$ref":"#/$defs/Duration","description":"How often vmcp asks again; at least 100ms. Default: 10s."}}},"Http":{"title":"Http","description":"vmcp's own section (ToolHive has none): how the HTTP front door tells callers apart and which names it answers to. Every key is optional; docs/security.md lists the defaults.","type":"object","additionalProperties":false,"properties":{"allowedHosts":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$"},"description":"Host names (no port) the MCP endpoint and the auth server answer to; a request with another Host is refused (DNS-rebinding guard). Default: the hosts of incomingAuth.oidc.resource, the auth server's issuer and authorization_endpoint_base_url, plus loopback names when served on loopback."},"allowedOrigins":{"type":"array","items":{"type":"string","pattern":"^https?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?$"},"description":"Browser origins (scheme://host[:port]) allowed to call the MCP endpoint besides the allowed hosts themselves, e.g. a web-based MCP client."},"trustedProxies":{"type":"array","items":{"type":"string","minLength":1},"description":"IP addresses or CIDR blocks (checked by rule V-13) of reverse proxies whose X-Forwarded-For is believed when telling callers apart (rate limits, per-caller session caps). Default: none, the socket's peer is the caller."},"rateLimits":{"title":"HttpRateLimits","type":"object","additionalProperties":false,"description":"Per-caller-address limits on the embedded auth server's endpoints (shared by every replica when storage is Redis).","properties":{"authorize":{"$ref":"#/$defs/RateLimit"},"consent":{"$ref":"#/$defs/RateLimit"},"register":{"$ref":"#/$defs/RateLimit"},"token":{"$ref":"#/$defs/RateLimit"}}},"maxSessions":{"type":"integer","minimum":1,"description":"MCP sessions (2025-era clients) held at once, for all callers together."},"maxSessionsPerCaller":{"type":"integer","minimum":1,"description":"MCP sessions one caller (one subject; one address when anonymous) may hold; beyond it, that caller's own least recently used session is closed."},"sessionTTL":{"$ref":"#/$defs/Duration"}}},"RateLimit":{"title":"RateLimit","type":"object","additionalProperties":false,"required":["perMinute"],"properties":{"perMinute":{"type":"integer","minimum":1,"description":"Requests per minute, refilled continuously."},"burst":{"type":"integer","minimum":1,"description":"Requests allowed at once (default: perMinute)."}}},"AuthServer":{"title":"AuthServer","type":"object","additionalProperties":false,"required":["runConfig"],"properties":{"runConfig":{"$ref":"#/$defs/AuthServerRunConfig"}}},"AuthServerRunConfig":{"title":"AuthServerRunConfig","description":"The embedded authorization server (ToolHive's RunConfig, snake_case keys).","type":"object","additionalProperties":false,"required":["issuer","upstreams","allowed_audiences"],"properties":{"schema_version":{"type":"string"},"issuer":{"type":"string","minLength":1},"authorization_endpoint_base_url":{"$ref":"#/$defs/HttpUrl"},"upstreams":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/UpstreamRunConfig"}},"allowed_audiences":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"scopes_supported":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"}},"storage":{"$ref":"#/$defs/AuthServerStorage"},"signing_key_config":{"$ref":"#/$defs/SigningKeyConfig"},"hmac_secret_files":{"type":"array","items":{"type":"string","minLength":1}},"token_lifespans":{"$ref":"#/$defs/TokenLifespans"},"insecure_allow_http":{"type":"boolean"},"delegation_token_lifespan":{"notSupported":"token delegation (delegation_token_lifespan)","tsType":"unknown"},"baseline_client_scopes":{"notSupported":"baseline client scopes (baseline_client_scopes)","tsType":"unknown"},"disable_upstream_token_injection":{"notSupported":"disable_upstream_token_injection","tsType":"unknown"},"cimd":{"notSupported":"the cimd block (client ID metadata documents are always on)","tsType":"unknown"},"trusted_issuers":{"notSupported":"trusted issuers for token exchange (trusted_issuers)","tsType":"unknown"},"allow_confidential_client_registration":{"notSupported":"confidential client registration","tsType":"unknown"},"force_confidential_redirect_uris":{"notSupported":"force_confidential_redirect_uris","tsType":"unknown"},"insecure_allow_confidential_over_loopback_http":{"notSupported":"insecure_allow_confidential_over_loopback_http","tsType":"unknown"},"delegate_clients":{"notSupported":"static delegate clients (delegate_clients)","tsType":"unknown"}}},"UpstreamRunConfig":{"title":"UpstreamRunConfig","type":"object","additionalProperties":false,"required":["type"],"properties":{"name":{"type":"string"},"type":{"enum":["oidc","oauth2"]},"oidc_config":{"$ref":"#/$defs/OidcUpstreamConfig"},"oauth2_config":{"$ref":"#/$defs/OAuth2UpstreamConfig"}},"blockFor":{"property":"type","blocks":{"oidc":"oidc_config","oauth2":"oauth2_config"}}},"OidcUpstreamConfig":{"title":"OidcUpstreamConfig","type":"object","additionalProperties":false,"required":["issuer_url","client_id"],"properties":{"issuer_url":{"$ref":"#/$defs/HttpUrl"},"client_id":{"type":"string","minLength":1},"client_secret_file":{"type":"string","minLength":1},"client_secret_env_var":{"$ref":"#/$defs/EnvVarName"},"redirect_uri":{"$ref":"#/$defs/HttpUrl"},"scopes":{"type":"array","items":{"type":"string","minLength":1}},"additional_authorization_params":{"type":"object","additionalProperties":{"type":"string"}},"subject_claim":{"type":"string","minLength":1},"allow_private_ips":{"type":"boolean"},"insecure_allow_http":{"type":"boolean"},"userinfo_override":{"notSupported":"userinfo_override","tsType":"unknown"}},"atMostOneOf":["client_secret_file","client_secret_env_var"]},"OAuth2UpstreamConfig":{"title":"OAuth2UpstreamConfig","type":"object","additionalProperties":false,"required":["authorization_endpoint","token_endpoint","client_id"],"properties":{"authorization_endpoint":{"$ref":"#/$defs/HttpUrl"},"token_endpoint":{"$ref":"#/$defs/HttpUrl"},"client_id":{"type":"string","minLength":1},"client_secret_file":{"type":"string","minLength":1},"client_secret_env_var":{"$ref":"#/$defs/EnvVarName"},"redirect_uri":{"$ref":"#/$defs/HttpUrl"},"scopes":{"type":"array","items":{"type":"string","minLength":1}},"additional_authorization_params":{"type":"object","additionalProperties":{"type":"string"}},"userinfo":{"$ref":"#/$defs/UserinfoConfig"},"identity_from_token":{"title":"IdentityFromToken","type":"object","additionalProperties":false,"required":["subject_path"],"properties":{"subject_path":{"type":"string","minLength":1},"name_path":{"type":"string"},"email_path":{"type":"string"}}},"allow_private_ips":{"type":"boolean"},"insecure_allow_http":{"type":"boolean"},"token_response_mapping":{"notSupported":"token_response_mapping","tsType":"unknown"},"dcr_config":{"notSupported":"dynamic client registration with the upstream (dcr_config)","tsType":"unknown"}},"atMostOneOf":["client_secret_file","client_secret_env_var"]},"UserinfoConfig":{"title":"UserinfoConfig","type":"object","additionalProperties":false,"required":["endpoint_url"],"properties":{"endpoint_url":{"$ref":"#/$defs/HttpUrl"},"http_method":{"enum":["GET","POST"]},"additional_headers":{"type":"object","additionalProperties":{"type":"string"}},"field_mapping":{"title":"UserinfoFieldMapping","type":"object","additionalProperties":false,"properties":{"subject_fields":{"type":"array","items":{"type":"string","minLength":1}},"name_fields":{"type":"array","items":{"type":"string","minLength":1}},"email_fields":{"type":"array","items":{"type":"string","minLength":1}}}}}},"AuthServerStorage":{"title":"AuthServerStorage","type":"object","additionalProperties":false,"properties":{"type":{"enum":["memory","redis"]},"redis_config":{"$ref":"#/$defs/RedisConfig"}}},"RedisConfig":{"title":"RedisConfig","type":"object","additionalProperties":false,"properties":{"addr":{"type":"string","pattern":"^[^\\s:/]+:[0-9]{1,5}$"},"sentinel_config":{"title":"RedisSentinelConfig","type":"object","additionalProperties":false,"required":["master_name","sentinel_addrs"],"properties":{"master_name":{"type":"string","minLength":1},"sentinel_addrs":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[^\\s:/]+:[0-9]{1,5}$"}},"db":{"type":"integer","minimum":0}}},"db":{"type":"integer","minimum":0},"auth_type":{"enum":["aclUser"]},"acl_user_config":{"title":"RedisAclUserConfig","type":"object","additionalProperties":false,"properties":{"username_env_var":{"$ref":"#/$defs/EnvVarName"},"password_env_var":{"$ref":"#/$defs/EnvVarName"}}},"key_prefix":{"type":"string"},"dial_timeout":{"$ref":"#/$defs/Duration"},"read_timeout":{"$ref":"#/$defs/Duration"},"write_timeout":{"$ref":"#/$defs/Duration"},"tls":{"$ref":"#/$defs/RedisTls"},"sentinel_tls":{"$ref":"#/$defs/RedisTls"},"cluster_mode":{"notSupported":"Redis cluster mode (cluster_mode)","tsType":"unknown"}},"exactlyOneOf":["addr","sentinel_config"]},"RedisTls":{"title":"RedisTls","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"insecure_skip_verify":{"type":"boolean"},"ca_cert_file":{"type":"string","minLength":1}}},"SigningKeyConfig":{"title":"SigningKeyConfig","type":"object","additionalProperties":false,"properties":{"key_dir":{"type":"string"},"signing_key_file":{"type":"string"},"fallback_key_files":{"type":"array","items":{"type":"string","minLength":1}}}},"TokenLifespans":{"title":"TokenLifespans","type":"object","additionalProperties":false,"properties":{"access_token_lifespan":{"$ref":"#/$defs/Duration"},"refresh_token_lifespan":{"$ref":"#/$defs/Duration"},"auth_code_lifespan":{"$ref":"#/$defs/Duration"}}}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ((s) => Array.from(s).length);
const schema20 = {"title":"Backend","type":"object","additionalProperties":false,"required":["name","transport"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$","description":"The backend's id: letters, digits, '.', '_' and '-'."},"url":{"$ref":"#/$defs/HttpUrl"},"transport":{"enum":["streamable-http","sse","stdio"]},"command":{"type":"string","minLength":1,"description":"vmcp's own, for transport stdio (required there): the program vmcp starts, found on PATH or given as a path; run without a shell."},"args":{"type":"array","items":{"type":"string"},"description":"For transport stdio: the program's arguments."},"env":{"type":"object","propertyNames":{"$ref":"#/$defs/EnvVarName"},"additionalProperties":{"$ref":"#/$defs/StdioEnvValue"},"description":"For transport stdio: environment variables set for the program (besides HOME, LOGNAME, PATH, SHELL, TERM and USER, which it inherits). A value is written here, or read at start from vmcp's environment (valueEnv) or a file (valueFile): secrets never enter the plan."},"cwd":{"$ref":"#/$defs/AbsolutePath"},"type":{"notSupported":"backend types other than the default (backends[].type)","tsType":"unknown"},"caBundlePath":{"notSupported":"per-backend CA bundles (backends[].caBundlePath)","tsType":"unknown"},"metadata":{"type":"object","additionalProperties":{"type":"string"}}},"description":"A backend MCP server: reached at url (streamable-http and sse, required there), or a program vmcp starts and speaks to over stdin/stdout (stdio, vmcp's own: command, args, env, and cwd, an absolute working directory defaulting to vmcp's). Rule V-17 checks which keys go with which transport."};
const pattern3 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$", "u");
const schema21 = {"title":"HttpUrl","type":"string","pattern":"^https?://[^\\s]+$"};
const pattern4 = new RegExp("^https?://[^\\s]+$", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern4.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema22 = {"title":"EnvVarName","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"};
const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern5.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema23 = {"title":"StdioEnvValue","description":"A value as written, or where to read it at start: valueEnv (vmcp's environment) or valueFile.","type":["string","object"],"minLength":1,"additionalProperties":false,"properties":{"valueEnv":{"$ref":"#/$defs/EnvVarName"},"valueFile":{"type":"string","minLength":1}},"exactlyOneOf":["valueEnv","valueFile"]};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data !== "string") && (!(data && typeof data == "object" && !Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema23.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const n0 = data && typeof data == "object" && !Array.isArray(data) ? (data["valueEnv"] !== undefined ? 1 : 0) + (data["valueFile"] !== undefined ? 1 : 0) : -1;
if(n0 >= 0 && (n0 !== 1)){
const err1 = {instancePath,schemaPath:"#/exactlyOneOf",keyword:"exactlyOneOf",params:{"keys": ["valueEnv","valueFile"], "count": n0},message:"fails exactlyOneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data === "string"){
if(func2(data) < 1){
const err2 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "valueEnv") || (key0 === "valueFile"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.valueEnv !== undefined){
if(!(validate56(data.valueEnv, {instancePath:instancePath+"/valueEnv",parentData:data,parentDataProperty:"valueEnv",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.valueFile !== undefined){
let data1 = data.valueFile;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/valueFile",schemaPath:"#/properties/valueFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/valueFile",schemaPath:"#/properties/valueFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema24 = {"title":"AbsolutePath","type":"string","pattern":"^/"};
const pattern6 = new RegExp("^/", "u");

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern6.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.transport === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transport"},message:"must have required property '"+"transport"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema20.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.url !== undefined){
if(!(validate54(data.url, {instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.transport !== undefined){
let data2 = data.transport;
if(!(((data2 === "streamable-http") || (data2 === "sse")) || (data2 === "stdio"))){
const err5 = {instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/enum",keyword:"enum",params:{allowedValues: schema20.properties.transport.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.command !== undefined){
let data3 = data.command;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err6 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.args !== undefined){
let data4 = data.args;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(typeof data4[i0] !== "string"){
const err8 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.env !== undefined){
let data6 = data.env;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
const _errs14 = errors;
if(!(validate56(key1, {instancePath:instancePath+"/env",parentData:data6,parentDataProperty:"env",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid3 = _errs14 === errors;
if(!valid3){
const err10 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data6){
if(!(validate58(data6[key2], {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.cwd !== undefined){
if(!(validate61(data.cwd, {instancePath:instancePath+"/cwd",parentData:data,parentDataProperty:"cwd",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(true){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/notSupported",keyword:"notSupported",params:{"what": "backend types other than the default (backends[].type)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.caBundlePath !== undefined){
if(true){
const err13 = {instancePath:instancePath+"/caBundlePath",schemaPath:"#/properties/caBundlePath/notSupported",keyword:"notSupported",params:{"what": "per-backend CA bundles (backends[].caBundlePath)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.metadata !== undefined){
let data11 = data.metadata;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key3 in data11){
if(typeof data11[key3] !== "string"){
const err14 = {instancePath:instancePath+"/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema25 = {"title":"IncomingAuth","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["anonymous","local","oidc"]},"oidc":{"$ref":"#/$defs/IncomingOidc"},"authz":{"notSupported":"Cedar authorization (incomingAuth.authz)","tsType":"unknown"}},"blockFor":{"property":"type","blocks":{"oidc":"oidc"}}};
const schema26 = {"title":"IncomingOidc","type":"object","additionalProperties":false,"required":["issuer","audience"],"properties":{"issuer":{"$ref":"#/$defs/HttpUrl"},"audience":{"type":"string","minLength":1},"resource":{"$ref":"#/$defs/HttpUrl"},"clientId":{"type":"string"},"clientSecretEnv":{"$ref":"#/$defs/EnvVarName"},"jwksUrl":{"$ref":"#/$defs/HttpUrl"},"introspectionUrl":{"notSupported":"token introspection (incomingAuth.oidc.introspectionUrl)","tsType":"unknown"},"scopes":{"type":"array","items":{"type":"string","minLength":1}},"protectedResourceAllowPrivateIp":{"type":"boolean"},"jwksAllowPrivateIp":{"type":"boolean"},"insecureAllowHttp":{"type":"boolean"},"caBundlePath":{"$ref":"#/$defs/AbsolutePath"},"requiredTokenType":{"type":"string","pattern":"^[A-Za-z0-9!#$&^_.+-]+(/[A-Za-z0-9!#$&^_.+-]+)?$","description":"vmcp's own: the JWT typ header every token must carry (RFC 7515 section 4.1.9, compared as a media type: case-insensitive, application/ optional), e.g. at+jwt (RFC 9068). Absent: any typ. With the embedded auth server as the issuer, at+jwt is always required."}}};
const pattern7 = new RegExp("^[A-Za-z0-9!#$&^_.+-]+(/[A-Za-z0-9!#$&^_.+-]+)?$", "u");

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issuer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.audience === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema26.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.issuer !== undefined){
if(!(validate54(data.issuer, {instancePath:instancePath+"/issuer",parentData:data,parentDataProperty:"issuer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.audience !== undefined){
let data1 = data.audience;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err3 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.resource !== undefined){
if(!(validate54(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.clientId !== undefined){
if(typeof data.clientId !== "string"){
const err5 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.clientSecretEnv !== undefined){
if(!(validate56(data.clientSecretEnv, {instancePath:instancePath+"/clientSecretEnv",parentData:data,parentDataProperty:"clientSecretEnv",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.jwksUrl !== undefined){
if(!(validate54(data.jwksUrl, {instancePath:instancePath+"/jwksUrl",parentData:data,parentDataProperty:"jwksUrl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.introspectionUrl !== undefined){
if(true){
const err6 = {instancePath:instancePath+"/introspectionUrl",schemaPath:"#/properties/introspectionUrl/notSupported",keyword:"notSupported",params:{"what": "token introspection (incomingAuth.oidc.introspectionUrl)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.scopes !== undefined){
let data7 = data.scopes;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err7 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.protectedResourceAllowPrivateIp !== undefined){
if(typeof data.protectedResourceAllowPrivateIp !== "boolean"){
const err10 = {instancePath:instancePath+"/protectedResourceAllowPrivateIp",schemaPath:"#/properties/protectedResourceAllowPrivateIp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.jwksAllowPrivateIp !== undefined){
if(typeof data.jwksAllowPrivateIp !== "boolean"){
const err11 = {instancePath:instancePath+"/jwksAllowPrivateIp",schemaPath:"#/properties/jwksAllowPrivateIp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.insecureAllowHttp !== undefined){
if(typeof data.insecureAllowHttp !== "boolean"){
const err12 = {instancePath:instancePath+"/insecureAllowHttp",schemaPath:"#/properties/insecureAllowHttp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.caBundlePath !== undefined){
if(!(validate61(data.caBundlePath, {instancePath:instancePath+"/caBundlePath",parentData:data,parentDataProperty:"caBundlePath",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
if(data.requiredTokenType !== undefined){
let data13 = data.requiredTokenType;
if(typeof data13 === "string"){
if(!pattern7.test(data13)){
const err13 = {instancePath:instancePath+"/requiredTokenType",schemaPath:"#/properties/requiredTokenType/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$&^_.+-]+(/[A-Za-z0-9!#$&^_.+-]+)?$"},message:"must match pattern \""+"^[A-Za-z0-9!#$&^_.+-]+(/[A-Za-z0-9!#$&^_.+-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/requiredTokenType",schemaPath:"#/properties/requiredTokenType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["type"] === "oidc" && !(data["oidc"] !== undefined)){
const err0 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "oidc", "problem": "missing", "owner": "oidc", "property": "type"},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["type"] !== "oidc" && data["oidc"] !== undefined){
const err1 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "oidc", "problem": "foreign", "owner": "oidc", "property": "type", "kind": data["type"]},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "oidc")) || (key0 === "authz"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(!(((data0 === "anonymous") || (data0 === "local")) || (data0 === "oidc"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema25.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.oidc !== undefined){
if(!(validate65(data.oidc, {instancePath:instancePath+"/oidc",parentData:data,parentDataProperty:"oidc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.authz !== undefined){
if(true){
const err5 = {instancePath:instancePath+"/authz",schemaPath:"#/properties/authz/notSupported",keyword:"notSupported",params:{"what": "Cedar authorization (incomingAuth.authz)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema27 = {"title":"OutgoingAuth","type":"object","additionalProperties":false,"properties":{"source":{"enum":["inline","discovered"]},"default":{"$ref":"#/$defs/BackendAuthStrategy"},"backends":{"type":"object","additionalProperties":{"$ref":"#/$defs/BackendAuthStrategy"}}}};
const schema28 = {"title":"BackendAuthStrategy","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["unauthenticated","header_injection","token_exchange","upstream_inject","aws_sts","obo","xaa"],"notSupportedValues":["aws_sts","obo","xaa"]},"headerInjection":{"$ref":"#/$defs/HeaderInjection"},"tokenExchange":{"$ref":"#/$defs/TokenExchange"},"upstreamInject":{"$ref":"#/$defs/UpstreamInject"},"awsSts":{"notSupported":"the aws_sts outgoing strategy (awsSts)","tsType":"unknown"},"obo":{"notSupported":"the obo outgoing strategy (obo)","tsType":"unknown"},"xaa":{"notSupported":"the xaa outgoing strategy (xaa)","tsType":"unknown"}},"blockFor":{"property":"type","blocks":{"header_injection":"headerInjection","token_exchange":"tokenExchange"},"optionalBlocks":{"upstream_inject":"upstreamInject"}}};
const schema29 = {"title":"HeaderInjection","type":"object","additionalProperties":false,"required":["headerName"],"properties":{"headerName":{"type":"string","pattern":"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},"headerValue":{"type":"string","minLength":1},"headerValueEnv":{"$ref":"#/$defs/EnvVarName"}},"exactlyOneOf":["headerValue","headerValueEnv"]};
const pattern8 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const n0 = data && typeof data == "object" && !Array.isArray(data) ? (data["headerValue"] !== undefined ? 1 : 0) + (data["headerValueEnv"] !== undefined ? 1 : 0) : -1;
if(n0 >= 0 && (n0 !== 1)){
const err0 = {instancePath,schemaPath:"#/exactlyOneOf",keyword:"exactlyOneOf",params:{"keys": ["headerValue","headerValueEnv"], "count": n0},message:"fails exactlyOneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.headerName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headerName"},message:"must have required property '"+"headerName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "headerName") || (key0 === "headerValue")) || (key0 === "headerValueEnv"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.headerName !== undefined){
let data0 = data.headerName;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err3 = {instancePath:instancePath+"/headerName",schemaPath:"#/properties/headerName/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/headerName",schemaPath:"#/properties/headerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.headerValue !== undefined){
let data1 = data.headerValue;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/headerValue",schemaPath:"#/properties/headerValue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/headerValue",schemaPath:"#/properties/headerValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.headerValueEnv !== undefined){
if(!(validate56(data.headerValueEnv, {instancePath:instancePath+"/headerValueEnv",parentData:data,parentDataProperty:"headerValueEnv",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema30 = {"title":"TokenExchange","type":"object","additionalProperties":false,"required":["tokenUrl"],"properties":{"tokenUrl":{"$ref":"#/$defs/HttpUrl"},"clientId":{"type":"string","minLength":1},"clientSecret":{"type":"string","minLength":1},"clientSecretEnv":{"$ref":"#/$defs/EnvVarName"},"audience":{"type":"string","minLength":1},"scopes":{"type":"array","items":{"type":"string","minLength":1}},"subjectTokenType":{"description":"The RFC 8693 URN, or ToolHive's short form (access_token, id_token, jwt), which the plan turns into the URN.","enum":["urn:ietf:params:oauth:token-type:access_token","urn:ietf:params:oauth:token-type:id_token","urn:ietf:params:oauth:token-type:jwt","access_token","id_token","jwt"]},"subjectProviderName":{"type":"string","minLength":1}},"atMostOneOf":["clientSecret","clientSecretEnv"]};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const n0 = data && typeof data == "object" && !Array.isArray(data) ? (data["clientSecret"] !== undefined ? 1 : 0) + (data["clientSecretEnv"] !== undefined ? 1 : 0) : -1;
if(n0 >= 0 && (n0 > 1)){
const err0 = {instancePath,schemaPath:"#/atMostOneOf",keyword:"atMostOneOf",params:{"keys": ["clientSecret","clientSecretEnv"], "count": n0},message:"fails atMostOneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tokenUrl === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "tokenUrl") || (key0 === "clientId")) || (key0 === "clientSecret")) || (key0 === "clientSecretEnv")) || (key0 === "audience")) || (key0 === "scopes")) || (key0 === "subjectTokenType")) || (key0 === "subjectProviderName"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
if(!(validate54(data.tokenUrl, {instancePath:instancePath+"/tokenUrl",parentData:data,parentDataProperty:"tokenUrl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.clientId !== undefined){
let data1 = data.clientId;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err3 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data2 = data.clientSecret;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.clientSecretEnv !== undefined){
if(!(validate56(data.clientSecretEnv, {instancePath:instancePath+"/clientSecretEnv",parentData:data,parentDataProperty:"clientSecretEnv",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.audience !== undefined){
let data4 = data.audience;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err7 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.scopes !== undefined){
let data5 = data.scopes;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err9 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.subjectTokenType !== undefined){
let data7 = data.subjectTokenType;
if(!((((((data7 === "urn:ietf:params:oauth:token-type:access_token") || (data7 === "urn:ietf:params:oauth:token-type:id_token")) || (data7 === "urn:ietf:params:oauth:token-type:jwt")) || (data7 === "access_token")) || (data7 === "id_token")) || (data7 === "jwt"))){
const err12 = {instancePath:instancePath+"/subjectTokenType",schemaPath:"#/properties/subjectTokenType/enum",keyword:"enum",params:{allowedValues: schema30.properties.subjectTokenType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.subjectProviderName !== undefined){
let data8 = data.subjectProviderName;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err13 = {instancePath:instancePath+"/subjectProviderName",schemaPath:"#/properties/subjectProviderName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/subjectProviderName",schemaPath:"#/properties/subjectProviderName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema31 = {"title":"UpstreamInject","type":"object","additionalProperties":false,"properties":{"providerName":{"type":"string"}}};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "providerName")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.providerName !== undefined){
if(typeof data.providerName !== "string"){
const err1 = {instancePath:instancePath+"/providerName",schemaPath:"#/properties/providerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["type"] === "header_injection" && !(data["headerInjection"] !== undefined)){
const err0 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "headerInjection", "problem": "missing", "owner": "header_injection", "property": "type"},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["type"] === "token_exchange" && !(data["tokenExchange"] !== undefined)){
const err1 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "tokenExchange", "problem": "missing", "owner": "token_exchange", "property": "type"},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["type"] !== "header_injection" && data["headerInjection"] !== undefined){
const err2 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "headerInjection", "problem": "foreign", "owner": "header_injection", "property": "type", "kind": data["type"]},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data["type"] !== "token_exchange" && data["tokenExchange"] !== undefined){
const err3 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "tokenExchange", "problem": "foreign", "owner": "token_exchange", "property": "type", "kind": data["type"]},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data["type"] !== "upstream_inject" && data["upstreamInject"] !== undefined){
const err4 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "upstreamInject", "problem": "foreign", "owner": "upstream_inject", "property": "type", "kind": data["type"]},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "headerInjection")) || (key0 === "tokenExchange")) || (key0 === "upstreamInject")) || (key0 === "awsSts")) || (key0 === "obo")) || (key0 === "xaa"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(!(((((((data0 === "unauthenticated") || (data0 === "header_injection")) || (data0 === "token_exchange")) || (data0 === "upstream_inject")) || (data0 === "aws_sts")) || (data0 === "obo")) || (data0 === "xaa"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema28.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data0 == "string" && ["aws_sts","obo","xaa"].includes(data0)){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/notSupportedValues",keyword:"notSupportedValues",params:{},message:"fails notSupportedValues"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.headerInjection !== undefined){
if(!(validate75(data.headerInjection, {instancePath:instancePath+"/headerInjection",parentData:data,parentDataProperty:"headerInjection",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
if(data.tokenExchange !== undefined){
if(!(validate78(data.tokenExchange, {instancePath:instancePath+"/tokenExchange",parentData:data,parentDataProperty:"tokenExchange",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.upstreamInject !== undefined){
if(!(validate82(data.upstreamInject, {instancePath:instancePath+"/upstreamInject",parentData:data,parentDataProperty:"upstreamInject",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
if(data.awsSts !== undefined){
if(true){
const err9 = {instancePath:instancePath+"/awsSts",schemaPath:"#/properties/awsSts/notSupported",keyword:"notSupported",params:{"what": "the aws_sts outgoing strategy (awsSts)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.obo !== undefined){
if(true){
const err10 = {instancePath:instancePath+"/obo",schemaPath:"#/properties/obo/notSupported",keyword:"notSupported",params:{"what": "the obo outgoing strategy (obo)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.xaa !== undefined){
if(true){
const err11 = {instancePath:instancePath+"/xaa",schemaPath:"#/properties/xaa/notSupported",keyword:"notSupported",params:{"what": "the xaa outgoing strategy (xaa)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "source") || (key0 === "default")) || (key0 === "backends"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(!((data0 === "inline") || (data0 === "discovered"))){
const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema27.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.default !== undefined){
if(!(validate74(data.default, {instancePath:instancePath+"/default",parentData:data,parentDataProperty:"default",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
if(data.backends !== undefined){
let data2 = data.backends;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(validate74(data2[key1], {instancePath:instancePath+"/backends/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema32 = {"title":"Aggregation","type":"object","additionalProperties":false,"properties":{"conflictResolution":{"enum":["prefix","priority","manual"]},"conflictResolutionConfig":{"$ref":"#/$defs/ConflictResolutionConfig"},"tools":{"type":"array","items":{"$ref":"#/$defs/WorkloadToolConfig"}},"excludeAllTools":{"type":"boolean"},"defaultToolVisibility":{"enum":["","allow","deny"]}}};
const schema33 = {"title":"ConflictResolutionConfig","type":"object","additionalProperties":false,"properties":{"prefixFormat":{"type":"string","minLength":1,"description":"Prepended to every tool name under prefix, and to prompt names under every strategy (ToolHive conflict_resolver.go promptNamingFromConfig), with {workload} replaced by the backend name; a static prefix such as backend_ is allowed (ToolHive prefix_resolver.go)."},"priorityOrder":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "prefixFormat") || (key0 === "priorityOrder"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.prefixFormat !== undefined){
let data0 = data.prefixFormat;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/prefixFormat",schemaPath:"#/properties/prefixFormat/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/prefixFormat",schemaPath:"#/properties/prefixFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.priorityOrder !== undefined){
let data1 = data.priorityOrder;
if(Array.isArray(data1)){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/priorityOrder",schemaPath:"#/properties/priorityOrder/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/priorityOrder/" + i0,schemaPath:"#/properties/priorityOrder/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/priorityOrder/" + i0,schemaPath:"#/properties/priorityOrder/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/priorityOrder",schemaPath:"#/properties/priorityOrder/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema34 = {"title":"WorkloadToolConfig","type":"object","additionalProperties":false,"required":["workload"],"properties":{"workload":{"type":"string","minLength":1},"toolConfigRef":{"notSupported":"MCPToolConfig references (aggregation.tools[].toolConfigRef)","tsType":"unknown"},"filter":{"type":"array","items":{"type":"string","minLength":1}},"overrides":{"type":"object","additionalProperties":{"$ref":"#/$defs/ToolOverride"}},"excludeAll":{"type":"boolean"}}};
const schema35 = {"title":"ToolOverride","type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,128}$"},"description":{"type":"string","minLength":1},"annotations":{"$ref":"#/$defs/ToolAnnotations"}},"description":"name or description must be set, as ToolHive's validator requires (pkg/vmcp/config/validator.go validateToolOverrides); annotations alone are refused.","atLeastOneOf":["name","description"]};
const pattern9 = new RegExp("^[A-Za-z0-9_.-]{1,128}$", "u");
const schema36 = {"title":"ToolAnnotations","type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"readOnlyHint":{"type":"boolean"},"destructiveHint":{"type":"boolean"},"idempotentHint":{"type":"boolean"},"openWorldHint":{"type":"boolean"}}};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "title") || (key0 === "readOnlyHint")) || (key0 === "destructiveHint")) || (key0 === "idempotentHint")) || (key0 === "openWorldHint"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err1 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.readOnlyHint !== undefined){
if(typeof data.readOnlyHint !== "boolean"){
const err2 = {instancePath:instancePath+"/readOnlyHint",schemaPath:"#/properties/readOnlyHint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.destructiveHint !== undefined){
if(typeof data.destructiveHint !== "boolean"){
const err3 = {instancePath:instancePath+"/destructiveHint",schemaPath:"#/properties/destructiveHint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.idempotentHint !== undefined){
if(typeof data.idempotentHint !== "boolean"){
const err4 = {instancePath:instancePath+"/idempotentHint",schemaPath:"#/properties/idempotentHint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.openWorldHint !== undefined){
if(typeof data.openWorldHint !== "boolean"){
const err5 = {instancePath:instancePath+"/openWorldHint",schemaPath:"#/properties/openWorldHint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const n0 = data && typeof data == "object" && !Array.isArray(data) ? (data["name"] !== undefined ? 1 : 0) + (data["description"] !== undefined ? 1 : 0) : -1;
if(n0 >= 0 && (n0 === 0)){
const err0 = {instancePath,schemaPath:"#/atLeastOneOf",keyword:"atLeastOneOf",params:{"keys": ["name","description"], "count": n0},message:"fails atLeastOneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "description")) || (key0 === "annotations"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.annotations !== undefined){
if(!(validate92(data.annotations, {instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.workload === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workload"},message:"must have required property '"+"workload"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "workload") || (key0 === "toolConfigRef")) || (key0 === "filter")) || (key0 === "overrides")) || (key0 === "excludeAll"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.workload !== undefined){
let data0 = data.workload;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.toolConfigRef !== undefined){
if(true){
const err4 = {instancePath:instancePath+"/toolConfigRef",schemaPath:"#/properties/toolConfigRef/notSupported",keyword:"notSupported",params:{"what": "MCPToolConfig references (aggregation.tools[].toolConfigRef)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.filter !== undefined){
let data2 = data.filter;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/filter/" + i0,schemaPath:"#/properties/filter/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/filter/" + i0,schemaPath:"#/properties/filter/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.overrides !== undefined){
let data4 = data.overrides;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(validate91(data4[key1], {instancePath:instancePath+"/overrides/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.excludeAll !== undefined){
if(typeof data.excludeAll !== "boolean"){
const err9 = {instancePath:instancePath+"/excludeAll",schemaPath:"#/properties/excludeAll/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "conflictResolution") || (key0 === "conflictResolutionConfig")) || (key0 === "tools")) || (key0 === "excludeAllTools")) || (key0 === "defaultToolVisibility"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.conflictResolution !== undefined){
let data0 = data.conflictResolution;
if(!(((data0 === "prefix") || (data0 === "priority")) || (data0 === "manual"))){
const err1 = {instancePath:instancePath+"/conflictResolution",schemaPath:"#/properties/conflictResolution/enum",keyword:"enum",params:{allowedValues: schema32.properties.conflictResolution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.conflictResolutionConfig !== undefined){
if(!(validate88(data.conflictResolutionConfig, {instancePath:instancePath+"/conflictResolutionConfig",parentData:data,parentDataProperty:"conflictResolutionConfig",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
if(data.tools !== undefined){
let data2 = data.tools;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate90(data2[i0], {instancePath:instancePath+"/tools/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.excludeAllTools !== undefined){
if(typeof data.excludeAllTools !== "boolean"){
const err3 = {instancePath:instancePath+"/excludeAllTools",schemaPath:"#/properties/excludeAllTools/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.defaultToolVisibility !== undefined){
let data5 = data.defaultToolVisibility;
if(!(((data5 === "") || (data5 === "allow")) || (data5 === "deny"))){
const err4 = {instancePath:instancePath+"/defaultToolVisibility",schemaPath:"#/properties/defaultToolVisibility/enum",keyword:"enum",params:{allowedValues: schema32.properties.defaultToolVisibility.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"title":"Operational","type":"object","additionalProperties":false,"properties":{"logLevel":{"enum":["debug","info","warn","error"]},"timeouts":{"title":"OperationalTimeouts","type":"object","additionalProperties":false,"properties":{"default":{"$ref":"#/$defs/Duration"},"perWorkload":{"type":"object","additionalProperties":{"$ref":"#/$defs/Duration"}}}},"failureHandling":{"title":"FailureHandling","type":"object","additionalProperties":false,"properties":{"healthCheckInterval":{"$ref":"#/$defs/Duration"},"unhealthyThreshold":{"type":"integer","minimum":1},"healthCheckTimeout":{"$ref":"#/$defs/Duration"},"statusReportingInterval":{"$ref":"#/$defs/Duration"},"partialFailureMode":{"enum":["fail","best_effort"]},"circuitBreaker":{"title":"CircuitBreaker","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"failureThreshold":{"type":"integer","minimum":1},"timeout":{"$ref":"#/$defs/Duration"}}}}}}};
const schema38 = {"title":"Duration","description":"A Go duration string such as 30s, 1m30s or 500ms.","type":"string","pattern":"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$"};
const pattern10 = new RegExp("^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "u");

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern10.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "logLevel") || (key0 === "timeouts")) || (key0 === "failureHandling"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.logLevel !== undefined){
let data0 = data.logLevel;
if(!((((data0 === "debug") || (data0 === "info")) || (data0 === "warn")) || (data0 === "error"))){
const err1 = {instancePath:instancePath+"/logLevel",schemaPath:"#/properties/logLevel/enum",keyword:"enum",params:{allowedValues: schema37.properties.logLevel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.timeouts !== undefined){
let data1 = data.timeouts;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "default") || (key1 === "perWorkload"))){
const err2 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.default !== undefined){
if(!(validate98(data1.default, {instancePath:instancePath+"/timeouts/default",parentData:data1,parentDataProperty:"default",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data1.perWorkload !== undefined){
let data3 = data1.perWorkload;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
if(!(validate98(data3[key2], {instancePath:instancePath+"/timeouts/perWorkload/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/timeouts/perWorkload",schemaPath:"#/properties/timeouts/properties/perWorkload/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.failureHandling !== undefined){
let data5 = data.failureHandling;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!((((((key3 === "healthCheckInterval") || (key3 === "unhealthyThreshold")) || (key3 === "healthCheckTimeout")) || (key3 === "statusReportingInterval")) || (key3 === "partialFailureMode")) || (key3 === "circuitBreaker"))){
const err5 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data5.healthCheckInterval !== undefined){
if(!(validate98(data5.healthCheckInterval, {instancePath:instancePath+"/failureHandling/healthCheckInterval",parentData:data5,parentDataProperty:"healthCheckInterval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data5.unhealthyThreshold !== undefined){
let data7 = data5.unhealthyThreshold;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err6 = {instancePath:instancePath+"/failureHandling/unhealthyThreshold",schemaPath:"#/properties/failureHandling/properties/unhealthyThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err7 = {instancePath:instancePath+"/failureHandling/unhealthyThreshold",schemaPath:"#/properties/failureHandling/properties/unhealthyThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data5.healthCheckTimeout !== undefined){
if(!(validate98(data5.healthCheckTimeout, {instancePath:instancePath+"/failureHandling/healthCheckTimeout",parentData:data5,parentDataProperty:"healthCheckTimeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data5.statusReportingInterval !== undefined){
if(!(validate98(data5.statusReportingInterval, {instancePath:instancePath+"/failureHandling/statusReportingInterval",parentData:data5,parentDataProperty:"statusReportingInterval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data5.partialFailureMode !== undefined){
let data10 = data5.partialFailureMode;
if(!((data10 === "fail") || (data10 === "best_effort"))){
const err8 = {instancePath:instancePath+"/failureHandling/partialFailureMode",schemaPath:"#/properties/failureHandling/properties/partialFailureMode/enum",keyword:"enum",params:{allowedValues: schema37.properties.failureHandling.properties.partialFailureMode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.circuitBreaker !== undefined){
let data11 = data5.circuitBreaker;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
if(!(((key4 === "enabled") || (key4 === "failureThreshold")) || (key4 === "timeout"))){
const err9 = {instancePath:instancePath+"/failureHandling/circuitBreaker",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data11.enabled !== undefined){
if(typeof data11.enabled !== "boolean"){
const err10 = {instancePath:instancePath+"/failureHandling/circuitBreaker/enabled",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data11.failureThreshold !== undefined){
let data13 = data11.failureThreshold;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err11 = {instancePath:instancePath+"/failureHandling/circuitBreaker/failureThreshold",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/properties/failureThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err12 = {instancePath:instancePath+"/failureHandling/circuitBreaker/failureThreshold",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/properties/failureThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data11.timeout !== undefined){
if(!(validate98(data11.timeout, {instancePath:instancePath+"/failureHandling/circuitBreaker/timeout",parentData:data11,parentDataProperty:"timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/failureHandling/circuitBreaker",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = {"title":"Telemetry","type":"object","additionalProperties":false,"properties":{"endpoint":{"type":"string"},"serviceName":{"type":"string"},"serviceVersion":{"type":"string"},"tracingEnabled":{"type":"boolean"},"metricsEnabled":{"type":"boolean"},"samplingRate":{"type":["number","string"]},"headers":{"type":"object","additionalProperties":{"type":"string"}},"insecure":{"type":"boolean"},"enablePrometheusMetricsPath":{"type":"boolean"},"prometheusPort":{"type":"integer","minimum":0,"maximum":65535},"metricsOnTransportPort":{"type":"boolean","description":"ToolHive's: also serve /metrics on the main port. vmcp serves /metrics only there, so false (with enablePrometheusMetricsPath) is refused by rule V-14."},"caCertPath":{"type":"string","description":"ToolHive's: CA bundle for the OTLP endpoint; no effect in vmcp (no OTLP export yet, rule V-14)."},"customAttributes":{"type":"object","additionalProperties":{"type":"string"},"description":"ToolHive's: OpenTelemetry resource attributes; no effect in vmcp (no OpenTelemetry yet, rule V-14)."},"environmentVariables":{"type":"array","items":{"type":"string"},"description":"ToolHive's: environment variables copied into trace spans; no effect in vmcp (no tracing yet, rule V-14)."},"useLegacyAttributes":{"type":"boolean","description":"ToolHive's: also emit pre-semconv attribute names; accepted and without effect (vmcp's /metrics has its own names)."}}};

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema39.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.endpoint !== undefined){
if(typeof data.endpoint !== "string"){
const err1 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.serviceName !== undefined){
if(typeof data.serviceName !== "string"){
const err2 = {instancePath:instancePath+"/serviceName",schemaPath:"#/properties/serviceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.serviceVersion !== undefined){
if(typeof data.serviceVersion !== "string"){
const err3 = {instancePath:instancePath+"/serviceVersion",schemaPath:"#/properties/serviceVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tracingEnabled !== undefined){
if(typeof data.tracingEnabled !== "boolean"){
const err4 = {instancePath:instancePath+"/tracingEnabled",schemaPath:"#/properties/tracingEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.metricsEnabled !== undefined){
if(typeof data.metricsEnabled !== "boolean"){
const err5 = {instancePath:instancePath+"/metricsEnabled",schemaPath:"#/properties/metricsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.samplingRate !== undefined){
let data5 = data.samplingRate;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (typeof data5 !== "string")){
const err6 = {instancePath:instancePath+"/samplingRate",schemaPath:"#/properties/samplingRate/type",keyword:"type",params:{type: schema39.properties.samplingRate.type},message:"must be number,string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.headers !== undefined){
let data6 = data.headers;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(typeof data6[key1] !== "string"){
const err7 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.insecure !== undefined){
if(typeof data.insecure !== "boolean"){
const err9 = {instancePath:instancePath+"/insecure",schemaPath:"#/properties/insecure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.enablePrometheusMetricsPath !== undefined){
if(typeof data.enablePrometheusMetricsPath !== "boolean"){
const err10 = {instancePath:instancePath+"/enablePrometheusMetricsPath",schemaPath:"#/properties/enablePrometheusMetricsPath/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.prometheusPort !== undefined){
let data10 = data.prometheusPort;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err11 = {instancePath:instancePath+"/prometheusPort",schemaPath:"#/properties/prometheusPort/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 65535 || isNaN(data10)){
const err12 = {instancePath:instancePath+"/prometheusPort",schemaPath:"#/properties/prometheusPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err13 = {instancePath:instancePath+"/prometheusPort",schemaPath:"#/properties/prometheusPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.metricsOnTransportPort !== undefined){
if(typeof data.metricsOnTransportPort !== "boolean"){
const err14 = {instancePath:instancePath+"/metricsOnTransportPort",schemaPath:"#/properties/metricsOnTransportPort/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.caCertPath !== undefined){
if(typeof data.caCertPath !== "string"){
const err15 = {instancePath:instancePath+"/caCertPath",schemaPath:"#/properties/caCertPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.customAttributes !== undefined){
let data13 = data.customAttributes;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(typeof data13[key2] !== "string"){
const err16 = {instancePath:instancePath+"/customAttributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customAttributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/customAttributes",schemaPath:"#/properties/customAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.environmentVariables !== undefined){
let data15 = data.environmentVariables;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(typeof data15[i0] !== "string"){
const err18 = {instancePath:instancePath+"/environmentVariables/" + i0,schemaPath:"#/properties/environmentVariables/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/environmentVariables",schemaPath:"#/properties/environmentVariables/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.useLegacyAttributes !== undefined){
if(typeof data.useLegacyAttributes !== "boolean"){
const err20 = {instancePath:instancePath+"/useLegacyAttributes",schemaPath:"#/properties/useLegacyAttributes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"title":"AuthServer","type":"object","additionalProperties":false,"required":["runConfig"],"properties":{"runConfig":{"$ref":"#/$defs/AuthServerRunConfig"}}};
const schema41 = {"title":"AuthServerRunConfig","description":"The embedded authorization server (ToolHive's RunConfig, snake_case keys).","type":"object","additionalProperties":false,"required":["issuer","upstreams","allowed_audiences"],"properties":{"schema_version":{"type":"string"},"issuer":{"type":"string","minLength":1},"authorization_endpoint_base_url":{"$ref":"#/$defs/HttpUrl"},"upstreams":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/UpstreamRunConfig"}},"allowed_audiences":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"scopes_supported":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"}},"storage":{"$ref":"#/$defs/AuthServerStorage"},"signing_key_config":{"$ref":"#/$defs/SigningKeyConfig"},"hmac_secret_files":{"type":"array","items":{"type":"string","minLength":1}},"token_lifespans":{"$ref":"#/$defs/TokenLifespans"},"insecure_allow_http":{"type":"boolean"},"delegation_token_lifespan":{"notSupported":"token delegation (delegation_token_lifespan)","tsType":"unknown"},"baseline_client_scopes":{"notSupported":"baseline client scopes (baseline_client_scopes)","tsType":"unknown"},"disable_upstream_token_injection":{"notSupported":"disable_upstream_token_injection","tsType":"unknown"},"cimd":{"notSupported":"the cimd block (client ID metadata documents are always on)","tsType":"unknown"},"trusted_issuers":{"notSupported":"trusted issuers for token exchange (trusted_issuers)","tsType":"unknown"},"allow_confidential_client_registration":{"notSupported":"confidential client registration","tsType":"unknown"},"force_confidential_redirect_uris":{"notSupported":"force_confidential_redirect_uris","tsType":"unknown"},"insecure_allow_confidential_over_loopback_http":{"notSupported":"insecure_allow_confidential_over_loopback_http","tsType":"unknown"},"delegate_clients":{"notSupported":"static delegate clients (delegate_clients)","tsType":"unknown"}}};
const schema42 = {"title":"UpstreamRunConfig","type":"object","additionalProperties":false,"required":["type"],"properties":{"name":{"type":"string"},"type":{"enum":["oidc","oauth2"]},"oidc_config":{"$ref":"#/$defs/OidcUpstreamConfig"},"oauth2_config":{"$ref":"#/$defs/OAuth2UpstreamConfig"}},"blockFor":{"property":"type","blocks":{"oidc":"oidc_config","oauth2":"oauth2_config"}}};
const schema43 = {"title":"OidcUpstreamConfig","type":"object","additionalProperties":false,"required":["issuer_url","client_id"],"properties":{"issuer_url":{"$ref":"#/$defs/HttpUrl"},"client_id":{"type":"string","minLength":1},"client_secret_file":{"type":"string","minLength":1},"client_secret_env_var":{"$ref":"#/$defs/EnvVarName"},"redirect_uri":{"$ref":"#/$defs/HttpUrl"},"scopes":{"type":"array","items":{"type":"string","minLength":1}},"additional_authorization_params":{"type":"object","additionalProperties":{"type":"string"}},"subject_claim":{"type":"string","minLength":1},"allow_private_ips":{"type":"boolean"},"insecure_allow_http":{"type":"boolean"},"userinfo_override":{"notSupported":"userinfo_override","tsType":"unknown"}},"atMostOneOf":["client_secret_file","client_secret_env_var"]};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const n0 = data && typeof data == "object" && !Array.isArray(data) ? (data["client_secret_file"] !== undefined ? 1 : 0) + (data["client_secret_env_var"] !== undefined ? 1 : 0) : -1;
if(n0 >= 0 && (n0 > 1)){
const err0 = {instancePath,schemaPath:"#/atMostOneOf",keyword:"atMostOneOf",params:{"keys": ["client_secret_file","client_secret_env_var"], "count": n0},message:"fails atMostOneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issuer_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuer_url"},message:"must have required property '"+"issuer_url"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.client_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema43.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.issuer_url !== undefined){
if(!(validate54(data.issuer_url, {instancePath:instancePath+"/issuer_url",parentData:data,parentDataProperty:"issuer_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.client_id !== undefined){
let data1 = data.client_id;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.client_secret_file !== undefined){
let data2 = data.client_secret_file;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/client_secret_file",schemaPath:"#/properties/client_secret_file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/client_secret_file",schemaPath:"#/properties/client_secret_file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.client_secret_env_var !== undefined){
if(!(validate56(data.client_secret_env_var, {instancePath:instancePath+"/client_secret_env_var",parentData:data,parentDataProperty:"client_secret_env_var",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.redirect_uri !== undefined){
if(!(validate54(data.redirect_uri, {instancePath:instancePath+"/redirect_uri",parentData:data,parentDataProperty:"redirect_uri",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.scopes !== undefined){
let data5 = data.scopes;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err8 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.additional_authorization_params !== undefined){
let data7 = data.additional_authorization_params;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(typeof data7[key1] !== "string"){
const err11 = {instancePath:instancePath+"/additional_authorization_params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/additional_authorization_params/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/additional_authorization_params",schemaPath:"#/properties/additional_authorization_params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.subject_claim !== undefined){
let data9 = data.subject_claim;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err13 = {instancePath:instancePath+"/subject_claim",schemaPath:"#/properties/subject_claim/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/subject_claim",schemaPath:"#/properties/subject_claim/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.allow_private_ips !== undefined){
if(typeof data.allow_private_ips !== "boolean"){
const err15 = {instancePath:instancePath+"/allow_private_ips",schemaPath:"#/properties/allow_private_ips/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.insecure_allow_http !== undefined){
if(typeof data.insecure_allow_http !== "boolean"){
const err16 = {instancePath:instancePath+"/insecure_allow_http",schemaPath:"#/properties/insecure_allow_http/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.userinfo_override !== undefined){
if(true){
const err17 = {instancePath:instancePath+"/userinfo_override",schemaPath:"#/properties/userinfo_override/notSupported",keyword:"notSupported",params:{"what": "userinfo_override"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"title":"OAuth2UpstreamConfig","type":"object","additionalProperties":false,"required":["authorization_endpoint","token_endpoint","client_id"],"properties":{"authorization_endpoint":{"$ref":"#/$defs/HttpUrl"},"token_endpoint":{"$ref":"#/$defs/HttpUrl"},"client_id":{"type":"string","minLength":1},"client_secret_file":{"type":"string","minLength":1},"client_secret_env_var":{"$ref":"#/$defs/EnvVarName"},"redirect_uri":{"$ref":"#/$defs/HttpUrl"},"scopes":{"type":"array","items":{"type":"string","minLength":1}},"additional_authorization_params":{"type":"object","additionalProperties":{"type":"string"}},"userinfo":{"$ref":"#/$defs/UserinfoConfig"},"identity_from_token":{"title":"IdentityFromToken","type":"object","additionalProperties":false,"required":["subject_path"],"properties":{"subject_path":{"type":"string","minLength":1},"name_path":{"type":"string"},"email_path":{"type":"string"}}},"allow_private_ips":{"type":"boolean"},"insecure_allow_http":{"type":"boolean"},"token_response_mapping":{"notSupported":"token_response_mapping","tsType":"unknown"},"dcr_config":{"notSupported":"dynamic client registration with the upstream (dcr_config)","tsType":"unknown"}},"atMostOneOf":["client_secret_file","client_secret_env_var"]};
const schema45 = {"title":"UserinfoConfig","type":"object","additionalProperties":false,"required":["endpoint_url"],"properties":{"endpoint_url":{"$ref":"#/$defs/HttpUrl"},"http_method":{"enum":["GET","POST"]},"additional_headers":{"type":"object","additionalProperties":{"type":"string"}},"field_mapping":{"title":"UserinfoFieldMapping","type":"object","additionalProperties":false,"properties":{"subject_fields":{"type":"array","items":{"type":"string","minLength":1}},"name_fields":{"type":"array","items":{"type":"string","minLength":1}},"email_fields":{"type":"array","items":{"type":"string","minLength":1}}}}}};

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate122.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.endpoint_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint_url"},message:"must have required property '"+"endpoint_url"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "endpoint_url") || (key0 === "http_method")) || (key0 === "additional_headers")) || (key0 === "field_mapping"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.endpoint_url !== undefined){
if(!(validate54(data.endpoint_url, {instancePath:instancePath+"/endpoint_url",parentData:data,parentDataProperty:"endpoint_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.http_method !== undefined){
let data1 = data.http_method;
if(!((data1 === "GET") || (data1 === "POST"))){
const err2 = {instancePath:instancePath+"/http_method",schemaPath:"#/properties/http_method/enum",keyword:"enum",params:{allowedValues: schema45.properties.http_method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.additional_headers !== undefined){
let data2 = data.additional_headers;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err3 = {instancePath:instancePath+"/additional_headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/additional_headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/additional_headers",schemaPath:"#/properties/additional_headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.field_mapping !== undefined){
let data4 = data.field_mapping;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!(((key2 === "subject_fields") || (key2 === "name_fields")) || (key2 === "email_fields"))){
const err5 = {instancePath:instancePath+"/field_mapping",schemaPath:"#/properties/field_mapping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.subject_fields !== undefined){
let data5 = data4.subject_fields;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err6 = {instancePath:instancePath+"/field_mapping/subject_fields/" + i0,schemaPath:"#/properties/field_mapping/properties/subject_fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/field_mapping/subject_fields/" + i0,schemaPath:"#/properties/field_mapping/properties/subject_fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/field_mapping/subject_fields",schemaPath:"#/properties/field_mapping/properties/subject_fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.name_fields !== undefined){
let data7 = data4.name_fields;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err9 = {instancePath:instancePath+"/field_mapping/name_fields/" + i1,schemaPath:"#/properties/field_mapping/properties/name_fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/field_mapping/name_fields/" + i1,schemaPath:"#/properties/field_mapping/properties/name_fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/field_mapping/name_fields",schemaPath:"#/properties/field_mapping/properties/name_fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.email_fields !== undefined){
let data9 = data4.email_fields;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err12 = {instancePath:instancePath+"/field_mapping/email_fields/" + i2,schemaPath:"#/properties/field_mapping/properties/email_fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/field_mapping/email_fields/" + i2,schemaPath:"#/properties/field_mapping/properties/email_fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/field_mapping/email_fields",schemaPath:"#/properties/field_mapping/properties/email_fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/field_mapping",schemaPath:"#/properties/field_mapping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate122.errors = vErrors;
return errors === 0;
}
validate122.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const n0 = data && typeof data == "object" && !Array.isArray(data) ? (data["client_secret_file"] !== undefined ? 1 : 0) + (data["client_secret_env_var"] !== undefined ? 1 : 0) : -1;
if(n0 >= 0 && (n0 > 1)){
const err0 = {instancePath,schemaPath:"#/atMostOneOf",keyword:"atMostOneOf",params:{"keys": ["client_secret_file","client_secret_env_var"], "count": n0},message:"fails atMostOneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authorization_endpoint === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorization_endpoint"},message:"must have required property '"+"authorization_endpoint"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.token_endpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "token_endpoint"},message:"must have required property '"+"token_endpoint"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.client_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema44.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.authorization_endpoint !== undefined){
if(!(validate54(data.authorization_endpoint, {instancePath:instancePath+"/authorization_endpoint",parentData:data,parentDataProperty:"authorization_endpoint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.token_endpoint !== undefined){
if(!(validate54(data.token_endpoint, {instancePath:instancePath+"/token_endpoint",parentData:data,parentDataProperty:"token_endpoint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.client_id !== undefined){
let data2 = data.client_id;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.client_secret_file !== undefined){
let data3 = data.client_secret_file;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/client_secret_file",schemaPath:"#/properties/client_secret_file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/client_secret_file",schemaPath:"#/properties/client_secret_file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.client_secret_env_var !== undefined){
if(!(validate56(data.client_secret_env_var, {instancePath:instancePath+"/client_secret_env_var",parentData:data,parentDataProperty:"client_secret_env_var",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.redirect_uri !== undefined){
if(!(validate54(data.redirect_uri, {instancePath:instancePath+"/redirect_uri",parentData:data,parentDataProperty:"redirect_uri",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.scopes !== undefined){
let data6 = data.scopes;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err9 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.additional_authorization_params !== undefined){
let data8 = data.additional_authorization_params;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(typeof data8[key1] !== "string"){
const err12 = {instancePath:instancePath+"/additional_authorization_params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/additional_authorization_params/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/additional_authorization_params",schemaPath:"#/properties/additional_authorization_params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.userinfo !== undefined){
if(!(validate122(data.userinfo, {instancePath:instancePath+"/userinfo",parentData:data,parentDataProperty:"userinfo",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
}
if(data.identity_from_token !== undefined){
let data11 = data.identity_from_token;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.subject_path === undefined){
const err14 = {instancePath:instancePath+"/identity_from_token",schemaPath:"#/properties/identity_from_token/required",keyword:"required",params:{missingProperty: "subject_path"},message:"must have required property '"+"subject_path"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data11){
if(!(((key2 === "subject_path") || (key2 === "name_path")) || (key2 === "email_path"))){
const err15 = {instancePath:instancePath+"/identity_from_token",schemaPath:"#/properties/identity_from_token/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data11.subject_path !== undefined){
let data12 = data11.subject_path;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err16 = {instancePath:instancePath+"/identity_from_token/subject_path",schemaPath:"#/properties/identity_from_token/properties/subject_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/identity_from_token/subject_path",schemaPath:"#/properties/identity_from_token/properties/subject_path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.name_path !== undefined){
if(typeof data11.name_path !== "string"){
const err18 = {instancePath:instancePath+"/identity_from_token/name_path",schemaPath:"#/properties/identity_from_token/properties/name_path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.email_path !== undefined){
if(typeof data11.email_path !== "string"){
const err19 = {instancePath:instancePath+"/identity_from_token/email_path",schemaPath:"#/properties/identity_from_token/properties/email_path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/identity_from_token",schemaPath:"#/properties/identity_from_token/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.allow_private_ips !== undefined){
if(typeof data.allow_private_ips !== "boolean"){
const err21 = {instancePath:instancePath+"/allow_private_ips",schemaPath:"#/properties/allow_private_ips/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.insecure_allow_http !== undefined){
if(typeof data.insecure_allow_http !== "boolean"){
const err22 = {instancePath:instancePath+"/insecure_allow_http",schemaPath:"#/properties/insecure_allow_http/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.token_response_mapping !== undefined){
if(true){
const err23 = {instancePath:instancePath+"/token_response_mapping",schemaPath:"#/properties/token_response_mapping/notSupported",keyword:"notSupported",params:{"what": "token_response_mapping"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.dcr_config !== undefined){
if(true){
const err24 = {instancePath:instancePath+"/dcr_config",schemaPath:"#/properties/dcr_config/notSupported",keyword:"notSupported",params:{"what": "dynamic client registration with the upstream (dcr_config)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["type"] === "oidc" && !(data["oidc_config"] !== undefined)){
const err0 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "oidc_config", "problem": "missing", "owner": "oidc", "property": "type"},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["type"] === "oauth2" && !(data["oauth2_config"] !== undefined)){
const err1 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "oauth2_config", "problem": "missing", "owner": "oauth2", "property": "type"},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["type"] !== "oidc" && data["oidc_config"] !== undefined){
const err2 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "oidc_config", "problem": "foreign", "owner": "oidc", "property": "type", "kind": data["type"]},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data["type"] !== "oauth2" && data["oauth2_config"] !== undefined){
const err3 = {instancePath,schemaPath:"#/blockFor",keyword:"blockFor",params:{"key": "oauth2_config", "problem": "foreign", "owner": "oauth2", "property": "type", "kind": data["type"]},message:"fails blockFor"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "type")) || (key0 === "oidc_config")) || (key0 === "oauth2_config"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((data1 === "oidc") || (data1 === "oauth2"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema42.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.oidc_config !== undefined){
if(!(validate112(data.oidc_config, {instancePath:instancePath+"/oidc_config",parentData:data,parentDataProperty:"oidc_config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
}
if(data.oauth2_config !== undefined){
if(!(validate117(data.oauth2_config, {instancePath:instancePath+"/oauth2_config",parentData:data,parentDataProperty:"oauth2_config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"title":"AuthServerStorage","type":"object","additionalProperties":false,"properties":{"type":{"enum":["memory","redis"]},"redis_config":{"$ref":"#/$defs/RedisConfig"}}};
const schema47 = {"title":"RedisConfig","type":"object","additionalProperties":false,"properties":{"addr":{"type":"string","pattern":"^[^\\s:/]+:[0-9]{1,5}$"},"sentinel_config":{"title":"RedisSentinelConfig","type":"object","additionalProperties":false,"required":["master_name","sentinel_addrs"],"properties":{"master_name":{"type":"string","minLength":1},"sentinel_addrs":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[^\\s:/]+:[0-9]{1,5}$"}},"db":{"type":"integer","minimum":0}}},"db":{"type":"integer","minimum":0},"auth_type":{"enum":["aclUser"]},"acl_user_config":{"title":"RedisAclUserConfig","type":"object","additionalProperties":false,"properties":{"username_env_var":{"$ref":"#/$defs/EnvVarName"},"password_env_var":{"$ref":"#/$defs/EnvVarName"}}},"key_prefix":{"type":"string"},"dial_timeout":{"$ref":"#/$defs/Duration"},"read_timeout":{"$ref":"#/$defs/Duration"},"write_timeout":{"$ref":"#/$defs/Duration"},"tls":{"$ref":"#/$defs/RedisTls"},"sentinel_tls":{"$ref":"#/$defs/RedisTls"},"cluster_mode":{"notSupported":"Redis cluster mode (cluster_mode)","tsType":"unknown"}},"exactlyOneOf":["addr","sentinel_config"]};
const pattern12 = new RegExp("^[^\\s:/]+:[0-9]{1,5}$", "u");
const schema48 = {"title":"RedisTls","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"insecure_skip_verify":{"type":"boolean"},"ca_cert_file":{"type":"string","minLength":1}}};

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "enabled") || (key0 === "insecure_skip_verify")) || (key0 === "ca_cert_file"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.insecure_skip_verify !== undefined){
if(typeof data.insecure_skip_verify !== "boolean"){
const err2 = {instancePath:instancePath+"/insecure_skip_verify",schemaPath:"#/properties/insecure_skip_verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ca_cert_file !== undefined){
let data2 = data.ca_cert_file;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err3 = {instancePath:instancePath+"/ca_cert_file",schemaPath:"#/properties/ca_cert_file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/ca_cert_file",schemaPath:"#/properties/ca_cert_file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}
validate134.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate128.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const n0 = data && typeof data == "object" && !Array.isArray(data) ? (data["addr"] !== undefined ? 1 : 0) + (data["sentinel_config"] !== undefined ? 1 : 0) : -1;
if(n0 >= 0 && (n0 !== 1)){
const err0 = {instancePath,schemaPath:"#/exactlyOneOf",keyword:"exactlyOneOf",params:{"keys": ["addr","sentinel_config"], "count": n0},message:"fails exactlyOneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema47.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.addr !== undefined){
let data0 = data.addr;
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
const err2 = {instancePath:instancePath+"/addr",schemaPath:"#/properties/addr/pattern",keyword:"pattern",params:{pattern: "^[^\\s:/]+:[0-9]{1,5}$"},message:"must match pattern \""+"^[^\\s:/]+:[0-9]{1,5}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/addr",schemaPath:"#/properties/addr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sentinel_config !== undefined){
let data1 = data.sentinel_config;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.master_name === undefined){
const err4 = {instancePath:instancePath+"/sentinel_config",schemaPath:"#/properties/sentinel_config/required",keyword:"required",params:{missingProperty: "master_name"},message:"must have required property '"+"master_name"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.sentinel_addrs === undefined){
const err5 = {instancePath:instancePath+"/sentinel_config",schemaPath:"#/properties/sentinel_config/required",keyword:"required",params:{missingProperty: "sentinel_addrs"},message:"must have required property '"+"sentinel_addrs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "master_name") || (key1 === "sentinel_addrs")) || (key1 === "db"))){
const err6 = {instancePath:instancePath+"/sentinel_config",schemaPath:"#/properties/sentinel_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.master_name !== undefined){
let data2 = data1.master_name;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/sentinel_config/master_name",schemaPath:"#/properties/sentinel_config/properties/master_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/sentinel_config/master_name",schemaPath:"#/properties/sentinel_config/properties/master_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.sentinel_addrs !== undefined){
let data3 = data1.sentinel_addrs;
if(Array.isArray(data3)){
if(data3.length < 1){
const err9 = {instancePath:instancePath+"/sentinel_config/sentinel_addrs",schemaPath:"#/properties/sentinel_config/properties/sentinel_addrs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err10 = {instancePath:instancePath+"/sentinel_config/sentinel_addrs/" + i0,schemaPath:"#/properties/sentinel_config/properties/sentinel_addrs/items/pattern",keyword:"pattern",params:{pattern: "^[^\\s:/]+:[0-9]{1,5}$"},message:"must match pattern \""+"^[^\\s:/]+:[0-9]{1,5}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/sentinel_config/sentinel_addrs/" + i0,schemaPath:"#/properties/sentinel_config/properties/sentinel_addrs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/sentinel_config/sentinel_addrs",schemaPath:"#/properties/sentinel_config/properties/sentinel_addrs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.db !== undefined){
let data5 = data1.db;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/sentinel_config/db",schemaPath:"#/properties/sentinel_config/properties/db/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/sentinel_config/db",schemaPath:"#/properties/sentinel_config/properties/db/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/sentinel_config",schemaPath:"#/properties/sentinel_config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.db !== undefined){
let data6 = data.db;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.auth_type !== undefined){
if(!(data.auth_type === "aclUser")){
const err18 = {instancePath:instancePath+"/auth_type",schemaPath:"#/properties/auth_type/enum",keyword:"enum",params:{allowedValues: schema47.properties.auth_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.acl_user_config !== undefined){
let data8 = data.acl_user_config;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!((key2 === "username_env_var") || (key2 === "password_env_var"))){
const err19 = {instancePath:instancePath+"/acl_user_config",schemaPath:"#/properties/acl_user_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.username_env_var !== undefined){
if(!(validate56(data8.username_env_var, {instancePath:instancePath+"/acl_user_config/username_env_var",parentData:data8,parentDataProperty:"username_env_var",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data8.password_env_var !== undefined){
if(!(validate56(data8.password_env_var, {instancePath:instancePath+"/acl_user_config/password_env_var",parentData:data8,parentDataProperty:"password_env_var",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/acl_user_config",schemaPath:"#/properties/acl_user_config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.key_prefix !== undefined){
if(typeof data.key_prefix !== "string"){
const err21 = {instancePath:instancePath+"/key_prefix",schemaPath:"#/properties/key_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.dial_timeout !== undefined){
if(!(validate98(data.dial_timeout, {instancePath:instancePath+"/dial_timeout",parentData:data,parentDataProperty:"dial_timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data.read_timeout !== undefined){
if(!(validate98(data.read_timeout, {instancePath:instancePath+"/read_timeout",parentData:data,parentDataProperty:"read_timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data.write_timeout !== undefined){
if(!(validate98(data.write_timeout, {instancePath:instancePath+"/write_timeout",parentData:data,parentDataProperty:"write_timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data.tls !== undefined){
if(!(validate134(data.tls, {instancePath:instancePath+"/tls",parentData:data,parentDataProperty:"tls",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.sentinel_tls !== undefined){
if(!(validate134(data.sentinel_tls, {instancePath:instancePath+"/sentinel_tls",parentData:data,parentDataProperty:"sentinel_tls",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
if(data.cluster_mode !== undefined){
if(true){
const err22 = {instancePath:instancePath+"/cluster_mode",schemaPath:"#/properties/cluster_mode/notSupported",keyword:"notSupported",params:{"what": "Redis cluster mode (cluster_mode)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate128.errors = vErrors;
return errors === 0;
}
validate128.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate127.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "type") || (key0 === "redis_config"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(!((data0 === "memory") || (data0 === "redis"))){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema46.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.redis_config !== undefined){
if(!(validate128(data.redis_config, {instancePath:instancePath+"/redis_config",parentData:data,parentDataProperty:"redis_config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate127.errors = vErrors;
return errors === 0;
}
validate127.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"title":"SigningKeyConfig","type":"object","additionalProperties":false,"properties":{"key_dir":{"type":"string"},"signing_key_file":{"type":"string"},"fallback_key_files":{"type":"array","items":{"type":"string","minLength":1}}}};

function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate139.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "key_dir") || (key0 === "signing_key_file")) || (key0 === "fallback_key_files"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.key_dir !== undefined){
if(typeof data.key_dir !== "string"){
const err1 = {instancePath:instancePath+"/key_dir",schemaPath:"#/properties/key_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.signing_key_file !== undefined){
if(typeof data.signing_key_file !== "string"){
const err2 = {instancePath:instancePath+"/signing_key_file",schemaPath:"#/properties/signing_key_file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.fallback_key_files !== undefined){
let data2 = data.fallback_key_files;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err3 = {instancePath:instancePath+"/fallback_key_files/" + i0,schemaPath:"#/properties/fallback_key_files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/fallback_key_files/" + i0,schemaPath:"#/properties/fallback_key_files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/fallback_key_files",schemaPath:"#/properties/fallback_key_files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate139.errors = vErrors;
return errors === 0;
}
validate139.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"title":"TokenLifespans","type":"object","additionalProperties":false,"properties":{"access_token_lifespan":{"$ref":"#/$defs/Duration"},"refresh_token_lifespan":{"$ref":"#/$defs/Duration"},"auth_code_lifespan":{"$ref":"#/$defs/Duration"}}};

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate141.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "access_token_lifespan") || (key0 === "refresh_token_lifespan")) || (key0 === "auth_code_lifespan"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.access_token_lifespan !== undefined){
if(!(validate98(data.access_token_lifespan, {instancePath:instancePath+"/access_token_lifespan",parentData:data,parentDataProperty:"access_token_lifespan",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data.refresh_token_lifespan !== undefined){
if(!(validate98(data.refresh_token_lifespan, {instancePath:instancePath+"/refresh_token_lifespan",parentData:data,parentDataProperty:"refresh_token_lifespan",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data.auth_code_lifespan !== undefined){
if(!(validate98(data.auth_code_lifespan, {instancePath:instancePath+"/auth_code_lifespan",parentData:data,parentDataProperty:"auth_code_lifespan",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate141.errors = vErrors;
return errors === 0;
}
validate141.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern11 = new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$", "u");

function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issuer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.upstreams === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upstreams"},message:"must have required property '"+"upstreams"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.allowed_audiences === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "allowed_audiences"},message:"must have required property '"+"allowed_audiences"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema41.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.schema_version !== undefined){
if(typeof data.schema_version !== "string"){
const err4 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.issuer !== undefined){
let data1 = data.issuer;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.authorization_endpoint_base_url !== undefined){
if(!(validate54(data.authorization_endpoint_base_url, {instancePath:instancePath+"/authorization_endpoint_base_url",parentData:data,parentDataProperty:"authorization_endpoint_base_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.upstreams !== undefined){
let data3 = data.upstreams;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/upstreams",schemaPath:"#/properties/upstreams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate111(data3[i0], {instancePath:instancePath+"/upstreams/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/upstreams",schemaPath:"#/properties/upstreams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.allowed_audiences !== undefined){
let data5 = data.allowed_audiences;
if(Array.isArray(data5)){
if(data5.length < 1){
const err9 = {instancePath:instancePath+"/allowed_audiences",schemaPath:"#/properties/allowed_audiences/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err10 = {instancePath:instancePath+"/allowed_audiences/" + i1,schemaPath:"#/properties/allowed_audiences/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/allowed_audiences/" + i1,schemaPath:"#/properties/allowed_audiences/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/allowed_audiences",schemaPath:"#/properties/allowed_audiences/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.scopes_supported !== undefined){
let data7 = data.scopes_supported;
if(Array.isArray(data7)){
if(data7.length < 1){
const err13 = {instancePath:instancePath+"/scopes_supported",schemaPath:"#/properties/scopes_supported/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(typeof data8 === "string"){
if(!pattern11.test(data8)){
const err14 = {instancePath:instancePath+"/scopes_supported/" + i2,schemaPath:"#/properties/scopes_supported/items/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/scopes_supported/" + i2,schemaPath:"#/properties/scopes_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/scopes_supported",schemaPath:"#/properties/scopes_supported/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.storage !== undefined){
if(!(validate127(data.storage, {instancePath:instancePath+"/storage",parentData:data,parentDataProperty:"storage",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.signing_key_config !== undefined){
if(!(validate139(data.signing_key_config, {instancePath:instancePath+"/signing_key_config",parentData:data,parentDataProperty:"signing_key_config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
}
if(data.hmac_secret_files !== undefined){
let data11 = data.hmac_secret_files;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err17 = {instancePath:instancePath+"/hmac_secret_files/" + i3,schemaPath:"#/properties/hmac_secret_files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/hmac_secret_files/" + i3,schemaPath:"#/properties/hmac_secret_files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/hmac_secret_files",schemaPath:"#/properties/hmac_secret_files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.token_lifespans !== undefined){
if(!(validate141(data.token_lifespans, {instancePath:instancePath+"/token_lifespans",parentData:data,parentDataProperty:"token_lifespans",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
if(data.insecure_allow_http !== undefined){
if(typeof data.insecure_allow_http !== "boolean"){
const err20 = {instancePath:instancePath+"/insecure_allow_http",schemaPath:"#/properties/insecure_allow_http/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.delegation_token_lifespan !== undefined){
if(true){
const err21 = {instancePath:instancePath+"/delegation_token_lifespan",schemaPath:"#/properties/delegation_token_lifespan/notSupported",keyword:"notSupported",params:{"what": "token delegation (delegation_token_lifespan)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.baseline_client_scopes !== undefined){
if(true){
const err22 = {instancePath:instancePath+"/baseline_client_scopes",schemaPath:"#/properties/baseline_client_scopes/notSupported",keyword:"notSupported",params:{"what": "baseline client scopes (baseline_client_scopes)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.disable_upstream_token_injection !== undefined){
if(true){
const err23 = {instancePath:instancePath+"/disable_upstream_token_injection",schemaPath:"#/properties/disable_upstream_token_injection/notSupported",keyword:"notSupported",params:{"what": "disable_upstream_token_injection"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.cimd !== undefined){
if(true){
const err24 = {instancePath:instancePath+"/cimd",schemaPath:"#/properties/cimd/notSupported",keyword:"notSupported",params:{"what": "the cimd block (client ID metadata documents are always on)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.trusted_issuers !== undefined){
if(true){
const err25 = {instancePath:instancePath+"/trusted_issuers",schemaPath:"#/properties/trusted_issuers/notSupported",keyword:"notSupported",params:{"what": "trusted issuers for token exchange (trusted_issuers)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.allow_confidential_client_registration !== undefined){
if(true){
const err26 = {instancePath:instancePath+"/allow_confidential_client_registration",schemaPath:"#/properties/allow_confidential_client_registration/notSupported",keyword:"notSupported",params:{"what": "confidential client registration"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.force_confidential_redirect_uris !== undefined){
if(true){
const err27 = {instancePath:instancePath+"/force_confidential_redirect_uris",schemaPath:"#/properties/force_confidential_redirect_uris/notSupported",keyword:"notSupported",params:{"what": "force_confidential_redirect_uris"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.insecure_allow_confidential_over_loopback_http !== undefined){
if(true){
const err28 = {instancePath:instancePath+"/insecure_allow_confidential_over_loopback_http",schemaPath:"#/properties/insecure_allow_confidential_over_loopback_http/notSupported",keyword:"notSupported",params:{"what": "insecure_allow_confidential_over_loopback_http"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.delegate_clients !== undefined){
if(true){
const err29 = {instancePath:instancePath+"/delegate_clients",schemaPath:"#/properties/delegate_clients/notSupported",keyword:"notSupported",params:{"what": "static delegate clients (delegate_clients)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate109.errors = vErrors;
return errors === 0;
}
validate109.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.runConfig === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runConfig"},message:"must have required property '"+"runConfig"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "runConfig")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.runConfig !== undefined){
if(!(validate109(data.runConfig, {instancePath:instancePath+"/runConfig",parentData:data,parentDataProperty:"runConfig",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"title":"Http","description":"vmcp's own section (ToolHive has none): how the HTTP front door tells callers apart and which names it answers to. Every key is optional; docs/security.md lists the defaults.","type":"object","additionalProperties":false,"properties":{"allowedHosts":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$"},"description":"Host names (no port) the MCP endpoint and the auth server answer to; a request with another Host is refused (DNS-rebinding guard). Default: the hosts of incomingAuth.oidc.resource, the auth server's issuer and authorization_endpoint_base_url, plus loopback names when served on loopback."},"allowedOrigins":{"type":"array","items":{"type":"string","pattern":"^https?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?$"},"description":"Browser origins (scheme://host[:port]) allowed to call the MCP endpoint besides the allowed hosts themselves, e.g. a web-based MCP client."},"trustedProxies":{"type":"array","items":{"type":"string","minLength":1},"description":"IP addresses or CIDR blocks (checked by rule V-13) of reverse proxies whose X-Forwarded-For is believed when telling callers apart (rate limits, per-caller session caps). Default: none, the socket's peer is the caller."},"rateLimits":{"title":"HttpRateLimits","type":"object","additionalProperties":false,"description":"Per-caller-address limits on the embedded auth server's endpoints (shared by every replica when storage is Redis).","properties":{"authorize":{"$ref":"#/$defs/RateLimit"},"consent":{"$ref":"#/$defs/RateLimit"},"register":{"$ref":"#/$defs/RateLimit"},"token":{"$ref":"#/$defs/RateLimit"}}},"maxSessions":{"type":"integer","minimum":1,"description":"MCP sessions (2025-era clients) held at once, for all callers together."},"maxSessionsPerCaller":{"type":"integer","minimum":1,"description":"MCP sessions one caller (one subject; one address when anonymous) may hold; beyond it, that caller's own least recently used session is closed."},"sessionTTL":{"$ref":"#/$defs/Duration"}}};
const pattern14 = new RegExp("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$", "u");
const pattern15 = new RegExp("^https?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?$", "u");
const schema52 = {"title":"RateLimit","type":"object","additionalProperties":false,"required":["perMinute"],"properties":{"perMinute":{"type":"integer","minimum":1,"description":"Requests per minute, refilled continuously."},"burst":{"type":"integer","minimum":1,"description":"Requests allowed at once (default: perMinute)."}}};

function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate149.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.perMinute === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "perMinute"},message:"must have required property '"+"perMinute"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "perMinute") || (key0 === "burst"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.perMinute !== undefined){
let data0 = data.perMinute;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/perMinute",schemaPath:"#/properties/perMinute/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/perMinute",schemaPath:"#/properties/perMinute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.burst !== undefined){
let data1 = data.burst;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/burst",schemaPath:"#/properties/burst/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/burst",schemaPath:"#/properties/burst/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate149.errors = vErrors;
return errors === 0;
}
validate149.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate148.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "allowedHosts") || (key0 === "allowedOrigins")) || (key0 === "trustedProxies")) || (key0 === "rateLimits")) || (key0 === "maxSessions")) || (key0 === "maxSessionsPerCaller")) || (key0 === "sessionTTL"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.allowedHosts !== undefined){
let data0 = data.allowedHosts;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/allowedHosts",schemaPath:"#/properties/allowedHosts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
const err2 = {instancePath:instancePath+"/allowedHosts/" + i0,schemaPath:"#/properties/allowedHosts/items/pattern",keyword:"pattern",params:{pattern: "^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$"},message:"must match pattern \""+"^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/allowedHosts/" + i0,schemaPath:"#/properties/allowedHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/allowedHosts",schemaPath:"#/properties/allowedHosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.allowedOrigins !== undefined){
let data2 = data.allowedOrigins;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(!pattern15.test(data3)){
const err5 = {instancePath:instancePath+"/allowedOrigins/" + i1,schemaPath:"#/properties/allowedOrigins/items/pattern",keyword:"pattern",params:{pattern: "^https?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?$"},message:"must match pattern \""+"^https?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/allowedOrigins/" + i1,schemaPath:"#/properties/allowedOrigins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/allowedOrigins",schemaPath:"#/properties/allowedOrigins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.trustedProxies !== undefined){
let data4 = data.trustedProxies;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err8 = {instancePath:instancePath+"/trustedProxies/" + i2,schemaPath:"#/properties/trustedProxies/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/trustedProxies/" + i2,schemaPath:"#/properties/trustedProxies/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/trustedProxies",schemaPath:"#/properties/trustedProxies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.rateLimits !== undefined){
let data6 = data.rateLimits;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((((key1 === "authorize") || (key1 === "consent")) || (key1 === "register")) || (key1 === "token"))){
const err11 = {instancePath:instancePath+"/rateLimits",schemaPath:"#/properties/rateLimits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.authorize !== undefined){
if(!(validate149(data6.authorize, {instancePath:instancePath+"/rateLimits/authorize",parentData:data6,parentDataProperty:"authorize",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
}
if(data6.consent !== undefined){
if(!(validate149(data6.consent, {instancePath:instancePath+"/rateLimits/consent",parentData:data6,parentDataProperty:"consent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
}
if(data6.register !== undefined){
if(!(validate149(data6.register, {instancePath:instancePath+"/rateLimits/register",parentData:data6,parentDataProperty:"register",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
}
if(data6.token !== undefined){
if(!(validate149(data6.token, {instancePath:instancePath+"/rateLimits/token",parentData:data6,parentDataProperty:"token",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/rateLimits",schemaPath:"#/properties/rateLimits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.maxSessions !== undefined){
let data11 = data.maxSessions;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err13 = {instancePath:instancePath+"/maxSessions",schemaPath:"#/properties/maxSessions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err14 = {instancePath:instancePath+"/maxSessions",schemaPath:"#/properties/maxSessions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.maxSessionsPerCaller !== undefined){
let data12 = data.maxSessionsPerCaller;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err15 = {instancePath:instancePath+"/maxSessionsPerCaller",schemaPath:"#/properties/maxSessionsPerCaller/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err16 = {instancePath:instancePath+"/maxSessionsPerCaller",schemaPath:"#/properties/maxSessionsPerCaller/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.sessionTTL !== undefined){
if(!(validate98(data.sessionTTL, {instancePath:instancePath+"/sessionTTL",parentData:data,parentDataProperty:"sessionTTL",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate148.errors = vErrors;
return errors === 0;
}
validate148.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"title":"Discovery","description":"vmcp's own section (ToolHive has none): where and how often vmcp asks for the workloads of groupRef when the config lists no backends (ToolHive's dynamic mode). Only with groupRef and without backends. Every key is optional.","type":"object","additionalProperties":false,"properties":{"toolhiveApi":{"type":"object","additionalProperties":false,"properties":{"url":{"type":"string","pattern":"^https?://[^/?#]+/?$","description":"Base URL of ToolHive's local API (thv serve), without a path. Default: http://127.0.0.1:8080, thv serve's default address."}},"description":"ToolHive's local API (thv serve): vmcp reads GET /api/v1beta/workloads?group=GROUP from it."},"pollInterval":{"$ref":"#/$defs/Duration","description":"How often vmcp asks again; at least 100ms. Default: 10s."}}};
const pattern16 = new RegExp("^https?://[^/?#]+/?$", "u");

function validate156(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate156.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "toolhiveApi") || (key0 === "pollInterval"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.toolhiveApi !== undefined){
let data0 = data.toolhiveApi;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(key1 === "url")){
const err1 = {instancePath:instancePath+"/toolhiveApi",schemaPath:"#/properties/toolhiveApi/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.url !== undefined){
let data1 = data0.url;
if(typeof data1 === "string"){
if(!pattern16.test(data1)){
const err2 = {instancePath:instancePath+"/toolhiveApi/url",schemaPath:"#/properties/toolhiveApi/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^/?#]+/?$"},message:"must match pattern \""+"^https?://[^/?#]+/?$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/toolhiveApi/url",schemaPath:"#/properties/toolhiveApi/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/toolhiveApi",schemaPath:"#/properties/toolhiveApi/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.pollInterval !== undefined){
if(!(validate98(data.pollInterval, {instancePath:instancePath+"/pollInterval",parentData:data,parentDataProperty:"pollInterval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate156.errors = vErrors;
return errors === 0;
}
validate156.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://vmcp.dev/schema/vmcp-config.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.incomingAuth === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incomingAuth"},message:"must have required property '"+"incomingAuth"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema19.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.groupRef !== undefined){
let data1 = data.groupRef;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/groupRef",schemaPath:"#/properties/groupRef/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/groupRef",schemaPath:"#/properties/groupRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err7 = {instancePath:instancePath+"/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.backends !== undefined){
let data4 = data.backends;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate53(data4[i0], {instancePath:instancePath+"/backends/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.incomingAuth !== undefined){
if(!(validate64(data.incomingAuth, {instancePath:instancePath+"/incomingAuth",parentData:data,parentDataProperty:"incomingAuth",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.outgoingAuth !== undefined){
if(!(validate73(data.outgoingAuth, {instancePath:instancePath+"/outgoingAuth",parentData:data,parentDataProperty:"outgoingAuth",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.aggregation !== undefined){
if(!(validate87(data.aggregation, {instancePath:instancePath+"/aggregation",parentData:data,parentDataProperty:"aggregation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
if(data.operational !== undefined){
if(!(validate97(data.operational, {instancePath:instancePath+"/operational",parentData:data,parentDataProperty:"operational",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data.telemetry !== undefined){
if(!(validate106(data.telemetry, {instancePath:instancePath+"/telemetry",parentData:data,parentDataProperty:"telemetry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
}
if(data.authServer !== undefined){
if(!(validate108(data.authServer, {instancePath:instancePath+"/authServer",parentData:data,parentDataProperty:"authServer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
if(data.http !== undefined){
if(!(validate148(data.http, {instancePath:instancePath+"/http",parentData:data,parentDataProperty:"http",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
errors = vErrors.length;
}
}
if(data.discovery !== undefined){
if(!(validate156(data.discovery, {instancePath:instancePath+"/discovery",parentData:data,parentDataProperty:"discovery",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
errors = vErrors.length;
}
}
if(data.compositeTools !== undefined){
if(true){
const err10 = {instancePath:instancePath+"/compositeTools",schemaPath:"#/properties/compositeTools/notSupported",keyword:"notSupported",params:{"what": "composite tools (compositeTools)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.compositeToolRefs !== undefined){
if(true){
const err11 = {instancePath:instancePath+"/compositeToolRefs",schemaPath:"#/properties/compositeToolRefs/notSupported",keyword:"notSupported",params:{"what": "composite tool references (compositeToolRefs)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.optimizer !== undefined){
if(true){
const err12 = {instancePath:instancePath+"/optimizer",schemaPath:"#/properties/optimizer/notSupported",keyword:"notSupported",params:{"what": "the tool optimizer (optimizer)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.codeMode !== undefined){
if(true){
const err13 = {instancePath:instancePath+"/codeMode",schemaPath:"#/properties/codeMode/notSupported",keyword:"notSupported",params:{"what": "code mode (codeMode)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.sessionStorage !== undefined){
if(true){
const err14 = {instancePath:instancePath+"/sessionStorage",schemaPath:"#/properties/sessionStorage/notSupported",keyword:"notSupported",params:{"what": "external session storage (sessionStorage)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.rateLimiting !== undefined){
if(true){
const err15 = {instancePath:instancePath+"/rateLimiting",schemaPath:"#/properties/rateLimiting/notSupported",keyword:"notSupported",params:{"what": "rate limiting (rateLimiting)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.audit !== undefined){
if(true){
const err16 = {instancePath:instancePath+"/audit",schemaPath:"#/properties/audit/notSupported",keyword:"notSupported",params:{"what": "audit logging (audit)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.passthroughHeaders !== undefined){
if(true){
const err17 = {instancePath:instancePath+"/passthroughHeaders",schemaPath:"#/properties/passthroughHeaders/notSupported",keyword:"notSupported",params:{"what": "header passthrough (passthroughHeaders)"},message:"fails notSupported"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

