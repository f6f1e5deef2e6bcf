/** The Kubernetes path's public API: manifests -> resources -> reconcile (status, converted config, plan). */
export { AuthServerReason, condition, CONDITION_AUTH_SERVER, CONDITION_CONFIG, ConfigReason } from './conditions.js';
export type { Condition, ConditionStatus, Phase } from './conditions.js';
export { convert, UnresolvedRefError } from './convert.js';
export { loadManifests, ManifestError } from './manifests.js';
export { reconcileAll, reconcileServer, type ServerResult } from './reconcile.js';
export { API_GROUP, API_VERSION, asResource, DEFAULT_NAMESPACE, KIND_AUTH_CONFIG, KIND_SERVER, type Resource, type ResourceSet } from './resources.js';
export { REDIS_PASSWORD_ENV, REDIS_USERNAME_ENV, secretEnvName, secretFilePath, type SecretUse } from './secret-refs.js';
