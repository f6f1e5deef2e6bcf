import type { Finding, PathSegment } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { arr, obj, runConfig, str, upstreamName, type Obj } from '../config-view.js';
import { httpAllowed, parseDuration, parseUrl } from '../urls.js';

const RC: PathSegment[] = ['authServer', 'runConfig'];
const NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

type Emit = (path: PathSegment[], message: string) => void;

/**
 * V-05: the auth server's own settings. Shape problems under runConfig come from the schema check and are
 * tagged V-05 there; this module holds what a schema cannot say.
 */
export const V05: Rule = {
  id: 'V-05',
  check(config) {
    const rc = runConfig(config);
    if (!rc) return [];
    const findings: Finding[] = [];
    const emit: Emit = (path, message) => findings.push({ severity: 'error', rule: 'V-05', path: [...RC, ...path], message });
    const warn: Emit = (path, message) => findings.push({ severity: 'warning', rule: 'V-05', path: [...RC, ...path], message });
    checkIssuer(rc, emit);
    checkUpstreams(rc, emit);
    checkFirstUpstreamIdentity(rc, warn);
    checkAudiences(rc, emit);
    checkStorage(rc, emit);
    checkKeys(rc, emit);
    checkLifespans(rc, emit);
    return findings;
  },
};

function checkIssuer(rc: Obj, emit: Emit): void {
  const issuer = str(rc.issuer);
  if (issuer === undefined || issuer === '') return; // the schema says it is required
  const u = parseUrl(issuer);
  const fix = 'use a URL such as https://vmcp.example.com (RFC 8414)';
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return emit(['issuer'], `issuer ${JSON.stringify(issuer)} is not an http(s) URL; ${fix}`);
  if (u.search !== '' || issuer.includes('?')) emit(['issuer'], `issuer ${JSON.stringify(issuer)} has a query; an issuer may not, ${fix}`);
  if (u.hash !== '' || issuer.includes('#')) emit(['issuer'], `issuer ${JSON.stringify(issuer)} has a fragment; an issuer may not, ${fix}`);
  if (u.username !== '' || u.password !== '') emit(['issuer'], `issuer must not contain credentials; ${fix}`);
  if (issuer.endsWith('/')) emit(['issuer'], `issuer ${JSON.stringify(issuer)} ends with "/"; remove the trailing slash (RFC 8414 appends paths to it)`);
  else if (u.pathname !== '/' && u.pathname !== '') {
    // The auth-server routes (/oauth/..., /.well-known/...) are mounted at the origin's root, so an issuer
    // with a path would advertise endpoints nobody serves.
    emit(['issuer'], `issuer ${JSON.stringify(issuer)} has a path; vmcp serves its auth server at the root of its origin, so use ${JSON.stringify(u.origin)}`);
  }
  if (!httpAllowed(u, rc.insecure_allow_http === true)) {
    emit(['issuer'], `issuer ${JSON.stringify(issuer)} uses plain http on a non-loopback host; use https (or set insecure_allow_http: true for a test setup)`);
  }
  const base = str(rc.authorization_endpoint_base_url);
  if (base?.endsWith('/')) emit(['authorization_endpoint_base_url'], 'authorization_endpoint_base_url ends with "/"; remove the trailing slash');
}

function checkUpstreams(rc: Obj, emit: Emit): void {
  const upstreams = arr(rc.upstreams);
  const seen = new Map<string, number>();
  upstreams.forEach((raw, i) => {
    const u = obj(raw);
    if (!u) return;
    const named = str(u.name);
    if (upstreams.length > 1 && !named) {
      emit(['upstreams', i], `upstreams[${i}] has no name; with more than one upstream each needs a name (lowercase letters, digits and -)`);
    } else if (named !== undefined && !NAME.test(named)) {
      emit(['upstreams', i, 'name'], `upstream name ${JSON.stringify(named)} is malformed; use lowercase letters, digits and -, starting and ending with a letter or digit`);
    } else if (upstreams.length > 1 && named === 'default') {
      emit(['upstreams', i, 'name'], 'the upstream name "default" is kept for single-upstream configs; give this upstream a descriptive name');
    }
    const name = upstreamName(u);
    const first = seen.get(name);
    if (first !== undefined) emit(['upstreams', i, 'name'], `upstream name "${name}" is already used by upstreams[${first}]; names must be unique`);
    else seen.set(name, i);
    checkUpstreamUrls(u, i, emit);
  });
}

function checkUpstreamUrls(u: Obj, i: number, emit: Emit): void {
  const block = u.type === 'oidc' ? 'oidc_config' : u.type === 'oauth2' ? 'oauth2_config' : undefined;
  const cfg = block ? obj(u[block]) : undefined;
  if (!block || !cfg) return;
  const insecure = cfg.insecure_allow_http === true;
  const urls: [PathSegment[], unknown][] = [
    [['issuer_url'], cfg.issuer_url],
    [['authorization_endpoint'], cfg.authorization_endpoint],
    [['token_endpoint'], cfg.token_endpoint],
    [['redirect_uri'], cfg.redirect_uri],
    [['userinfo', 'endpoint_url'], obj(cfg.userinfo)?.endpoint_url],
  ];
  for (const [key, value] of urls) {
    const s = str(value);
    const parsed = s === undefined ? undefined : parseUrl(s);
    if (!parsed) continue;
    if (!httpAllowed(parsed, insecure)) {
      emit(['upstreams', i, block, ...key], `${key.join('.')} ${JSON.stringify(s)} uses plain http on a non-loopback host; use https (or set insecure_allow_http: true on this upstream for a test setup)`);
    }
  }
}

/**
 * ToolHive accepts an oauth2 upstream with neither userinfo nor identity_from_token and synthesizes the subject
 * from the access token (pkg/authserver/config.go UserInfo doc, pkg/authserver/upstream/oauth2.go). Only the first
 * upstream's subject becomes the user id, so only there does that matter, and it is worth a warning.
 */
function checkFirstUpstreamIdentity(rc: Obj, warn: Emit): void {
  const first = obj(arr(rc.upstreams)[0]);
  const cfg = obj(first?.oauth2_config);
  if (first?.type !== 'oauth2' || !cfg || cfg.userinfo !== undefined || cfg.identity_from_token !== undefined) return;
  warn(
    ['upstreams', 0, 'oauth2_config'],
    'the first upstream names the user, but this oauth2 upstream has neither userinfo nor identity_from_token: as in ToolHive, the user id becomes "tk-" plus a hash of the upstream access token, so there is no stable identity from this upstream: the user id changes whenever the upstream token does (every sign-in), and nothing kept per user (remembered consent) carries over; set userinfo (endpoint_url) or identity_from_token (subject_path) for a stable user id',
  );
}

function checkAudiences(rc: Obj, emit: Emit): void {
  arr(rc.allowed_audiences).forEach((a, i) => {
    const s = str(a);
    if (!s) return;
    const u = parseUrl(s);
    if (!u || u.hash !== '' || s.includes('#')) {
      emit(['allowed_audiences', i], `allowed audience ${JSON.stringify(s)} is not an absolute URI without a fragment (RFC 8707); use the MCP endpoint's URL, e.g. https://vmcp.example.com/mcp`);
    }
  });
}

function checkStorage(rc: Obj, emit: Emit): void {
  const storage = obj(rc.storage);
  if (!storage) return;
  const redis = obj(storage.redis_config);
  if (storage.type === 'redis' && !redis) emit(['storage'], 'storage.type is redis but storage.redis_config is missing; add redis_config with addr or sentinel_config');
  if (storage.type !== 'redis' && storage.redis_config !== undefined) emit(['storage', 'redis_config'], 'storage.redis_config is only used when storage.type is redis; remove it or set type: redis');
  if (redis && redis.auth_type === 'aclUser' && !str(obj(redis.acl_user_config)?.password_env_var)) {
    emit(['storage', 'redis_config', 'acl_user_config'], 'auth_type aclUser needs acl_user_config.password_env_var (and usually username_env_var): the names of the environment variables holding the credentials');
  }
  if (redis && redis.acl_user_config !== undefined && redis.auth_type !== 'aclUser') {
    emit(['storage', 'redis_config', 'acl_user_config'], 'acl_user_config is only used with auth_type: aclUser; add auth_type: aclUser or remove it');
  }
}

function checkKeys(rc: Obj, emit: Emit): void {
  const keys = obj(rc.signing_key_config);
  if (keys && !str(keys.signing_key_file) && arr(keys.fallback_key_files).length > 0) {
    emit(['signing_key_config'], 'fallback_key_files without signing_key_file: the current key must be set for the rotated ones to mean anything; set signing_key_file');
  }
  // ToolHive's key provider calls a key_dir without a signing key file an error (pkg/authserver/server/keys/
  // config.go), though its runner falls back to an ephemeral key then; either way no key comes from the dir.
  if (keys && !str(keys.signing_key_file) && str(keys.key_dir)) {
    emit(['signing_key_config', 'key_dir'], 'key_dir without signing_key_file loads no key (tokens would be signed by a key that dies with the process); set signing_key_file to the key\'s file name in key_dir, or remove key_dir');
  }
}

function checkLifespans(rc: Obj, emit: Emit): void {
  const l = obj(rc.token_lifespans);
  if (!l) return;
  const ms = (k: string) => parseDuration(l[k]);
  for (const k of ['access_token_lifespan', 'refresh_token_lifespan', 'auth_code_lifespan']) {
    const v = ms(k);
    if (v !== undefined && v < 1000) emit(['token_lifespans', k], `${k} must be at least 1s; got ${JSON.stringify(l[k])}`);
  }
  const access = ms('access_token_lifespan');
  const refresh = ms('refresh_token_lifespan');
  if (access !== undefined && refresh !== undefined && refresh < access) {
    emit(['token_lifespans', 'refresh_token_lifespan'], 'refresh_token_lifespan is shorter than access_token_lifespan; a refresh token must outlive the access token it renews');
  }
}
