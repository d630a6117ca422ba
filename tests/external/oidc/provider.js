'use strict';
// A real OpenID provider on loopback for Bro's national sign-in tests: the npm package
// oidc-provider (OpenID-certified), configured like Digdir's ID-porten or Norsk Helsenett's
// HelseID, with Bro's server as a confidential web client.
//
// USAGE
//   node provider.js --profile idporten|helseid --port 0 --client-id ID --redirect-uri URI
//                    [--redirect-uri URI2] [--client-secret S] [--client-jwks FILE] [--keys FILE]
//                    [--token-delay-ms N] [--par required|optional|off]
//
//   --profile         idporten (default) or helseid, see PROFILES.
//   --port            TCP port on 127.0.0.1 (only loopback is ever bound); 0 picks a free one.
//   --client-id       the one registered client (required).
//   --redirect-uri    its redirect URI, repeatable (required); http://127.0.0.1:PORT/... is fine.
//   --client-secret   idporten: the client's secret (required there).
//   --client-jwks     helseid: a file {"keys":[...]} with the client's PUBLIC keys for
//                     private_key_jwt (required there; RS256, PS256, ES256 or EdDSA keys).
//   --keys FILE       the provider's signing keys, a private JWKS. A missing file gets one new
//                     RSA 2048 key (with a kid), written there (mode 0600) and used; so a test
//                     rotates keys by restarting on the same port with another file. Without
//                     --keys a fresh key lives only as long as the process.
//   --token-delay-ms  hold every answer of the token endpoint and of the PAR endpoint this long.
//   --par             required / optional / off; default: helseid required, idporten optional.
//
// OUTPUT AND LIFE
//   When ready: exactly one line on stdout, "listening http://127.0.0.1:PORT" (that is the
//   issuer; discovery at ISSUER/.well-known/openid-configuration). Everything else goes to
//   stderr. SIGTERM or SIGINT: stops and exits 0. Bad arguments: a message on stderr, exit 2.
//   It also exits on its own when its parent dies (orphaned) or after 15 minutes.
//
// PROFILES (both: authorization code flow only, PKCE S256 required, ID token RS256, pairwise
// sub, consent granted at once so one "Logg inn" goes straight back to the client)
//   idporten  endpoints /authorize /par /token /jwks.json /userinfo (as ID-porten's);
//             client_secret_basic only; scopes openid profile; ID token claims pid, locale "nb",
//             acr idporten-loa-substantial | idporten-loa-high (the one picked on the login
//             page), amr ["TestID"] (ID-porten's test eID); PAR offered, optional.
//   helseid   endpoints /connect/authorize /connect/par /connect/token ... (as HelseID's);
//             private_key_jwt only; PAR required; scopes openid profile
//             helseid://scopes/identity/pid helseid://scopes/identity/security_level giving the
//             claims helseid://claims/identity/pid and helseid://claims/identity/security_level
//             ("3" or "4", a string, as HelseID sends it); amr ["pwd"]. The login page offers
//             Level3 and Level4 (HelseID's words for the levels; it takes them in acr_values
//             only to filter its identity providers). Like the real HelseID, discovery has no
//             acr_values_supported and the ID token NO acr claim: the level is only in
//             .../security_level. A client needing level 4 must check security_level == "4".
//
// LOGIN PAGE (our own, not oidc-provider's devInteractions): GET /interaction/UID shows
//   "Fødselsnummer" (#pid, 11 digits with valid mod-11 check digits, else the page comes back
//   with an error), "Sikkerhetsnivå" (#acr, the profile's levels, the higher one selected),
//   "Logg inn" (#login) and "Avbryt" (#cancel: back to the client with error=access_denied).
//   The account id is the pid.
//
// RELAXED FOR LOOPBACK: nothing in oidc-provider's checks. It accepts http://127.0.0.1 redirect
//   URIs for a web client using the code flow as it is (it refuses http only with implicit). The
//   issuer is http:// because the test has no TLS; oidc-provider serves it and marks its cookies
//   secure only on https. Stricter than its defaults: PKCE required for confidential clients too,
//   redirect_uri never omitted, one client auth method, no CORS, codes only.
//
// Packages come from NODE_PATH (the build tree's node_modules, see tests/external/CMakeLists.txt)
// or a node_modules beside this directory.
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const { pathToFileURL } = require('node:url');
const { parseArgs } = require('node:util');
const fnr = require('./fnr.js');

// stdout carries the one "listening" line only: oidc-provider's notices (console.info) and any
// other console output go to stderr.
console.log = console.info = console.debug = (...args) => console.error(...args);

function usage(message) {
  process.stderr.write(`provider.js: ${message}\n`);
  process.exit(2);
}

let opt;
try {
  ({ values: opt } = parseArgs({
    strict: true,
    options: {
      profile: { type: 'string', default: 'idporten' },
      port: { type: 'string', default: '0' },
      'client-id': { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      'client-secret': { type: 'string' },
      'client-jwks': { type: 'string' },
      keys: { type: 'string' },
      'token-delay-ms': { type: 'string', default: '0' },
      par: { type: 'string' },
    },
  }));
} catch (err) {
  usage(err.message);
}

const PROFILES = {
  idporten: {
    name: 'ID-porten',
    levels: ['idporten-loa-substantial', 'idporten-loa-high'], // weakest first
    pidClaim: 'pid',
    scopes: ['openid', 'profile'],
    // ID-porten puts pid, locale, acr, amr and auth_time in every ID token (scope openid).
    claims: { openid: ['sub', 'pid', 'locale', 'acr', 'amr', 'auth_time'], profile: [] },
    acrValues: ['idporten-loa-substantial', 'idporten-loa-high'],
    amr: ['TestID'],
    authMethod: 'client_secret_basic',
    par: 'optional',
    routes: {
      authorization: '/authorize',
      pushed_authorization_request: '/par',
      token: '/token',
      jwks: '/jwks.json',
      userinfo: '/userinfo',
      end_session: '/endsession',
    },
  },
  helseid: {
    name: 'HelseID',
    levels: ['Level3', 'Level4'],
    pidClaim: 'helseid://claims/identity/pid',
    scopes: ['openid', 'profile', 'helseid://scopes/identity/pid',
      'helseid://scopes/identity/security_level'],
    claims: {
      openid: ['sub', 'amr', 'auth_time'],
      profile: [],
      'helseid://scopes/identity/pid': ['helseid://claims/identity/pid'],
      'helseid://scopes/identity/security_level': ['helseid://claims/identity/security_level'],
    },
    amr: ['pwd'],
    // HelseID's discovery has no acr_values_supported and its ID tokens no acr; with none here
    // oidc-provider drops acr from claims_supported and from the ID token too.
    acrValues: [],
    authMethod: 'private_key_jwt',
    par: 'required',
    routes: {
      authorization: '/connect/authorize',
      pushed_authorization_request: '/connect/par',
      token: '/connect/token',
      jwks: '/.well-known/openid-configuration/jwks',
      userinfo: '/connect/userinfo',
      end_session: '/connect/endsession',
    },
  },
};

const profile = PROFILES[opt.profile];
if (!profile) usage(`--profile must be idporten or helseid, not '${opt.profile}'`);
const port = Number(opt.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) usage('--port must be 0..65535');
if (!opt['client-id']) usage('--client-id is required');
if (!opt['redirect-uri'] || opt['redirect-uri'].length === 0) usage('--redirect-uri is required');
const delayMs = Number(opt['token-delay-ms']);
if (!Number.isFinite(delayMs) || delayMs < 0) usage('--token-delay-ms must be a number >= 0');
const par = opt.par || profile.par;
if (!['required', 'optional', 'off'].includes(par)) usage('--par must be required, optional or off');
if (profile.authMethod === 'client_secret_basic' && !opt['client-secret']) {
  usage('--client-secret is required with --profile idporten');
}
if (profile.authMethod === 'private_key_jwt' && !opt['client-jwks']) {
  usage('--client-jwks is required with --profile helseid');
}

function readJson(file, what) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return usage(`cannot read ${what} ${file}: ${err.message}`);
  }
}

// The provider's signing keys: from --keys, or one new RSA key (written to --keys when given).
function signingKeys() {
  if (opt.keys && fs.existsSync(opt.keys)) {
    const jwks = readJson(opt.keys, '--keys');
    if (!Array.isArray(jwks.keys) || jwks.keys.length === 0 || !jwks.keys.every((k) => k.d)) {
      usage(`--keys ${opt.keys} must be a JWKS of private keys`);
    }
    return jwks;
  }
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = crypto.createHash('sha256').update(jwk.n).digest('base64url').slice(0, 16);
  const jwks = { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] };
  if (opt.keys) fs.writeFileSync(opt.keys, JSON.stringify(jwks, null, 2), { mode: 0o600 });
  return jwks;
}

function clientMetadata() {
  const client = {
    client_id: opt['client-id'],
    application_type: 'web',
    redirect_uris: opt['redirect-uri'],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: profile.authMethod,
    id_token_signed_response_alg: 'RS256',
    subject_type: 'pairwise',
  };
  if (profile.authMethod === 'client_secret_basic') {
    client.client_secret = opt['client-secret'];
  } else {
    const jwks = readJson(opt['client-jwks'], '--client-jwks');
    if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) usage('--client-jwks has no keys');
    if (jwks.keys.some((k) => k.d)) usage('--client-jwks must hold public keys only');
    client.jwks = jwks;
  }
  return client;
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// sub: an opaque pairwise id, base64 of an HMAC of the client's sector and the pid (the shape
// ID-porten and HelseID use). The secret is fixed per profile so a restarted provider (a key
// rotation) gives the same person the same sub, as the real ones do.
const subSecret = crypto.createHash('sha256').update(`bro-test-oidc-sub/${opt.profile}`).digest();
function pairwiseIdentifier(ctx, accountId, client) {
  return crypto.createHmac('sha256', subSecret)
    .update(`${client.sectorIdentifier}\n${accountId}`).digest('base64');
}

function securityLevel(acr) {
  return acr === 'Level4' ? '4' : '3';
}

async function main() {
  const { default: Provider } = await import(pathToFileURL(require.resolve('oidc-provider')).href);

  const server = http.createServer();
  server.on('clientError', (err, socket) => socket.destroy());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${server.address().port}`;

  const provider = new Provider(issuer, {
    clients: [clientMetadata()],
    jwks: signingKeys(),
    routes: profile.routes,
    responseTypes: ['code'],
    scopes: profile.scopes,
    claims: profile.claims,
    acrValues: profile.acrValues,
    subjectTypes: ['pairwise'],
    pairwiseIdentifier,
    // Like ID-porten and HelseID, the claims of the granted scopes are in the ID token itself
    // (oidc-provider would otherwise keep them for userinfo in the code flow).
    conformIdTokenClaims: false,
    pkce: { required: () => true }, // oidc-provider requires it only for public clients
    allowOmittingSingleRegisteredRedirectUri: false,
    clientAuthMethods: [profile.authMethod],
    clientBasedCORS: () => false, // the client is a server, no browser calls these endpoints
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    features: {
      devInteractions: { enabled: false },
      pushedAuthorizationRequests: {
        enabled: par !== 'off',
        requirePushedAuthorizationRequests: par === 'required',
      },
      rpInitiatedLogout: { enabled: false },
    },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    async findAccount(ctx, id) {
      if (!fnr.valid(id)) return undefined;
      return {
        accountId: id,
        async claims() {
          const c = { sub: id, [profile.pidClaim]: id };
          if (opt.profile === 'idporten') {
            c.locale = 'nb';
          } else {
            // The level picked at login, kept as the session's (and so the code's) acr.
            const acr = ctx.oidc.entities?.AuthorizationCode?.acr ?? ctx.oidc.session?.acr;
            if (acr) c['helseid://claims/identity/security_level'] = securityLevel(acr);
          }
          return c;
        },
      };
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Feil', `<h1>Innloggingen feilet</h1>
<p role="alert">${escapeHtml(out.error)}: ${escapeHtml(out.error_description || '')}</p>`);
    },
  });
  provider.on('server_error', (ctx, err) => console.error('provider server_error', err));
  provider.on('grant.error', (ctx, err) => console.error('provider grant.error', err.message, err.error_description || ''));
  provider.on('authorization.error', (ctx, err) => console.error('provider authorization.error', err.message, err.error_description || ''));
  provider.on('pushed_authorization_request.error', (ctx, err) => console.error('provider par.error', err.message, err.error_description || ''));

  // A slow provider: hold the token and PAR answers.
  const slow = new Set([profile.routes.token, profile.routes.pushed_authorization_request]);
  provider.use(async (ctx, next) => {
    if (delayMs > 0 && slow.has(ctx.path)) await new Promise((r) => setTimeout(r, delayMs));
    await next();
  });

  function page(title, body) {
    return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${profile.name} (test)</title>
<style>body{font-family:sans-serif;max-width:32em;margin:2em auto;padding:0 1em;line-height:1.5}
label{display:block;font-weight:bold;margin-top:1em}input,select,button{font-size:1em;padding:.4em}
button{margin-top:1em;margin-right:.5em}.error{color:#a00000}</style></head>
<body><main>${body}</main></body></html>`;
  }

  function loginPage(uid, { pid = '', acr, error } = {}) {
    const chosen = profile.levels.includes(acr) ? acr : profile.levels[profile.levels.length - 1];
    const options = profile.levels
      .map((l) => `<option value="${escapeHtml(l)}"${l === chosen ? ' selected' : ''}>${escapeHtml(l)}</option>`)
      .join('');
    const action = `/interaction/${encodeURIComponent(uid)}`;
    return page('Logg inn', `<h1>Logg inn med ${profile.name} (test)</h1>
${error ? `<p id="error" class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${action}/login">
<label for="pid">Fødselsnummer</label>
<input id="pid" name="pid" type="text" inputmode="numeric" autocomplete="off" pattern="[0-9]{11}" maxlength="11" required value="${escapeHtml(pid)}"${error ? ' aria-invalid="true" aria-describedby="error"' : ''}>
<label for="acr">Sikkerhetsnivå</label>
<select id="acr" name="acr">${options}</select>
<div><button id="login" type="submit">Logg inn</button></div>
</form>
<form method="post" action="${action}/cancel">
<button id="cancel" type="submit">Avbryt</button>
</form>`);
  }

  async function readForm(req) {
    let body = '';
    for await (const chunk of req) {
      body += chunk;
      if (body.length > 10000) throw new Error('form too large');
    }
    return Object.fromEntries(new URLSearchParams(body));
  }

  function send(res, status, html) {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  }

  async function interaction(req, res, uid, action) {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch (err) {
      return send(res, 400, page('Feil', `<h1>Innloggingen er utløpt</h1><p role="alert">${escapeHtml(err.message)}</p>`));
    }
    try {
      if (details.uid !== uid) return send(res, 400, page('Feil', '<p role="alert">Feil innlogging.</p>'));
      if (req.method === 'GET' && !action) return send(res, 200, loginPage(uid));
      if (req.method !== 'POST' || !action) return send(res, 405, page('Feil', '<p role="alert">Ugyldig forespørsel.</p>'));
      const form = await readForm(req);
      if (action === 'cancel') {
        return await provider.interactionFinished(req, res,
          { error: 'access_denied', error_description: 'the end-user cancelled the sign-in' },
          { mergeWithLastSubmission: false });
      }
      const pid = String(form.pid || '').trim();
      const acr = String(form.acr || '');
      if (!fnr.valid(pid)) {
        return send(res, 400, loginPage(uid, { pid, acr, error: 'Fødselsnummeret er ikke gyldig (11 siffer).' }));
      }
      if (!profile.levels.includes(acr)) {
        return send(res, 400, loginPage(uid, { pid, error: 'Velg et sikkerhetsnivå.' }));
      }
      // Consent at once: the scopes and claims asked for (those this profile knows of).
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: pid, clientId: details.params.client_id });
      const asked = String(details.params.scope || '').split(' ').filter((s) => profile.scopes.includes(s));
      grant.addOIDCScope(asked.join(' '));
      const claims = new Set(['sub', 'acr', 'amr', 'auth_time', 'sid']);
      for (const s of asked) for (const c of profile.claims[s] || []) claims.add(c);
      grant.addOIDCClaims([...claims]);
      const grantId = await grant.save();
      // For helseid the acr stays inside the provider: security_level is made from it.
      const login = { accountId: pid, acr, amr: profile.amr, remember: false };
      return await provider.interactionFinished(req, res, { login, consent: { grantId } },
        { mergeWithLastSubmission: false });
    } catch (err) {
      console.error('interaction failed', err);
      if (!res.headersSent) send(res, 500, page('Feil', `<p role="alert">${escapeHtml(err.message)}</p>`));
      return undefined;
    }
  }

  const handler = provider.callback();
  server.on('request', (req, res) => {
    const m = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|cancel))?\/?(?:\?.*)?$/.exec(req.url);
    if (m) return void interaction(req, res, m[1], m[2]);
    return handler(req, res);
  });

  process.stdout.write(`listening ${issuer}\n`);
  console.error(`${profile.name} test provider at ${issuer}: client ${opt['client-id']}, PAR ${par}, token delay ${delayMs} ms`);

  let stopping = false;
  const stop = (why) => {
    if (stopping) return;
    stopping = true;
    console.error(`stopping (${why})`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // Never outlive the test that started it.
  const parent = process.ppid;
  setInterval(() => { if (process.ppid !== parent) stop('parent gone'); }, 1000).unref();
  setTimeout(() => stop('15 minutes'), 15 * 60 * 1000).unref();
}

main().catch((err) => {
  process.stderr.write(`provider.js: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
