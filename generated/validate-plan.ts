// @ts-nocheck
/* Generated from schema/ by scripts/generate.mjs: do not edit. */

export const validate = validate52;
export default validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://vmcp.dev/schema/plan.json","title":"Plan","description":"What the compiler hands the runtime: immutable, canonical, and free of secret values (secrets appear only as references).","type":"object","additionalProperties":false,"required":["planVersion","mode","name","groupRef","routes","incomingAuth","backends","aggregation","operational","telemetry"],"properties":{"planVersion":{"const":1},"mode":{"enum":["A","B"]},"name":{"type":"string"},"groupRef":{"type":["string","null"]},"routes":{"type":"array","items":{"$ref":"#/$defs/Route"}},"incomingAuth":{"$ref":"#/$defs/IncomingAuthPlan"},"backends":{"type":"array","items":{"$ref":"#/$defs/BackendPlan"}},"aggregation":{"$ref":"#/$defs/AggregationPlan"},"operational":{"$ref":"#/$defs/OperationalPlan"},"telemetry":{"$ref":"#/$defs/TelemetryPlan"},"authServer":{"$ref":"#/$defs/AuthServerPlan","description":"Present in Mode B plans only."},"http":{"$ref":"#/$defs/HttpPlan","description":"Present only when the config has an http section; the runtime applies the defaults (docs/security.md)."},"discovery":{"$ref":"#/$defs/DiscoveryPlan","description":"Present only when the backends are discovered at run time (groupRef without backends); backends then holds what was found last."}},"$defs":{"SecretRef":{"title":"SecretRef","description":"Where the runtime reads a secret at start: an environment variable, a file, or a value written inline in a config file (read again from that file, so the plan never holds it).","oneOf":[{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["configFile","pointer"],"properties":{"configFile":{"type":"string"},"pointer":{"type":"string","description":"RFC 6901 JSON pointer into the config document."}}}]},"Route":{"title":"Route","type":"object","additionalProperties":false,"required":["path","match","auth","handler"],"properties":{"path":{"type":"string"},"match":{"enum":["exact","prefix"],"description":"prefix: the path itself or anything below it (path + '/...')."},"auth":{"enum":["none","required"]},"handler":{"$ref":"#/$defs/HandlerName"}}},"HandlerName":{"title":"HandlerName","enum":["health","readyz","status","backends_health","metrics","protected_resource_metadata","mcp","as_openid_configuration","as_authorization_server_metadata","as_jwks","as_oauth"]},"IncomingAuthPlan":{"title":"IncomingAuthPlan","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["anonymous","local","oidc"]},"oidc":{"$ref":"#/$defs/IncomingOidcPlan"}}},"IncomingOidcPlan":{"title":"IncomingOidcPlan","type":"object","additionalProperties":false,"required":["issuer","audience","resource","scopes","jwksUrl","clientId","clientSecret","allowPrivateIp","insecureAllowHttp","caBundlePath"],"properties":{"issuer":{"type":"string"},"audience":{"type":"string"},"resource":{"type":["string","null"]},"scopes":{"type":"array","items":{"type":"string"}},"jwksUrl":{"type":["string","null"]},"clientId":{"type":["string","null"]},"clientSecret":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"allowPrivateIp":{"type":"boolean","description":"jwksAllowPrivateIp OR protectedResourceAllowPrivateIp."},"insecureAllowHttp":{"type":"boolean"},"caBundlePath":{"type":["string","null"]},"requiredTokenType":{"type":"string","description":"Present only when configured: the JWT typ every token must carry."}}},"BackendPlan":{"title":"BackendPlan","type":"object","additionalProperties":false,"required":["name","transport","timeoutMs","outgoingAuth","metadata"],"description":"url for the network transports, stdio for transport stdio: exactly the one the transport needs.","if":{"properties":{"transport":{"const":"stdio"}}},"then":{"required":["stdio"],"properties":{"stdio":true,"url":false}},"else":{"required":["url"],"properties":{"url":true,"stdio":false}},"properties":{"name":{"type":"string"},"url":{"type":"string"},"transport":{"enum":["streamable-http","sse","stdio"]},"stdio":{"$ref":"#/$defs/StdioLaunchPlan"},"timeoutMs":{"type":"integer"},"outgoingAuth":{"$ref":"#/$defs/OutgoingStrategyPlan"},"metadata":{"type":"object","additionalProperties":{"type":"string"}}}},"StdioLaunchPlan":{"title":"StdioLaunchPlan","description":"How vmcp starts a stdio backend: the program, its arguments, the variables set for it (values only by reference), its working directory (null: vmcp's).","type":"object","additionalProperties":false,"required":["command","args","env","cwd"],"properties":{"command":{"type":"string"},"args":{"type":"array","items":{"type":"string"}},"env":{"type":"object","additionalProperties":{"$ref":"#/$defs/SecretRef"}},"cwd":{"type":["string","null"]}}},"DiscoveryPlan":{"title":"DiscoveryPlan","description":"How the runtime finds the group's backends, and what it needs to turn each workload into a BackendPlan as the compiler would a listed backend: the outgoing strategies and timeouts by workload name.","type":"object","additionalProperties":false,"required":["source","toolhiveApiUrl","pollIntervalMs","defaultAuth","backendAuth","defaultTimeoutMs","timeoutMs"],"properties":{"source":{"const":"toolhive_api"},"toolhiveApiUrl":{"type":"string","description":"Base URL of ToolHive's local API, without a trailing slash."},"pollIntervalMs":{"type":"integer","minimum":100},"defaultAuth":{"$ref":"#/$defs/OutgoingStrategyPlan","description":"outgoingAuth.default, else unauthenticated."},"backendAuth":{"type":"object","additionalProperties":{"$ref":"#/$defs/OutgoingStrategyPlan"},"description":"outgoingAuth.backends, by workload name."},"defaultTimeoutMs":{"type":"integer"},"timeoutMs":{"type":"object","additionalProperties":{"type":"integer"},"description":"operational.timeouts.perWorkload, by workload name."}}},"OutgoingStrategyPlan":{"title":"OutgoingStrategyPlan","oneOf":[{"title":"UnauthenticatedStrategyPlan","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"unauthenticated"}}},{"title":"HeaderInjectionStrategyPlan","type":"object","additionalProperties":false,"required":["type","headerName","headerValue"],"properties":{"type":{"const":"header_injection"},"headerName":{"type":"string"},"headerValue":{"$ref":"#/$defs/SecretRef"}}},{"title":"TokenExchangeStrategyPlan","type":"object","additionalProperties":false,"required":["type","tokenUrl","clientId","clientSecret","audience","scopes","subjectTokenType","subjectProviderName"],"properties":{"type":{"const":"token_exchange"},"tokenUrl":{"type":"string"},"clientId":{"type":["string","null"]},"clientSecret":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"audience":{"type":["string","null"]},"scopes":{"type":"array","items":{"type":"string"}},"subjectTokenType":{"type":"string"},"subjectProviderName":{"type":["string","null"],"description":"Mode B: whose upstream token is the subject token; null in Mode A (the incoming token is)."}}},{"title":"UpstreamInjectStrategyPlan","type":"object","additionalProperties":false,"required":["type","providerName"],"properties":{"type":{"const":"upstream_inject"},"providerName":{"type":"string"}}}]},"AggregationPlan":{"title":"AggregationPlan","type":"object","additionalProperties":false,"required":["conflictResolution","prefixFormat","priorityOrder","tools","excludeAllTools","defaultToolVisibility"],"properties":{"conflictResolution":{"enum":["prefix","priority","manual"]},"prefixFormat":{"type":["string","null"],"description":"The backend prefix: of every tool name under prefix, and of prompt names under every strategy (except backends listed in priorityOrder under priority). null: {workload}_."},"priorityOrder":{"type":"array","items":{"type":"string"}},"tools":{"type":"array","items":{"$ref":"#/$defs/WorkloadToolsPlan"}},"excludeAllTools":{"type":"boolean"},"defaultToolVisibility":{"enum":["allow","deny"]}}},"WorkloadToolsPlan":{"title":"WorkloadToolsPlan","type":"object","additionalProperties":false,"required":["workload","filter","overrides","excludeAll"],"properties":{"workload":{"type":"string"},"filter":{"type":["array","null"],"items":{"type":"string"},"description":"null: no filter (every tool passes)."},"overrides":{"type":"object","additionalProperties":{"$ref":"#/$defs/ToolOverridePlan"}},"excludeAll":{"type":"boolean"}}},"ToolOverridePlan":{"title":"ToolOverridePlan","type":"object","additionalProperties":false,"required":["name","description","annotations"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"annotations":{"oneOf":[{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"readOnlyHint":{"type":"boolean"},"destructiveHint":{"type":"boolean"},"idempotentHint":{"type":"boolean"},"openWorldHint":{"type":"boolean"}}},{"type":"null"}]}}},"OperationalPlan":{"title":"OperationalPlan","type":"object","additionalProperties":false,"required":["logLevel","defaultTimeoutMs","failureHandling"],"properties":{"logLevel":{"enum":["debug","info","warn","error"]},"defaultTimeoutMs":{"type":"integer"},"failureHandling":{"title":"FailureHandlingPlan","type":"object","additionalProperties":false,"required":["healthCheckIntervalMs","unhealthyThreshold","healthCheckTimeoutMs","statusReportingIntervalMs","partialFailureMode","circuitBreaker"],"properties":{"healthCheckIntervalMs":{"type":"integer"},"unhealthyThreshold":{"type":"integer"},"healthCheckTimeoutMs":{"type":"integer","description":"0: no timeout of its own (the compiler writes ToolHive's 10 s for an unset or zero healthCheckTimeout)."},"statusReportingIntervalMs":{"type":"integer"},"partialFailureMode":{"enum":["fail","best_effort"]},"circuitBreaker":{"title":"CircuitBreakerPlan","type":"object","additionalProperties":false,"required":["enabled","failureThreshold","timeoutMs"],"properties":{"enabled":{"type":"boolean"},"failureThreshold":{"type":"integer"},"timeoutMs":{"type":"integer"}}}}}}},"HttpPlan":{"title":"HttpPlan","type":"object","additionalProperties":false,"description":"Only the keys the config sets.","properties":{"allowedHosts":{"type":"array","items":{"type":"string"}},"allowedOrigins":{"type":"array","items":{"type":"string"}},"trustedProxies":{"type":"array","items":{"type":"string"}},"rateLimits":{"type":"object","additionalProperties":false,"properties":{"authorize":{"$ref":"#/$defs/RateLimitPlan"},"consent":{"$ref":"#/$defs/RateLimitPlan"},"register":{"$ref":"#/$defs/RateLimitPlan"},"token":{"$ref":"#/$defs/RateLimitPlan"}}},"maxSessions":{"type":"integer","minimum":1},"maxSessionsPerCaller":{"type":"integer","minimum":1},"sessionIdleTimeoutMs":{"type":"integer","minimum":1}}},"RateLimitPlan":{"title":"RateLimitPlan","type":"object","additionalProperties":false,"required":["perMinute","burst"],"properties":{"perMinute":{"type":"integer","minimum":1},"burst":{"type":"integer","minimum":1}}},"TelemetryPlan":{"title":"TelemetryPlan","type":"object","additionalProperties":false,"required":["prometheusMetricsPath","serviceName"],"properties":{"prometheusMetricsPath":{"type":"boolean"},"serviceName":{"type":"string"}}},"AuthServerPlan":{"title":"AuthServerPlan","type":"object","additionalProperties":false,"required":["issuer","authorizationEndpointBaseUrl","upstreams","allowedAudiences","scopesSupported","storage","signingKeys","hmacSecrets","tokenLifespans","insecureAllowHttp"],"properties":{"issuer":{"type":"string"},"authorizationEndpointBaseUrl":{"type":"string"},"upstreams":{"type":"array","items":{"$ref":"#/$defs/UpstreamPlan"}},"allowedAudiences":{"type":"array","items":{"type":"string"}},"scopesSupported":{"type":"array","items":{"type":"string"}},"storage":{"$ref":"#/$defs/StoragePlan"},"signingKeys":{"type":"array","items":{"$ref":"#/$defs/SecretRef"},"description":"The first signs; the rest only verify. Empty: an ephemeral key (development only)."},"hmacSecrets":{"type":"array","items":{"$ref":"#/$defs/SecretRef"},"description":"The first is current; the rest only verify. Empty: an ephemeral secret (development only)."},"tokenLifespans":{"title":"TokenLifespansPlan","type":"object","additionalProperties":false,"required":["accessTokenSeconds","refreshTokenSeconds","authCodeSeconds"],"properties":{"accessTokenSeconds":{"type":"integer"},"refreshTokenSeconds":{"type":"integer"},"authCodeSeconds":{"type":"integer"}}},"insecureAllowHttp":{"type":"boolean"}}},"UpstreamPlan":{"title":"UpstreamPlan","type":"object","additionalProperties":false,"required":["name","type","clientId","clientSecret","redirectUri","scopes","additionalAuthorizationParams","allowPrivateIp","insecureAllowHttp"],"properties":{"name":{"type":"string"},"type":{"enum":["oidc","oauth2"]},"issuerUrl":{"type":"string","description":"oidc upstreams."},"subjectClaim":{"type":"string","description":"oidc upstreams."},"authorizationEndpoint":{"type":"string","description":"oauth2 upstreams."},"tokenEndpoint":{"type":"string","description":"oauth2 upstreams."},"userinfo":{"description":"oauth2 upstreams: where identity comes from when not from the token response.","oneOf":[{"type":"object","additionalProperties":false,"required":["endpointUrl","httpMethod","additionalHeaders","subjectFields","nameFields","emailFields"],"properties":{"endpointUrl":{"type":"string"},"httpMethod":{"enum":["GET","POST"]},"additionalHeaders":{"type":"object","additionalProperties":{"type":"string"}},"subjectFields":{"type":"array","items":{"type":"string"}},"nameFields":{"type":"array","items":{"type":"string"}},"emailFields":{"type":"array","items":{"type":"string"}}}},{"type":"null"}]},"identityFromToken":{"oneOf":[{"type":"object","additionalProperties":false,"required":["subjectPath","namePath","emailPath"],"properties":{"subjectPath":{"type":"string"},"namePath":{"type":["string","null"]},"emailPath":{"type":["string","null"]}}},{"type":"null"}]},"clientId":{"type":"string"},"clientSecret":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"redirectUri":{"type":"string"},"scopes":{"type":"array","items":{"type":"string"}},"additionalAuthorizationParams":{"type":"object","additionalProperties":{"type":"string"}},"allowPrivateIp":{"type":"boolean"},"insecureAllowHttp":{"type":"boolean"}}},"StoragePlan":{"title":"StoragePlan","oneOf":[{"title":"MemoryStoragePlan","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"memory"}}},{"title":"RedisStoragePlan","type":"object","additionalProperties":false,"required":["type","addr","sentinel","db","username","password","keyPrefix","dialTimeoutMs","readTimeoutMs","writeTimeoutMs","tls","sentinelTls"],"properties":{"type":{"const":"redis"},"addr":{"type":["string","null"]},"sentinel":{"oneOf":[{"type":"object","additionalProperties":false,"required":["masterName","addrs"],"properties":{"masterName":{"type":"string"},"addrs":{"type":"array","items":{"type":"string"}}}},{"type":"null"}]},"db":{"type":"integer"},"username":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"password":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"keyPrefix":{"type":"string"},"dialTimeoutMs":{"type":"integer"},"readTimeoutMs":{"type":"integer"},"writeTimeoutMs":{"type":"integer"},"tls":{"$ref":"#/$defs/RedisTlsPlan"},"sentinelTls":{"$ref":"#/$defs/RedisTlsPlan"}}}]},"RedisTlsPlan":{"title":"RedisTlsPlan","oneOf":[{"type":"object","additionalProperties":false,"required":["insecureSkipVerify","caCertFile"],"properties":{"insecureSkipVerify":{"type":"boolean"},"caCertFile":{"type":["string","null"]}}},{"type":"null"}]}}};
const func1 = Object.prototype.hasOwnProperty;
const schema20 = {"title":"Route","type":"object","additionalProperties":false,"required":["path","match","auth","handler"],"properties":{"path":{"type":"string"},"match":{"enum":["exact","prefix"],"description":"prefix: the path itself or anything below it (path + '/...')."},"auth":{"enum":["none","required"]},"handler":{"$ref":"#/$defs/HandlerName"}}};
const schema21 = {"title":"HandlerName","enum":["health","readyz","status","backends_health","metrics","protected_resource_metadata","mcp","as_openid_configuration","as_authorization_server_metadata","as_jwks","as_oauth"]};

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
if(!(((((((((((data === "health") || (data === "readyz")) || (data === "status")) || (data === "backends_health")) || (data === "metrics")) || (data === "protected_resource_metadata")) || (data === "mcp")) || (data === "as_openid_configuration")) || (data === "as_authorization_server_metadata")) || (data === "as_jwks")) || (data === "as_oauth"))){
const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"dynamicProps":false,"dynamicItems":false};


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
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.match === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.auth === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "auth"},message:"must have required property '"+"auth"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.handler === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handler"},message:"must have required property '"+"handler"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "path") || (key0 === "match")) || (key0 === "auth")) || (key0 === "handler"))){
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
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.match !== undefined){
let data1 = data.match;
if(!((data1 === "exact") || (data1 === "prefix"))){
const err6 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/enum",keyword:"enum",params:{allowedValues: schema20.properties.match.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.auth !== undefined){
let data2 = data.auth;
if(!((data2 === "none") || (data2 === "required"))){
const err7 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/enum",keyword:"enum",params:{allowedValues: schema20.properties.auth.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.handler !== undefined){
if(!(validate54(data.handler, {instancePath:instancePath+"/handler",parentData:data,parentDataProperty:"handler",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema22 = {"title":"IncomingAuthPlan","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["anonymous","local","oidc"]},"oidc":{"$ref":"#/$defs/IncomingOidcPlan"}}};
const schema23 = {"title":"IncomingOidcPlan","type":"object","additionalProperties":false,"required":["issuer","audience","resource","scopes","jwksUrl","clientId","clientSecret","allowPrivateIp","insecureAllowHttp","caBundlePath"],"properties":{"issuer":{"type":"string"},"audience":{"type":"string"},"resource":{"type":["string","null"]},"scopes":{"type":"array","items":{"type":"string"}},"jwksUrl":{"type":["string","null"]},"clientId":{"type":["string","null"]},"clientSecret":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"allowPrivateIp":{"type":"boolean","description":"jwksAllowPrivateIp OR protectedResourceAllowPrivateIp."},"insecureAllowHttp":{"type":"boolean"},"caBundlePath":{"type":["string","null"]},"requiredTokenType":{"type":"string","description":"Present only when configured: the JWT typ every token must carry."}}};
const schema24 = {"title":"SecretRef","description":"Where the runtime reads a secret at start: an environment variable, a file, or a value written inline in a config file (read again from that file, so the plan never holds it).","oneOf":[{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["configFile","pointer"],"properties":{"configFile":{"type":"string"},"pointer":{"type":"string","description":"RFC 6901 JSON pointer into the config document."}}}]};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.env === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "env")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.env !== undefined){
if(typeof data.env !== "string"){
const err2 = {instancePath:instancePath+"/env",schemaPath:"#/oneOf/0/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.file === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "file")){
const err5 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.file !== undefined){
if(typeof data.file !== "string"){
const err6 = {instancePath:instancePath+"/file",schemaPath:"#/oneOf/1/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err7 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.configFile === undefined){
const err8 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "configFile"},message:"must have required property '"+"configFile"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.pointer === undefined){
const err9 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "pointer"},message:"must have required property '"+"pointer"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key2 in data){
if(!((key2 === "configFile") || (key2 === "pointer"))){
const err10 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.configFile !== undefined){
if(typeof data.configFile !== "string"){
const err11 = {instancePath:instancePath+"/configFile",schemaPath:"#/oneOf/2/properties/configFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.pointer !== undefined){
if(typeof data.pointer !== "string"){
const err12 = {instancePath:instancePath+"/pointer",schemaPath:"#/oneOf/2/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err13 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid0){
const err14 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate59.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate59.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(data.resource === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.scopes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scopes"},message:"must have required property '"+"scopes"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.jwksUrl === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jwksUrl"},message:"must have required property '"+"jwksUrl"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.clientId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.clientSecret === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientSecret"},message:"must have required property '"+"clientSecret"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.allowPrivateIp === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "allowPrivateIp"},message:"must have required property '"+"allowPrivateIp"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.insecureAllowHttp === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "insecureAllowHttp"},message:"must have required property '"+"insecureAllowHttp"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.caBundlePath === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "caBundlePath"},message:"must have required property '"+"caBundlePath"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema23.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.issuer !== undefined){
if(typeof data.issuer !== "string"){
const err11 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.audience !== undefined){
if(typeof data.audience !== "string"){
const err12 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.resource !== undefined){
let data2 = data.resource;
if((typeof data2 !== "string") && (data2 !== null)){
const err13 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: schema23.properties.resource.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.scopes !== undefined){
let data3 = data.scopes;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err14 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.jwksUrl !== undefined){
let data5 = data.jwksUrl;
if((typeof data5 !== "string") && (data5 !== null)){
const err16 = {instancePath:instancePath+"/jwksUrl",schemaPath:"#/properties/jwksUrl/type",keyword:"type",params:{type: schema23.properties.jwksUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.clientId !== undefined){
let data6 = data.clientId;
if((typeof data6 !== "string") && (data6 !== null)){
const err17 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: schema23.properties.clientId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data7 = data.clientSecret;
const _errs17 = errors;
let valid3 = false;
let passing0 = null;
const _errs18 = errors;
if(!(validate59(data7, {instancePath:instancePath+"/clientSecret",parentData:data,parentDataProperty:"clientSecret",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid0 = _errs18 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs19 = errors;
if(data7 !== null){
const err18 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err19 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.allowPrivateIp !== undefined){
if(typeof data.allowPrivateIp !== "boolean"){
const err20 = {instancePath:instancePath+"/allowPrivateIp",schemaPath:"#/properties/allowPrivateIp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.insecureAllowHttp !== undefined){
if(typeof data.insecureAllowHttp !== "boolean"){
const err21 = {instancePath:instancePath+"/insecureAllowHttp",schemaPath:"#/properties/insecureAllowHttp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.caBundlePath !== undefined){
let data10 = data.caBundlePath;
if((typeof data10 !== "string") && (data10 !== null)){
const err22 = {instancePath:instancePath+"/caBundlePath",schemaPath:"#/properties/caBundlePath/type",keyword:"type",params:{type: schema23.properties.caBundlePath.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.requiredTokenType !== undefined){
if(typeof data.requiredTokenType !== "string"){
const err23 = {instancePath:instancePath+"/requiredTokenType",schemaPath:"#/properties/requiredTokenType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "oidc"))){
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
if(data.type !== undefined){
let data0 = data.type;
if(!(((data0 === "anonymous") || (data0 === "local")) || (data0 === "oidc"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema22.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.oidc !== undefined){
if(!(validate58(data.oidc, {instancePath:instancePath+"/oidc",parentData:data,parentDataProperty:"oidc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
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
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema25 = {"title":"BackendPlan","type":"object","additionalProperties":false,"required":["name","transport","timeoutMs","outgoingAuth","metadata"],"description":"url for the network transports, stdio for transport stdio: exactly the one the transport needs.","if":{"properties":{"transport":{"const":"stdio"}}},"then":{"required":["stdio"],"properties":{"stdio":true,"url":false}},"else":{"required":["url"],"properties":{"url":true,"stdio":false}},"properties":{"name":{"type":"string"},"url":{"type":"string"},"transport":{"enum":["streamable-http","sse","stdio"]},"stdio":{"$ref":"#/$defs/StdioLaunchPlan"},"timeoutMs":{"type":"integer"},"outgoingAuth":{"$ref":"#/$defs/OutgoingStrategyPlan"},"metadata":{"type":"object","additionalProperties":{"type":"string"}}}};
const schema26 = {"title":"StdioLaunchPlan","description":"How vmcp starts a stdio backend: the program, its arguments, the variables set for it (values only by reference), its working directory (null: vmcp's).","type":"object","additionalProperties":false,"required":["command","args","env","cwd"],"properties":{"command":{"type":"string"},"args":{"type":"array","items":{"type":"string"}},"env":{"type":"object","additionalProperties":{"$ref":"#/$defs/SecretRef"}},"cwd":{"type":["string","null"]}}};

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
if(data.command === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.args === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "args"},message:"must have required property '"+"args"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.env === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.cwd === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cwd"},message:"must have required property '"+"cwd"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "command") || (key0 === "args")) || (key0 === "env")) || (key0 === "cwd"))){
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
if(data.command !== undefined){
if(typeof data.command !== "string"){
const err5 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.args !== undefined){
let data1 = data.args;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err6 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err7 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.env !== undefined){
let data3 = data.env;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(validate59(data3[key1], {instancePath:instancePath+"/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.cwd !== undefined){
let data5 = data.cwd;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: schema26.properties.cwd.type},message:"must be string,null"};
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
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema27 = {"title":"OutgoingStrategyPlan","oneOf":[{"title":"UnauthenticatedStrategyPlan","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"unauthenticated"}}},{"title":"HeaderInjectionStrategyPlan","type":"object","additionalProperties":false,"required":["type","headerName","headerValue"],"properties":{"type":{"const":"header_injection"},"headerName":{"type":"string"},"headerValue":{"$ref":"#/$defs/SecretRef"}}},{"title":"TokenExchangeStrategyPlan","type":"object","additionalProperties":false,"required":["type","tokenUrl","clientId","clientSecret","audience","scopes","subjectTokenType","subjectProviderName"],"properties":{"type":{"const":"token_exchange"},"tokenUrl":{"type":"string"},"clientId":{"type":["string","null"]},"clientSecret":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"audience":{"type":["string","null"]},"scopes":{"type":"array","items":{"type":"string"}},"subjectTokenType":{"type":"string"},"subjectProviderName":{"type":["string","null"],"description":"Mode B: whose upstream token is the subject token; null in Mode A (the incoming token is)."}}},{"title":"UpstreamInjectStrategyPlan","type":"object","additionalProperties":false,"required":["type","providerName"],"properties":{"type":{"const":"upstream_inject"},"providerName":{"type":"string"}}}]};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "type")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
if("unauthenticated" !== data.type){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "unauthenticated"},message:"must be equal to constant"};
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
const err3 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.headerName === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "headerName"},message:"must have required property '"+"headerName"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.headerValue === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "headerValue"},message:"must have required property '"+"headerValue"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data){
if(!(((key1 === "type") || (key1 === "headerName")) || (key1 === "headerValue"))){
const err7 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
if("header_injection" !== data.type){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "header_injection"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.headerName !== undefined){
if(typeof data.headerName !== "string"){
const err9 = {instancePath:instancePath+"/headerName",schemaPath:"#/oneOf/1/properties/headerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.headerValue !== undefined){
if(!(validate59(data.headerValue, {instancePath:instancePath+"/headerValue",parentData:data,parentDataProperty:"headerValue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err11 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.tokenUrl === undefined){
const err12 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.clientId === undefined){
const err13 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.clientSecret === undefined){
const err14 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "clientSecret"},message:"must have required property '"+"clientSecret"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.audience === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.scopes === undefined){
const err16 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "scopes"},message:"must have required property '"+"scopes"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.subjectTokenType === undefined){
const err17 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "subjectTokenType"},message:"must have required property '"+"subjectTokenType"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.subjectProviderName === undefined){
const err18 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "subjectProviderName"},message:"must have required property '"+"subjectProviderName"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data){
if(!((((((((key2 === "type") || (key2 === "tokenUrl")) || (key2 === "clientId")) || (key2 === "clientSecret")) || (key2 === "audience")) || (key2 === "scopes")) || (key2 === "subjectTokenType")) || (key2 === "subjectProviderName"))){
const err19 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.type !== undefined){
if("token_exchange" !== data.type){
const err20 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "token_exchange"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
if(typeof data.tokenUrl !== "string"){
const err21 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/oneOf/2/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.clientId !== undefined){
let data6 = data.clientId;
if((typeof data6 !== "string") && (data6 !== null)){
const err22 = {instancePath:instancePath+"/clientId",schemaPath:"#/oneOf/2/properties/clientId/type",keyword:"type",params:{type: schema27.oneOf[2].properties.clientId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data7 = data.clientSecret;
const _errs21 = errors;
let valid4 = false;
let passing1 = null;
const _errs22 = errors;
if(!(validate59(data7, {instancePath:instancePath+"/clientSecret",parentData:data,parentDataProperty:"clientSecret",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid1 = _errs22 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs23 = errors;
if(data7 !== null){
const err23 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/oneOf/2/properties/clientSecret/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs23 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err24 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/oneOf/2/properties/clientSecret/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.audience !== undefined){
let data8 = data.audience;
if((typeof data8 !== "string") && (data8 !== null)){
const err25 = {instancePath:instancePath+"/audience",schemaPath:"#/oneOf/2/properties/audience/type",keyword:"type",params:{type: schema27.oneOf[2].properties.audience.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.scopes !== undefined){
let data9 = data.scopes;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(typeof data9[i0] !== "string"){
const err26 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/oneOf/2/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/scopes",schemaPath:"#/oneOf/2/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.subjectTokenType !== undefined){
if(typeof data.subjectTokenType !== "string"){
const err28 = {instancePath:instancePath+"/subjectTokenType",schemaPath:"#/oneOf/2/properties/subjectTokenType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.subjectProviderName !== undefined){
let data12 = data.subjectProviderName;
if((typeof data12 !== "string") && (data12 !== null)){
const err29 = {instancePath:instancePath+"/subjectProviderName",schemaPath:"#/oneOf/2/properties/subjectProviderName/type",keyword:"type",params:{type: schema27.oneOf[2].properties.subjectProviderName.type},message:"must be string,null"};
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
const err30 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err31 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.providerName === undefined){
const err32 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "providerName"},message:"must have required property '"+"providerName"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key3 in data){
if(!((key3 === "type") || (key3 === "providerName"))){
const err33 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.type !== undefined){
if("upstream_inject" !== data.type){
const err34 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "upstream_inject"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.providerName !== undefined){
if(typeof data.providerName !== "string"){
const err35 = {instancePath:instancePath+"/providerName",schemaPath:"#/oneOf/3/properties/providerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid0 = _errs35 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
}
}
}
if(!valid0){
const err37 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate67.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate67.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transport !== undefined){
if("stdio" !== data.transport){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stdio === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "stdio"},message:"must have required property '"+"stdio"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.url !== undefined){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/then/properties/url/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.stdio = true;
props0.url = true;
props0.transport = true;
}
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err3 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stdio !== undefined){
const err4 = {instancePath:instancePath+"/stdio",schemaPath:"#/else/properties/stdio/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.url = true;
props0.stdio = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.transport === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transport"},message:"must have required property '"+"transport"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.timeoutMs === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeoutMs"},message:"must have required property '"+"timeoutMs"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.outgoingAuth === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outgoingAuth"},message:"must have required property '"+"outgoingAuth"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.metadata === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "url")) || (key0 === "transport")) || (key0 === "stdio")) || (key0 === "timeoutMs")) || (key0 === "outgoingAuth")) || (key0 === "metadata"))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.transport !== undefined){
let data5 = data.transport;
if(!(((data5 === "streamable-http") || (data5 === "sse")) || (data5 === "stdio"))){
const err14 = {instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/enum",keyword:"enum",params:{allowedValues: schema25.properties.transport.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.stdio !== undefined){
if(!(validate64(data.stdio, {instancePath:instancePath+"/stdio",parentData:data,parentDataProperty:"stdio",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.timeoutMs !== undefined){
let data7 = data.timeoutMs;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.outgoingAuth !== undefined){
if(!(validate67(data.outgoingAuth, {instancePath:instancePath+"/outgoingAuth",parentData:data,parentDataProperty:"outgoingAuth",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
let data9 = data.metadata;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(typeof data9[key1] !== "string"){
const err16 = {instancePath:instancePath+"/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err17 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema28 = {"title":"AggregationPlan","type":"object","additionalProperties":false,"required":["conflictResolution","prefixFormat","priorityOrder","tools","excludeAllTools","defaultToolVisibility"],"properties":{"conflictResolution":{"enum":["prefix","priority","manual"]},"prefixFormat":{"type":["string","null"],"description":"The backend prefix: of every tool name under prefix, and of prompt names under every strategy (except backends listed in priorityOrder under priority). null: {workload}_."},"priorityOrder":{"type":"array","items":{"type":"string"}},"tools":{"type":"array","items":{"$ref":"#/$defs/WorkloadToolsPlan"}},"excludeAllTools":{"type":"boolean"},"defaultToolVisibility":{"enum":["allow","deny"]}}};
const schema29 = {"title":"WorkloadToolsPlan","type":"object","additionalProperties":false,"required":["workload","filter","overrides","excludeAll"],"properties":{"workload":{"type":"string"},"filter":{"type":["array","null"],"items":{"type":"string"},"description":"null: no filter (every tool passes)."},"overrides":{"type":"object","additionalProperties":{"$ref":"#/$defs/ToolOverridePlan"}},"excludeAll":{"type":"boolean"}}};
const schema30 = {"title":"ToolOverridePlan","type":"object","additionalProperties":false,"required":["name","description","annotations"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"annotations":{"oneOf":[{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"readOnlyHint":{"type":"boolean"},"destructiveHint":{"type":"boolean"},"idempotentHint":{"type":"boolean"},"openWorldHint":{"type":"boolean"}}},{"type":"null"}]}}};

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
if(data.description === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.annotations === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "annotations"},message:"must have required property '"+"annotations"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "description")) || (key0 === "annotations"))){
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
if(data.name !== undefined){
let data0 = data.name;
if((typeof data0 !== "string") && (data0 !== null)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema30.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if((typeof data1 !== "string") && (data1 !== null)){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema30.properties.description.type},message:"must be string,null"};
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
let data2 = data.annotations;
const _errs7 = errors;
let valid1 = false;
let passing0 = null;
const _errs8 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(((((key1 === "title") || (key1 === "readOnlyHint")) || (key1 === "destructiveHint")) || (key1 === "idempotentHint")) || (key1 === "openWorldHint"))){
const err6 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.title !== undefined){
if(typeof data2.title !== "string"){
const err7 = {instancePath:instancePath+"/annotations/title",schemaPath:"#/properties/annotations/oneOf/0/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.readOnlyHint !== undefined){
if(typeof data2.readOnlyHint !== "boolean"){
const err8 = {instancePath:instancePath+"/annotations/readOnlyHint",schemaPath:"#/properties/annotations/oneOf/0/properties/readOnlyHint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.destructiveHint !== undefined){
if(typeof data2.destructiveHint !== "boolean"){
const err9 = {instancePath:instancePath+"/annotations/destructiveHint",schemaPath:"#/properties/annotations/oneOf/0/properties/destructiveHint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.idempotentHint !== undefined){
if(typeof data2.idempotentHint !== "boolean"){
const err10 = {instancePath:instancePath+"/annotations/idempotentHint",schemaPath:"#/properties/annotations/oneOf/0/properties/idempotentHint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.openWorldHint !== undefined){
if(typeof data2.openWorldHint !== "boolean"){
const err11 = {instancePath:instancePath+"/annotations/openWorldHint",schemaPath:"#/properties/annotations/oneOf/0/properties/openWorldHint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs21 = errors;
if(data2 !== null){
const err13 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err14 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
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
if(data.filter === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "filter"},message:"must have required property '"+"filter"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.overrides === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "overrides"},message:"must have required property '"+"overrides"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.excludeAll === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "excludeAll"},message:"must have required property '"+"excludeAll"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "workload") || (key0 === "filter")) || (key0 === "overrides")) || (key0 === "excludeAll"))){
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
if(data.workload !== undefined){
if(typeof data.workload !== "string"){
const err5 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.filter !== undefined){
let data1 = data.filter;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err6 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/type",keyword:"type",params:{type: schema29.properties.filter.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err7 = {instancePath:instancePath+"/filter/" + i0,schemaPath:"#/properties/filter/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
if(data.overrides !== undefined){
let data3 = data.overrides;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(validate74(data3[key1], {instancePath:instancePath+"/overrides/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
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
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.conflictResolution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conflictResolution"},message:"must have required property '"+"conflictResolution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.prefixFormat === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prefixFormat"},message:"must have required property '"+"prefixFormat"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.priorityOrder === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "priorityOrder"},message:"must have required property '"+"priorityOrder"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tools === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tools"},message:"must have required property '"+"tools"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.excludeAllTools === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "excludeAllTools"},message:"must have required property '"+"excludeAllTools"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.defaultToolVisibility === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultToolVisibility"},message:"must have required property '"+"defaultToolVisibility"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "conflictResolution") || (key0 === "prefixFormat")) || (key0 === "priorityOrder")) || (key0 === "tools")) || (key0 === "excludeAllTools")) || (key0 === "defaultToolVisibility"))){
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
if(data.conflictResolution !== undefined){
let data0 = data.conflictResolution;
if(!(((data0 === "prefix") || (data0 === "priority")) || (data0 === "manual"))){
const err7 = {instancePath:instancePath+"/conflictResolution",schemaPath:"#/properties/conflictResolution/enum",keyword:"enum",params:{allowedValues: schema28.properties.conflictResolution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.prefixFormat !== undefined){
let data1 = data.prefixFormat;
if((typeof data1 !== "string") && (data1 !== null)){
const err8 = {instancePath:instancePath+"/prefixFormat",schemaPath:"#/properties/prefixFormat/type",keyword:"type",params:{type: schema28.properties.prefixFormat.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.priorityOrder !== undefined){
let data2 = data.priorityOrder;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err9 = {instancePath:instancePath+"/priorityOrder/" + i0,schemaPath:"#/properties/priorityOrder/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err10 = {instancePath:instancePath+"/priorityOrder",schemaPath:"#/properties/priorityOrder/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tools !== undefined){
let data4 = data.tools;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate73(data4[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.excludeAllTools !== undefined){
if(typeof data.excludeAllTools !== "boolean"){
const err12 = {instancePath:instancePath+"/excludeAllTools",schemaPath:"#/properties/excludeAllTools/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.defaultToolVisibility !== undefined){
let data7 = data.defaultToolVisibility;
if(!((data7 === "allow") || (data7 === "deny"))){
const err13 = {instancePath:instancePath+"/defaultToolVisibility",schemaPath:"#/properties/defaultToolVisibility/enum",keyword:"enum",params:{allowedValues: schema28.properties.defaultToolVisibility.enum},message:"must be equal to one of the allowed values"};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema31 = {"title":"OperationalPlan","type":"object","additionalProperties":false,"required":["logLevel","defaultTimeoutMs","failureHandling"],"properties":{"logLevel":{"enum":["debug","info","warn","error"]},"defaultTimeoutMs":{"type":"integer"},"failureHandling":{"title":"FailureHandlingPlan","type":"object","additionalProperties":false,"required":["healthCheckIntervalMs","unhealthyThreshold","healthCheckTimeoutMs","statusReportingIntervalMs","partialFailureMode","circuitBreaker"],"properties":{"healthCheckIntervalMs":{"type":"integer"},"unhealthyThreshold":{"type":"integer"},"healthCheckTimeoutMs":{"type":"integer","description":"0: no timeout of its own (the compiler writes ToolHive's 10 s for an unset or zero healthCheckTimeout)."},"statusReportingIntervalMs":{"type":"integer"},"partialFailureMode":{"enum":["fail","best_effort"]},"circuitBreaker":{"title":"CircuitBreakerPlan","type":"object","additionalProperties":false,"required":["enabled","failureThreshold","timeoutMs"],"properties":{"enabled":{"type":"boolean"},"failureThreshold":{"type":"integer"},"timeoutMs":{"type":"integer"}}}}}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.logLevel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "logLevel"},message:"must have required property '"+"logLevel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.defaultTimeoutMs === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultTimeoutMs"},message:"must have required property '"+"defaultTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.failureHandling === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failureHandling"},message:"must have required property '"+"failureHandling"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "logLevel") || (key0 === "defaultTimeoutMs")) || (key0 === "failureHandling"))){
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
if(data.logLevel !== undefined){
let data0 = data.logLevel;
if(!((((data0 === "debug") || (data0 === "info")) || (data0 === "warn")) || (data0 === "error"))){
const err4 = {instancePath:instancePath+"/logLevel",schemaPath:"#/properties/logLevel/enum",keyword:"enum",params:{allowedValues: schema31.properties.logLevel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.defaultTimeoutMs !== undefined){
let data1 = data.defaultTimeoutMs;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/defaultTimeoutMs",schemaPath:"#/properties/defaultTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.failureHandling !== undefined){
let data2 = data.failureHandling;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.healthCheckIntervalMs === undefined){
const err6 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/required",keyword:"required",params:{missingProperty: "healthCheckIntervalMs"},message:"must have required property '"+"healthCheckIntervalMs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.unhealthyThreshold === undefined){
const err7 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/required",keyword:"required",params:{missingProperty: "unhealthyThreshold"},message:"must have required property '"+"unhealthyThreshold"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.healthCheckTimeoutMs === undefined){
const err8 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/required",keyword:"required",params:{missingProperty: "healthCheckTimeoutMs"},message:"must have required property '"+"healthCheckTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.statusReportingIntervalMs === undefined){
const err9 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/required",keyword:"required",params:{missingProperty: "statusReportingIntervalMs"},message:"must have required property '"+"statusReportingIntervalMs"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.partialFailureMode === undefined){
const err10 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/required",keyword:"required",params:{missingProperty: "partialFailureMode"},message:"must have required property '"+"partialFailureMode"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.circuitBreaker === undefined){
const err11 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/required",keyword:"required",params:{missingProperty: "circuitBreaker"},message:"must have required property '"+"circuitBreaker"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!((((((key1 === "healthCheckIntervalMs") || (key1 === "unhealthyThreshold")) || (key1 === "healthCheckTimeoutMs")) || (key1 === "statusReportingIntervalMs")) || (key1 === "partialFailureMode")) || (key1 === "circuitBreaker"))){
const err12 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.healthCheckIntervalMs !== undefined){
let data3 = data2.healthCheckIntervalMs;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/failureHandling/healthCheckIntervalMs",schemaPath:"#/properties/failureHandling/properties/healthCheckIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.unhealthyThreshold !== undefined){
let data4 = data2.unhealthyThreshold;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/failureHandling/unhealthyThreshold",schemaPath:"#/properties/failureHandling/properties/unhealthyThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.healthCheckTimeoutMs !== undefined){
let data5 = data2.healthCheckTimeoutMs;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/failureHandling/healthCheckTimeoutMs",schemaPath:"#/properties/failureHandling/properties/healthCheckTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.statusReportingIntervalMs !== undefined){
let data6 = data2.statusReportingIntervalMs;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/failureHandling/statusReportingIntervalMs",schemaPath:"#/properties/failureHandling/properties/statusReportingIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.partialFailureMode !== undefined){
let data7 = data2.partialFailureMode;
if(!((data7 === "fail") || (data7 === "best_effort"))){
const err17 = {instancePath:instancePath+"/failureHandling/partialFailureMode",schemaPath:"#/properties/failureHandling/properties/partialFailureMode/enum",keyword:"enum",params:{allowedValues: schema31.properties.failureHandling.properties.partialFailureMode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.circuitBreaker !== undefined){
let data8 = data2.circuitBreaker;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.enabled === undefined){
const err18 = {instancePath:instancePath+"/failureHandling/circuitBreaker",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8.failureThreshold === undefined){
const err19 = {instancePath:instancePath+"/failureHandling/circuitBreaker",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/required",keyword:"required",params:{missingProperty: "failureThreshold"},message:"must have required property '"+"failureThreshold"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8.timeoutMs === undefined){
const err20 = {instancePath:instancePath+"/failureHandling/circuitBreaker",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/required",keyword:"required",params:{missingProperty: "timeoutMs"},message:"must have required property '"+"timeoutMs"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "enabled") || (key2 === "failureThreshold")) || (key2 === "timeoutMs"))){
const err21 = {instancePath:instancePath+"/failureHandling/circuitBreaker",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.enabled !== undefined){
if(typeof data8.enabled !== "boolean"){
const err22 = {instancePath:instancePath+"/failureHandling/circuitBreaker/enabled",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.failureThreshold !== undefined){
let data10 = data8.failureThreshold;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err23 = {instancePath:instancePath+"/failureHandling/circuitBreaker/failureThreshold",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/properties/failureThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.timeoutMs !== undefined){
let data11 = data8.timeoutMs;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err24 = {instancePath:instancePath+"/failureHandling/circuitBreaker/timeoutMs",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err25 = {instancePath:instancePath+"/failureHandling/circuitBreaker",schemaPath:"#/properties/failureHandling/properties/circuitBreaker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/failureHandling",schemaPath:"#/properties/failureHandling/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema32 = {"title":"TelemetryPlan","type":"object","additionalProperties":false,"required":["prometheusMetricsPath","serviceName"],"properties":{"prometheusMetricsPath":{"type":"boolean"},"serviceName":{"type":"string"}}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.prometheusMetricsPath === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prometheusMetricsPath"},message:"must have required property '"+"prometheusMetricsPath"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.serviceName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceName"},message:"must have required property '"+"serviceName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "prometheusMetricsPath") || (key0 === "serviceName"))){
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
if(data.prometheusMetricsPath !== undefined){
if(typeof data.prometheusMetricsPath !== "boolean"){
const err3 = {instancePath:instancePath+"/prometheusMetricsPath",schemaPath:"#/properties/prometheusMetricsPath/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.serviceName !== undefined){
if(typeof data.serviceName !== "string"){
const err4 = {instancePath:instancePath+"/serviceName",schemaPath:"#/properties/serviceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema33 = {"title":"AuthServerPlan","type":"object","additionalProperties":false,"required":["issuer","authorizationEndpointBaseUrl","upstreams","allowedAudiences","scopesSupported","storage","signingKeys","hmacSecrets","tokenLifespans","insecureAllowHttp"],"properties":{"issuer":{"type":"string"},"authorizationEndpointBaseUrl":{"type":"string"},"upstreams":{"type":"array","items":{"$ref":"#/$defs/UpstreamPlan"}},"allowedAudiences":{"type":"array","items":{"type":"string"}},"scopesSupported":{"type":"array","items":{"type":"string"}},"storage":{"$ref":"#/$defs/StoragePlan"},"signingKeys":{"type":"array","items":{"$ref":"#/$defs/SecretRef"},"description":"The first signs; the rest only verify. Empty: an ephemeral key (development only)."},"hmacSecrets":{"type":"array","items":{"$ref":"#/$defs/SecretRef"},"description":"The first is current; the rest only verify. Empty: an ephemeral secret (development only)."},"tokenLifespans":{"title":"TokenLifespansPlan","type":"object","additionalProperties":false,"required":["accessTokenSeconds","refreshTokenSeconds","authCodeSeconds"],"properties":{"accessTokenSeconds":{"type":"integer"},"refreshTokenSeconds":{"type":"integer"},"authCodeSeconds":{"type":"integer"}}},"insecureAllowHttp":{"type":"boolean"}}};
const schema34 = {"title":"UpstreamPlan","type":"object","additionalProperties":false,"required":["name","type","clientId","clientSecret","redirectUri","scopes","additionalAuthorizationParams","allowPrivateIp","insecureAllowHttp"],"properties":{"name":{"type":"string"},"type":{"enum":["oidc","oauth2"]},"issuerUrl":{"type":"string","description":"oidc upstreams."},"subjectClaim":{"type":"string","description":"oidc upstreams."},"authorizationEndpoint":{"type":"string","description":"oauth2 upstreams."},"tokenEndpoint":{"type":"string","description":"oauth2 upstreams."},"userinfo":{"description":"oauth2 upstreams: where identity comes from when not from the token response.","oneOf":[{"type":"object","additionalProperties":false,"required":["endpointUrl","httpMethod","additionalHeaders","subjectFields","nameFields","emailFields"],"properties":{"endpointUrl":{"type":"string"},"httpMethod":{"enum":["GET","POST"]},"additionalHeaders":{"type":"object","additionalProperties":{"type":"string"}},"subjectFields":{"type":"array","items":{"type":"string"}},"nameFields":{"type":"array","items":{"type":"string"}},"emailFields":{"type":"array","items":{"type":"string"}}}},{"type":"null"}]},"identityFromToken":{"oneOf":[{"type":"object","additionalProperties":false,"required":["subjectPath","namePath","emailPath"],"properties":{"subjectPath":{"type":"string"},"namePath":{"type":["string","null"]},"emailPath":{"type":["string","null"]}}},{"type":"null"}]},"clientId":{"type":"string"},"clientSecret":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"redirectUri":{"type":"string"},"scopes":{"type":"array","items":{"type":"string"}},"additionalAuthorizationParams":{"type":"object","additionalProperties":{"type":"string"}},"allowPrivateIp":{"type":"boolean"},"insecureAllowHttp":{"type":"boolean"}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
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
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.clientId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.clientSecret === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientSecret"},message:"must have required property '"+"clientSecret"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.redirectUri === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "redirectUri"},message:"must have required property '"+"redirectUri"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.scopes === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scopes"},message:"must have required property '"+"scopes"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.additionalAuthorizationParams === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "additionalAuthorizationParams"},message:"must have required property '"+"additionalAuthorizationParams"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.allowPrivateIp === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "allowPrivateIp"},message:"must have required property '"+"allowPrivateIp"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.insecureAllowHttp === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "insecureAllowHttp"},message:"must have required property '"+"insecureAllowHttp"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema34.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((data1 === "oidc") || (data1 === "oauth2"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema34.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.issuerUrl !== undefined){
if(typeof data.issuerUrl !== "string"){
const err12 = {instancePath:instancePath+"/issuerUrl",schemaPath:"#/properties/issuerUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.subjectClaim !== undefined){
if(typeof data.subjectClaim !== "string"){
const err13 = {instancePath:instancePath+"/subjectClaim",schemaPath:"#/properties/subjectClaim/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.authorizationEndpoint !== undefined){
if(typeof data.authorizationEndpoint !== "string"){
const err14 = {instancePath:instancePath+"/authorizationEndpoint",schemaPath:"#/properties/authorizationEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.tokenEndpoint !== undefined){
if(typeof data.tokenEndpoint !== "string"){
const err15 = {instancePath:instancePath+"/tokenEndpoint",schemaPath:"#/properties/tokenEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.userinfo !== undefined){
let data6 = data.userinfo;
const _errs14 = errors;
let valid1 = false;
let passing0 = null;
const _errs15 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.endpointUrl === undefined){
const err16 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf/0/required",keyword:"required",params:{missingProperty: "endpointUrl"},message:"must have required property '"+"endpointUrl"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.httpMethod === undefined){
const err17 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf/0/required",keyword:"required",params:{missingProperty: "httpMethod"},message:"must have required property '"+"httpMethod"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.additionalHeaders === undefined){
const err18 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf/0/required",keyword:"required",params:{missingProperty: "additionalHeaders"},message:"must have required property '"+"additionalHeaders"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.subjectFields === undefined){
const err19 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf/0/required",keyword:"required",params:{missingProperty: "subjectFields"},message:"must have required property '"+"subjectFields"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.nameFields === undefined){
const err20 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf/0/required",keyword:"required",params:{missingProperty: "nameFields"},message:"must have required property '"+"nameFields"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.emailFields === undefined){
const err21 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf/0/required",keyword:"required",params:{missingProperty: "emailFields"},message:"must have required property '"+"emailFields"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data6){
if(!((((((key1 === "endpointUrl") || (key1 === "httpMethod")) || (key1 === "additionalHeaders")) || (key1 === "subjectFields")) || (key1 === "nameFields")) || (key1 === "emailFields"))){
const err22 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.endpointUrl !== undefined){
if(typeof data6.endpointUrl !== "string"){
const err23 = {instancePath:instancePath+"/userinfo/endpointUrl",schemaPath:"#/properties/userinfo/oneOf/0/properties/endpointUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.httpMethod !== undefined){
let data8 = data6.httpMethod;
if(!((data8 === "GET") || (data8 === "POST"))){
const err24 = {instancePath:instancePath+"/userinfo/httpMethod",schemaPath:"#/properties/userinfo/oneOf/0/properties/httpMethod/enum",keyword:"enum",params:{allowedValues: schema34.properties.userinfo.oneOf[0].properties.httpMethod.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.additionalHeaders !== undefined){
let data9 = data6.additionalHeaders;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(typeof data9[key2] !== "string"){
const err25 = {instancePath:instancePath+"/userinfo/additionalHeaders/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/userinfo/oneOf/0/properties/additionalHeaders/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/userinfo/additionalHeaders",schemaPath:"#/properties/userinfo/oneOf/0/properties/additionalHeaders/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.subjectFields !== undefined){
let data11 = data6.subjectFields;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(typeof data11[i0] !== "string"){
const err27 = {instancePath:instancePath+"/userinfo/subjectFields/" + i0,schemaPath:"#/properties/userinfo/oneOf/0/properties/subjectFields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/userinfo/subjectFields",schemaPath:"#/properties/userinfo/oneOf/0/properties/subjectFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.nameFields !== undefined){
let data13 = data6.nameFields;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
if(typeof data13[i1] !== "string"){
const err29 = {instancePath:instancePath+"/userinfo/nameFields/" + i1,schemaPath:"#/properties/userinfo/oneOf/0/properties/nameFields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/userinfo/nameFields",schemaPath:"#/properties/userinfo/oneOf/0/properties/nameFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.emailFields !== undefined){
let data15 = data6.emailFields;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
if(typeof data15[i2] !== "string"){
const err31 = {instancePath:instancePath+"/userinfo/emailFields/" + i2,schemaPath:"#/properties/userinfo/oneOf/0/properties/emailFields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/userinfo/emailFields",schemaPath:"#/properties/userinfo/oneOf/0/properties/emailFields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs38 = errors;
if(data6 !== null){
const err34 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs38 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err35 = {instancePath:instancePath+"/userinfo",schemaPath:"#/properties/userinfo/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.identityFromToken !== undefined){
let data17 = data.identityFromToken;
const _errs41 = errors;
let valid10 = false;
let passing1 = null;
const _errs42 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.subjectPath === undefined){
const err36 = {instancePath:instancePath+"/identityFromToken",schemaPath:"#/properties/identityFromToken/oneOf/0/required",keyword:"required",params:{missingProperty: "subjectPath"},message:"must have required property '"+"subjectPath"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data17.namePath === undefined){
const err37 = {instancePath:instancePath+"/identityFromToken",schemaPath:"#/properties/identityFromToken/oneOf/0/required",keyword:"required",params:{missingProperty: "namePath"},message:"must have required property '"+"namePath"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data17.emailPath === undefined){
const err38 = {instancePath:instancePath+"/identityFromToken",schemaPath:"#/properties/identityFromToken/oneOf/0/required",keyword:"required",params:{missingProperty: "emailPath"},message:"must have required property '"+"emailPath"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 in data17){
if(!(((key3 === "subjectPath") || (key3 === "namePath")) || (key3 === "emailPath"))){
const err39 = {instancePath:instancePath+"/identityFromToken",schemaPath:"#/properties/identityFromToken/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data17.subjectPath !== undefined){
if(typeof data17.subjectPath !== "string"){
const err40 = {instancePath:instancePath+"/identityFromToken/subjectPath",schemaPath:"#/properties/identityFromToken/oneOf/0/properties/subjectPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data17.namePath !== undefined){
let data19 = data17.namePath;
if((typeof data19 !== "string") && (data19 !== null)){
const err41 = {instancePath:instancePath+"/identityFromToken/namePath",schemaPath:"#/properties/identityFromToken/oneOf/0/properties/namePath/type",keyword:"type",params:{type: schema34.properties.identityFromToken.oneOf[0].properties.namePath.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data17.emailPath !== undefined){
let data20 = data17.emailPath;
if((typeof data20 !== "string") && (data20 !== null)){
const err42 = {instancePath:instancePath+"/identityFromToken/emailPath",schemaPath:"#/properties/identityFromToken/oneOf/0/properties/emailPath/type",keyword:"type",params:{type: schema34.properties.identityFromToken.oneOf[0].properties.emailPath.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/identityFromToken",schemaPath:"#/properties/identityFromToken/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid1 = _errs42 === errors;
if(_valid1){
valid10 = true;
passing1 = 0;
}
const _errs51 = errors;
if(data17 !== null){
const err44 = {instancePath:instancePath+"/identityFromToken",schemaPath:"#/properties/identityFromToken/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid1 = _errs51 === errors;
if(_valid1 && valid10){
valid10 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid10 = true;
passing1 = 1;
}
}
if(!valid10){
const err45 = {instancePath:instancePath+"/identityFromToken",schemaPath:"#/properties/identityFromToken/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data.clientId !== undefined){
if(typeof data.clientId !== "string"){
const err46 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data22 = data.clientSecret;
const _errs56 = errors;
let valid12 = false;
let passing2 = null;
const _errs57 = errors;
if(!(validate59(data22, {instancePath:instancePath+"/clientSecret",parentData:data,parentDataProperty:"clientSecret",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid2 = _errs57 === errors;
if(_valid2){
valid12 = true;
passing2 = 0;
}
const _errs58 = errors;
if(data22 !== null){
const err47 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid2 = _errs58 === errors;
if(_valid2 && valid12){
valid12 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid12 = true;
passing2 = 1;
}
}
if(!valid12){
const err48 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data.redirectUri !== undefined){
if(typeof data.redirectUri !== "string"){
const err49 = {instancePath:instancePath+"/redirectUri",schemaPath:"#/properties/redirectUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.scopes !== undefined){
let data24 = data.scopes;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
if(typeof data24[i3] !== "string"){
const err50 = {instancePath:instancePath+"/scopes/" + i3,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.additionalAuthorizationParams !== undefined){
let data26 = data.additionalAuthorizationParams;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key4 in data26){
if(typeof data26[key4] !== "string"){
const err52 = {instancePath:instancePath+"/additionalAuthorizationParams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/additionalAuthorizationParams/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/additionalAuthorizationParams",schemaPath:"#/properties/additionalAuthorizationParams/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.allowPrivateIp !== undefined){
if(typeof data.allowPrivateIp !== "boolean"){
const err54 = {instancePath:instancePath+"/allowPrivateIp",schemaPath:"#/properties/allowPrivateIp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.insecureAllowHttp !== undefined){
if(typeof data.insecureAllowHttp !== "boolean"){
const err55 = {instancePath:instancePath+"/insecureAllowHttp",schemaPath:"#/properties/insecureAllowHttp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"title":"StoragePlan","oneOf":[{"title":"MemoryStoragePlan","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"memory"}}},{"title":"RedisStoragePlan","type":"object","additionalProperties":false,"required":["type","addr","sentinel","db","username","password","keyPrefix","dialTimeoutMs","readTimeoutMs","writeTimeoutMs","tls","sentinelTls"],"properties":{"type":{"const":"redis"},"addr":{"type":["string","null"]},"sentinel":{"oneOf":[{"type":"object","additionalProperties":false,"required":["masterName","addrs"],"properties":{"masterName":{"type":"string"},"addrs":{"type":"array","items":{"type":"string"}}}},{"type":"null"}]},"db":{"type":"integer"},"username":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"password":{"oneOf":[{"$ref":"#/$defs/SecretRef"},{"type":"null"}]},"keyPrefix":{"type":"string"},"dialTimeoutMs":{"type":"integer"},"readTimeoutMs":{"type":"integer"},"writeTimeoutMs":{"type":"integer"},"tls":{"$ref":"#/$defs/RedisTlsPlan"},"sentinelTls":{"$ref":"#/$defs/RedisTlsPlan"}}}]};
const schema36 = {"title":"RedisTlsPlan","oneOf":[{"type":"object","additionalProperties":false,"required":["insecureSkipVerify","caCertFile"],"properties":{"insecureSkipVerify":{"type":"boolean"},"caCertFile":{"type":["string","null"]}}},{"type":"null"}]};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.insecureSkipVerify === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "insecureSkipVerify"},message:"must have required property '"+"insecureSkipVerify"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.caCertFile === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "caCertFile"},message:"must have required property '"+"caCertFile"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "insecureSkipVerify") || (key0 === "caCertFile"))){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.insecureSkipVerify !== undefined){
if(typeof data.insecureSkipVerify !== "boolean"){
const err3 = {instancePath:instancePath+"/insecureSkipVerify",schemaPath:"#/oneOf/0/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.caCertFile !== undefined){
let data1 = data.caCertFile;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/caCertFile",schemaPath:"#/oneOf/0/properties/caCertFile/type",keyword:"type",params:{type: schema36.oneOf[0].properties.caCertFile.type},message:"must be string,null"};
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
const err5 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs8 = errors;
if(data !== null){
const err6 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate89.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate89.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "type")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
if("memory" !== data.type){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "memory"},message:"must be equal to constant"};
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
const err3 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.addr === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "addr"},message:"must have required property '"+"addr"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sentinel === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "sentinel"},message:"must have required property '"+"sentinel"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.db === undefined){
const err7 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "db"},message:"must have required property '"+"db"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.username === undefined){
const err8 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.password === undefined){
const err9 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.keyPrefix === undefined){
const err10 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "keyPrefix"},message:"must have required property '"+"keyPrefix"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.dialTimeoutMs === undefined){
const err11 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "dialTimeoutMs"},message:"must have required property '"+"dialTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.readTimeoutMs === undefined){
const err12 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "readTimeoutMs"},message:"must have required property '"+"readTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.writeTimeoutMs === undefined){
const err13 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "writeTimeoutMs"},message:"must have required property '"+"writeTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.tls === undefined){
const err14 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "tls"},message:"must have required property '"+"tls"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.sentinelTls === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "sentinelTls"},message:"must have required property '"+"sentinelTls"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data){
if(!(func1.call(schema35.oneOf[1].properties, key1))){
const err16 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.type !== undefined){
if("redis" !== data.type){
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "redis"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.addr !== undefined){
let data2 = data.addr;
if((typeof data2 !== "string") && (data2 !== null)){
const err18 = {instancePath:instancePath+"/addr",schemaPath:"#/oneOf/1/properties/addr/type",keyword:"type",params:{type: schema35.oneOf[1].properties.addr.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.sentinel !== undefined){
let data3 = data.sentinel;
const _errs12 = errors;
let valid3 = false;
let passing1 = null;
const _errs13 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.masterName === undefined){
const err19 = {instancePath:instancePath+"/sentinel",schemaPath:"#/oneOf/1/properties/sentinel/oneOf/0/required",keyword:"required",params:{missingProperty: "masterName"},message:"must have required property '"+"masterName"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data3.addrs === undefined){
const err20 = {instancePath:instancePath+"/sentinel",schemaPath:"#/oneOf/1/properties/sentinel/oneOf/0/required",keyword:"required",params:{missingProperty: "addrs"},message:"must have required property '"+"addrs"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "masterName") || (key2 === "addrs"))){
const err21 = {instancePath:instancePath+"/sentinel",schemaPath:"#/oneOf/1/properties/sentinel/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.masterName !== undefined){
if(typeof data3.masterName !== "string"){
const err22 = {instancePath:instancePath+"/sentinel/masterName",schemaPath:"#/oneOf/1/properties/sentinel/oneOf/0/properties/masterName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data3.addrs !== undefined){
let data5 = data3.addrs;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err23 = {instancePath:instancePath+"/sentinel/addrs/" + i0,schemaPath:"#/oneOf/1/properties/sentinel/oneOf/0/properties/addrs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/sentinel/addrs",schemaPath:"#/oneOf/1/properties/sentinel/oneOf/0/properties/addrs/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err25 = {instancePath:instancePath+"/sentinel",schemaPath:"#/oneOf/1/properties/sentinel/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs13 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs22 = errors;
if(data3 !== null){
const err26 = {instancePath:instancePath+"/sentinel",schemaPath:"#/oneOf/1/properties/sentinel/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs22 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err27 = {instancePath:instancePath+"/sentinel",schemaPath:"#/oneOf/1/properties/sentinel/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.db !== undefined){
let data7 = data.db;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err28 = {instancePath:instancePath+"/db",schemaPath:"#/oneOf/1/properties/db/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.username !== undefined){
let data8 = data.username;
const _errs27 = errors;
let valid7 = false;
let passing2 = null;
const _errs28 = errors;
if(!(validate59(data8, {instancePath:instancePath+"/username",parentData:data,parentDataProperty:"username",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid2 = _errs28 === errors;
if(_valid2){
valid7 = true;
passing2 = 0;
}
const _errs29 = errors;
if(data8 !== null){
const err29 = {instancePath:instancePath+"/username",schemaPath:"#/oneOf/1/properties/username/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid2 = _errs29 === errors;
if(_valid2 && valid7){
valid7 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid7 = true;
passing2 = 1;
}
}
if(!valid7){
const err30 = {instancePath:instancePath+"/username",schemaPath:"#/oneOf/1/properties/username/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.password !== undefined){
let data9 = data.password;
const _errs32 = errors;
let valid8 = false;
let passing3 = null;
const _errs33 = errors;
if(!(validate59(data9, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid3 = _errs33 === errors;
if(_valid3){
valid8 = true;
passing3 = 0;
}
const _errs34 = errors;
if(data9 !== null){
const err31 = {instancePath:instancePath+"/password",schemaPath:"#/oneOf/1/properties/password/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid3 = _errs34 === errors;
if(_valid3 && valid8){
valid8 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid8 = true;
passing3 = 1;
}
}
if(!valid8){
const err32 = {instancePath:instancePath+"/password",schemaPath:"#/oneOf/1/properties/password/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.keyPrefix !== undefined){
if(typeof data.keyPrefix !== "string"){
const err33 = {instancePath:instancePath+"/keyPrefix",schemaPath:"#/oneOf/1/properties/keyPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.dialTimeoutMs !== undefined){
let data11 = data.dialTimeoutMs;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err34 = {instancePath:instancePath+"/dialTimeoutMs",schemaPath:"#/oneOf/1/properties/dialTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.readTimeoutMs !== undefined){
let data12 = data.readTimeoutMs;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err35 = {instancePath:instancePath+"/readTimeoutMs",schemaPath:"#/oneOf/1/properties/readTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.writeTimeoutMs !== undefined){
let data13 = data.writeTimeoutMs;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err36 = {instancePath:instancePath+"/writeTimeoutMs",schemaPath:"#/oneOf/1/properties/writeTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.tls !== undefined){
if(!(validate89(data.tls, {instancePath:instancePath+"/tls",parentData:data,parentDataProperty:"tls",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.sentinelTls !== undefined){
if(!(validate89(data.sentinelTls, {instancePath:instancePath+"/sentinelTls",parentData:data,parentDataProperty:"sentinelTls",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err38 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate86.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate86.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(data.authorizationEndpointBaseUrl === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizationEndpointBaseUrl"},message:"must have required property '"+"authorizationEndpointBaseUrl"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.upstreams === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upstreams"},message:"must have required property '"+"upstreams"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.allowedAudiences === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "allowedAudiences"},message:"must have required property '"+"allowedAudiences"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.scopesSupported === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scopesSupported"},message:"must have required property '"+"scopesSupported"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.storage === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "storage"},message:"must have required property '"+"storage"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.signingKeys === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signingKeys"},message:"must have required property '"+"signingKeys"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.hmacSecrets === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hmacSecrets"},message:"must have required property '"+"hmacSecrets"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.tokenLifespans === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenLifespans"},message:"must have required property '"+"tokenLifespans"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.insecureAllowHttp === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "insecureAllowHttp"},message:"must have required property '"+"insecureAllowHttp"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.issuer !== undefined){
if(typeof data.issuer !== "string"){
const err11 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.authorizationEndpointBaseUrl !== undefined){
if(typeof data.authorizationEndpointBaseUrl !== "string"){
const err12 = {instancePath:instancePath+"/authorizationEndpointBaseUrl",schemaPath:"#/properties/authorizationEndpointBaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.upstreams !== undefined){
let data2 = data.upstreams;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate83(data2[i0], {instancePath:instancePath+"/upstreams/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/upstreams",schemaPath:"#/properties/upstreams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.allowedAudiences !== undefined){
let data4 = data.allowedAudiences;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err14 = {instancePath:instancePath+"/allowedAudiences/" + i1,schemaPath:"#/properties/allowedAudiences/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath:instancePath+"/allowedAudiences",schemaPath:"#/properties/allowedAudiences/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.scopesSupported !== undefined){
let data6 = data.scopesSupported;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(typeof data6[i2] !== "string"){
const err16 = {instancePath:instancePath+"/scopesSupported/" + i2,schemaPath:"#/properties/scopesSupported/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err17 = {instancePath:instancePath+"/scopesSupported",schemaPath:"#/properties/scopesSupported/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.storage !== undefined){
if(!(validate86(data.storage, {instancePath:instancePath+"/storage",parentData:data,parentDataProperty:"storage",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
if(data.signingKeys !== undefined){
let data9 = data.signingKeys;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(!(validate59(data9[i3], {instancePath:instancePath+"/signingKeys/" + i3,parentData:data9,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/signingKeys",schemaPath:"#/properties/signingKeys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.hmacSecrets !== undefined){
let data11 = data.hmacSecrets;
if(Array.isArray(data11)){
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
if(!(validate59(data11[i4], {instancePath:instancePath+"/hmacSecrets/" + i4,parentData:data11,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/hmacSecrets",schemaPath:"#/properties/hmacSecrets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.tokenLifespans !== undefined){
let data13 = data.tokenLifespans;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.accessTokenSeconds === undefined){
const err20 = {instancePath:instancePath+"/tokenLifespans",schemaPath:"#/properties/tokenLifespans/required",keyword:"required",params:{missingProperty: "accessTokenSeconds"},message:"must have required property '"+"accessTokenSeconds"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data13.refreshTokenSeconds === undefined){
const err21 = {instancePath:instancePath+"/tokenLifespans",schemaPath:"#/properties/tokenLifespans/required",keyword:"required",params:{missingProperty: "refreshTokenSeconds"},message:"must have required property '"+"refreshTokenSeconds"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data13.authCodeSeconds === undefined){
const err22 = {instancePath:instancePath+"/tokenLifespans",schemaPath:"#/properties/tokenLifespans/required",keyword:"required",params:{missingProperty: "authCodeSeconds"},message:"must have required property '"+"authCodeSeconds"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data13){
if(!(((key1 === "accessTokenSeconds") || (key1 === "refreshTokenSeconds")) || (key1 === "authCodeSeconds"))){
const err23 = {instancePath:instancePath+"/tokenLifespans",schemaPath:"#/properties/tokenLifespans/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data13.accessTokenSeconds !== undefined){
let data14 = data13.accessTokenSeconds;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err24 = {instancePath:instancePath+"/tokenLifespans/accessTokenSeconds",schemaPath:"#/properties/tokenLifespans/properties/accessTokenSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data13.refreshTokenSeconds !== undefined){
let data15 = data13.refreshTokenSeconds;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err25 = {instancePath:instancePath+"/tokenLifespans/refreshTokenSeconds",schemaPath:"#/properties/tokenLifespans/properties/refreshTokenSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.authCodeSeconds !== undefined){
let data16 = data13.authCodeSeconds;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err26 = {instancePath:instancePath+"/tokenLifespans/authCodeSeconds",schemaPath:"#/properties/tokenLifespans/properties/authCodeSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/tokenLifespans",schemaPath:"#/properties/tokenLifespans/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.insecureAllowHttp !== undefined){
if(typeof data.insecureAllowHttp !== "boolean"){
const err28 = {instancePath:instancePath+"/insecureAllowHttp",schemaPath:"#/properties/insecureAllowHttp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"title":"HttpPlan","type":"object","additionalProperties":false,"description":"Only the keys the config sets.","properties":{"allowedHosts":{"type":"array","items":{"type":"string"}},"allowedOrigins":{"type":"array","items":{"type":"string"}},"trustedProxies":{"type":"array","items":{"type":"string"}},"rateLimits":{"type":"object","additionalProperties":false,"properties":{"authorize":{"$ref":"#/$defs/RateLimitPlan"},"consent":{"$ref":"#/$defs/RateLimitPlan"},"register":{"$ref":"#/$defs/RateLimitPlan"},"token":{"$ref":"#/$defs/RateLimitPlan"}}},"maxSessions":{"type":"integer","minimum":1},"maxSessionsPerCaller":{"type":"integer","minimum":1},"sessionIdleTimeoutMs":{"type":"integer","minimum":1}}};
const schema38 = {"title":"RateLimitPlan","type":"object","additionalProperties":false,"required":["perMinute","burst"],"properties":{"perMinute":{"type":"integer","minimum":1},"burst":{"type":"integer","minimum":1}}};

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
if(data.burst === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "burst"},message:"must have required property '"+"burst"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "perMinute") || (key0 === "burst"))){
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
if(data.perMinute !== undefined){
let data0 = data.perMinute;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/perMinute",schemaPath:"#/properties/perMinute/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/perMinute",schemaPath:"#/properties/perMinute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.burst !== undefined){
let data1 = data.burst;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/burst",schemaPath:"#/properties/burst/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/burst",schemaPath:"#/properties/burst/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "allowedHosts") || (key0 === "allowedOrigins")) || (key0 === "trustedProxies")) || (key0 === "rateLimits")) || (key0 === "maxSessions")) || (key0 === "maxSessionsPerCaller")) || (key0 === "sessionIdleTimeoutMs"))){
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
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/allowedHosts/" + i0,schemaPath:"#/properties/allowedHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath:instancePath+"/allowedHosts",schemaPath:"#/properties/allowedHosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.allowedOrigins !== undefined){
let data2 = data.allowedOrigins;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err3 = {instancePath:instancePath+"/allowedOrigins/" + i1,schemaPath:"#/properties/allowedOrigins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/allowedOrigins",schemaPath:"#/properties/allowedOrigins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.trustedProxies !== undefined){
let data4 = data.trustedProxies;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(typeof data4[i2] !== "string"){
const err5 = {instancePath:instancePath+"/trustedProxies/" + i2,schemaPath:"#/properties/trustedProxies/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err6 = {instancePath:instancePath+"/trustedProxies",schemaPath:"#/properties/trustedProxies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.rateLimits !== undefined){
let data6 = data.rateLimits;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((((key1 === "authorize") || (key1 === "consent")) || (key1 === "register")) || (key1 === "token"))){
const err7 = {instancePath:instancePath+"/rateLimits",schemaPath:"#/properties/rateLimits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data6.authorize !== undefined){
if(!(validate97(data6.authorize, {instancePath:instancePath+"/rateLimits/authorize",parentData:data6,parentDataProperty:"authorize",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data6.consent !== undefined){
if(!(validate97(data6.consent, {instancePath:instancePath+"/rateLimits/consent",parentData:data6,parentDataProperty:"consent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data6.register !== undefined){
if(!(validate97(data6.register, {instancePath:instancePath+"/rateLimits/register",parentData:data6,parentDataProperty:"register",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data6.token !== undefined){
if(!(validate97(data6.token, {instancePath:instancePath+"/rateLimits/token",parentData:data6,parentDataProperty:"token",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/rateLimits",schemaPath:"#/properties/rateLimits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.maxSessions !== undefined){
let data11 = data.maxSessions;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err9 = {instancePath:instancePath+"/maxSessions",schemaPath:"#/properties/maxSessions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err10 = {instancePath:instancePath+"/maxSessions",schemaPath:"#/properties/maxSessions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.maxSessionsPerCaller !== undefined){
let data12 = data.maxSessionsPerCaller;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err11 = {instancePath:instancePath+"/maxSessionsPerCaller",schemaPath:"#/properties/maxSessionsPerCaller/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err12 = {instancePath:instancePath+"/maxSessionsPerCaller",schemaPath:"#/properties/maxSessionsPerCaller/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.sessionIdleTimeoutMs !== undefined){
let data13 = data.sessionIdleTimeoutMs;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err13 = {instancePath:instancePath+"/sessionIdleTimeoutMs",schemaPath:"#/properties/sessionIdleTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err14 = {instancePath:instancePath+"/sessionIdleTimeoutMs",schemaPath:"#/properties/sessionIdleTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = {"title":"DiscoveryPlan","description":"How the runtime finds the group's backends, and what it needs to turn each workload into a BackendPlan as the compiler would a listed backend: the outgoing strategies and timeouts by workload name.","type":"object","additionalProperties":false,"required":["source","toolhiveApiUrl","pollIntervalMs","defaultAuth","backendAuth","defaultTimeoutMs","timeoutMs"],"properties":{"source":{"const":"toolhive_api"},"toolhiveApiUrl":{"type":"string","description":"Base URL of ToolHive's local API, without a trailing slash."},"pollIntervalMs":{"type":"integer","minimum":100},"defaultAuth":{"$ref":"#/$defs/OutgoingStrategyPlan","description":"outgoingAuth.default, else unauthenticated."},"backendAuth":{"type":"object","additionalProperties":{"$ref":"#/$defs/OutgoingStrategyPlan"},"description":"outgoingAuth.backends, by workload name."},"defaultTimeoutMs":{"type":"integer"},"timeoutMs":{"type":"object","additionalProperties":{"type":"integer"},"description":"operational.timeouts.perWorkload, by workload name."}}};

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate103.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.toolhiveApiUrl === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "toolhiveApiUrl"},message:"must have required property '"+"toolhiveApiUrl"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.pollIntervalMs === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pollIntervalMs"},message:"must have required property '"+"pollIntervalMs"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.defaultAuth === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultAuth"},message:"must have required property '"+"defaultAuth"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.backendAuth === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "backendAuth"},message:"must have required property '"+"backendAuth"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.defaultTimeoutMs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultTimeoutMs"},message:"must have required property '"+"defaultTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.timeoutMs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeoutMs"},message:"must have required property '"+"timeoutMs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "source") || (key0 === "toolhiveApiUrl")) || (key0 === "pollIntervalMs")) || (key0 === "defaultAuth")) || (key0 === "backendAuth")) || (key0 === "defaultTimeoutMs")) || (key0 === "timeoutMs"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.source !== undefined){
if("toolhive_api" !== data.source){
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/const",keyword:"const",params:{allowedValue: "toolhive_api"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.toolhiveApiUrl !== undefined){
if(typeof data.toolhiveApiUrl !== "string"){
const err9 = {instancePath:instancePath+"/toolhiveApiUrl",schemaPath:"#/properties/toolhiveApiUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.pollIntervalMs !== undefined){
let data2 = data.pollIntervalMs;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/pollIntervalMs",schemaPath:"#/properties/pollIntervalMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 100 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/pollIntervalMs",schemaPath:"#/properties/pollIntervalMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
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
if(data.defaultAuth !== undefined){
if(!(validate67(data.defaultAuth, {instancePath:instancePath+"/defaultAuth",parentData:data,parentDataProperty:"defaultAuth",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.backendAuth !== undefined){
let data4 = data.backendAuth;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(validate67(data4[key1], {instancePath:instancePath+"/backendAuth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/backendAuth",schemaPath:"#/properties/backendAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.defaultTimeoutMs !== undefined){
let data6 = data.defaultTimeoutMs;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/defaultTimeoutMs",schemaPath:"#/properties/defaultTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.timeoutMs !== undefined){
let data7 = data.timeoutMs;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/timeoutMs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/timeoutMs/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err15 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate103.errors = vErrors;
return errors === 0;
}
validate103.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://vmcp.dev/schema/plan.json" */;
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
if(data.planVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "planVersion"},message:"must have required property '"+"planVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mode === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.groupRef === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groupRef"},message:"must have required property '"+"groupRef"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.routes === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "routes"},message:"must have required property '"+"routes"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.incomingAuth === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incomingAuth"},message:"must have required property '"+"incomingAuth"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.backends === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "backends"},message:"must have required property '"+"backends"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.aggregation === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aggregation"},message:"must have required property '"+"aggregation"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.operational === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operational"},message:"must have required property '"+"operational"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.telemetry === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "telemetry"},message:"must have required property '"+"telemetry"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema19.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.planVersion !== undefined){
if(1 !== data.planVersion){
const err11 = {instancePath:instancePath+"/planVersion",schemaPath:"#/properties/planVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.mode !== undefined){
let data1 = data.mode;
if(!((data1 === "A") || (data1 === "B"))){
const err12 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema19.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.groupRef !== undefined){
let data3 = data.groupRef;
if((typeof data3 !== "string") && (data3 !== null)){
const err14 = {instancePath:instancePath+"/groupRef",schemaPath:"#/properties/groupRef/type",keyword:"type",params:{type: schema19.properties.groupRef.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.routes !== undefined){
let data4 = data.routes;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate53(data4[i0], {instancePath:instancePath+"/routes/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.incomingAuth !== undefined){
if(!(validate57(data.incomingAuth, {instancePath:instancePath+"/incomingAuth",parentData:data,parentDataProperty:"incomingAuth",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.backends !== undefined){
let data7 = data.backends;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate63(data7[i1], {instancePath:instancePath+"/backends/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/backends",schemaPath:"#/properties/backends/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.aggregation !== undefined){
if(!(validate72(data.aggregation, {instancePath:instancePath+"/aggregation",parentData:data,parentDataProperty:"aggregation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
if(data.operational !== undefined){
if(!(validate78(data.operational, {instancePath:instancePath+"/operational",parentData:data,parentDataProperty:"operational",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.telemetry !== undefined){
if(!(validate80(data.telemetry, {instancePath:instancePath+"/telemetry",parentData:data,parentDataProperty:"telemetry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.authServer !== undefined){
if(!(validate82(data.authServer, {instancePath:instancePath+"/authServer",parentData:data,parentDataProperty:"authServer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
if(data.http !== undefined){
if(!(validate96(data.http, {instancePath:instancePath+"/http",parentData:data,parentDataProperty:"http",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
if(data.discovery !== undefined){
if(!(validate103(data.discovery, {instancePath:instancePath+"/discovery",parentData:data,parentDataProperty:"discovery",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
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
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

