// A real OpenID provider (npm oidc-provider, OpenID-certified) on loopback, configured like
// Digdir's ID-porten or Norsk Helsenett's HelseID, for Bro's national sign-in tests.
//
// node provider.mjs --profile idporten|helseid --port 0 --client-id ID --redirect-uri URI
//                   [--redirect-uri URI2] [--client-secret S] [--client-jwks FILE]
//                   [--keys FILE] [--token-delay-ms N] [--par required|optional|off]
//
// Prints one line "listening http://127.0.0.1:PORT" (the issuer) when ready; logs to stderr;
// stops on SIGTERM. --keys holds the provider's private signing keys (a JWKS); a missing file
// gets one new RSA key, written there, so a test rotates keys by restarting with another file.
//   idporten: client_secret_basic; claims pid, acr idporten-loa-substantial|high; PAR offered.
//   helseid:  private_key_jwt with the client's public keys (--client-jwks); PAR required;
//             claims helseid://claims/identity/pid and .../security_level; acr Level3|Level4.
// Both require PKCE (S256). The login page is our own: a national identity number, a level,
// "Logg inn" or "Avbryt"; consent is granted at once, as ID-porten does for public services.
import { randomUUID, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { load } from './load.mjs';

const { values: opt } = parseArgs({
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
});
const helseid = opt.profile === 'helseid';
const levels = helseid ? ['Level3', 'Level4'] : ['idporten-loa-substantial', 'idporten-loa-high'];
const pidClaim = helseid ? 'helseid://claims/identity/pid' : 'pid';
const par = opt.par || (helseid ? 'required' : 'optional');

function signingKeys() {
  if (opt.keys && existsSync(opt.keys)) return JSON.parse(readFileSync(opt.keys, 'utf8'));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks = { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' }] };
  if (opt.keys) writeFileSync(opt.keys, JSON.stringify(jwks));
  return jwks;
}

const { default: Provider } = await load('oidc-provider');

const server = http.createServer();
await new Promise((resolve) => server.listen(Number(opt.port), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const client = {
  client_id: opt['client-id'],
  redirect_uris: opt['redirect-uri'],
  grant_types: ['authorization_code'],
  response_types: ['code'],
  id_token_signed_response_alg: 'RS256',
};
if (helseid) {
  client.token_endpoint_auth_method = 'private_key_jwt';
  client.jwks = JSON.parse(readFileSync(opt['client-jwks'], 'utf8'));
} else {
  client.token_endpoint_auth_method = 'client_secret_basic';
  client.client_secret = opt['client-secret'];
}

const scopeClaims = helseid
  ? { 'helseid://scopes/identity/pid': [pidClaim], 'helseid://scopes/identity/security_level': ['helseid://claims/identity/security_level'] }
  : { profile: [pidClaim, 'locale'] };

const provider = new Provider(issuer, {
  clients: [client],
  jwks: signingKeys(),
  acrValues: levels,
  scopes: ['openid', ...Object.keys(scopeClaims)],
  claims: { openid: ['sub'], ...scopeClaims },
  // The claims of the granted scopes go in the ID token (the server reads pid from it).
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    pushedAuthorizationRequests: { enabled: par !== 'off', requirePushedAuthorizationRequests: par === 'required' },
  },
  clientAuthMethods: helseid ? ['private_key_jwt'] : ['client_secret_basic'],
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        const c = { sub: `sub-${Buffer.from(id).toString('base64url')}`, [pidClaim]: id };
        if (helseid) c['helseid://claims/identity/security_level'] = '4';
        else c.locale = 'nb';
        return c;
      },
    };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: [randomUUID()] },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = `<!doctype html><meta charset="utf-8"><title>Feil</title><p>${out.error}: ${out.error_description || ''}</p>`;
  },
});
provider.on('server_error', (ctx, err) => console.error('provider error', err));

const page = (uid, body) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${helseid ? 'HelseID' : 'ID-porten'} (test)</title></head>
<body style="font-family:sans-serif;max-width:30em;margin:2em auto">${body}</body></html>`;

function loginForm(uid) {
  const options = levels.map((l, i) => `<option value="${l}"${i === levels.length - 1 ? ' selected' : ''}>${l}</option>`).join('');
  return page(uid, `<h1>${helseid ? 'HelseID' : 'ID-porten'} (test)</h1>
<form method="post" action="/interaction/${uid}/login">
<p><label for="pid">Fødselsnummer</label><br><input id="pid" name="pid" inputmode="numeric" autocomplete="off" required></p>
<p><label for="acr">Sikkerhetsnivå</label><br><select id="acr" name="acr">${options}</select></p>
<p><button id="login" type="submit">Logg inn</button></p></form>
<form method="post" action="/interaction/${uid}/cancel"><button id="cancel" type="submit">Avbryt</button></form>`);
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return Object.fromEntries(new URLSearchParams(body));
}

async function interaction(req, res, uid, action) {
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(loginForm(uid));
    }
    const form = await readForm(req);
    if (action === 'cancel') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'the person cancelled' }, { mergeWithLastSubmission: false });
    }
    const accountId = String(form.pid || '');
    const acr = levels.includes(form.acr) ? form.acr : levels[0];
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    grant.addOIDCClaims(['sub', ...Object.values(scopeClaims).flat()]);
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { login: { accountId, acr, amr: ['pwd'] }, consent: { grantId } }, { mergeWithLastSubmission: false });
  } catch (err) {
    console.error('interaction failed', err);
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(String(err.message || err));
  }
}

const handler = provider.callback();
const delay = Number(opt['token-delay-ms']);
server.on('request', (req, res) => {
  const m = req.url.match(/^\/interaction\/([^/?]+)(?:\/(login|cancel))?/);
  if (m) return interaction(req, res, m[1], m[2]);
  if (delay > 0 && req.url.startsWith('/token')) {
    return setTimeout(() => handler(req, res), delay);
  }
  return handler(req, res);
});

console.log(`listening ${issuer}`);
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
setTimeout(() => process.exit(0), 10 * 60 * 1000).unref(); // never outlive a test by much
