'use strict';
// Self-check of the sign-in test harness, without any Bro code: runs provider.js in both
// profiles and plays the confidential client itself (fetch and node:crypto only): discovery,
// PAR, the authorization URL, browser.js (Debian's chromium) to log in, a loopback listener to
// catch the redirect, the token exchange with PKCE, and the ID token's signature and claims.
// Also: "Avbryt" gives error=access_denied, --token-delay-ms delays, --keys rotates.
//
// USAGE   NODE_PATH=<build>/tests/external/node/node_modules node selfcheck.js
// OUTPUT  one "PASS what" or "FAIL what: why" line per check on stdout (provider logs of a
//         failed run on stderr); exit 0 when all pass, 1 otherwise. Bounded: 150 s in all.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const fnr = require('./fnr.js');

const HERE = __dirname;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bro-oidc-selfcheck-'));
const children = new Set();
let failures = 0;

function pass(what) { console.log(`PASS ${what}`); }
function fail(what, why) { ++failures; console.log(`FAIL ${what}: ${why}`); }
function check(what, ok, why) { if (ok) pass(what); else fail(what, why); return ok; }

function cleanupAndExit(code) {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
setTimeout(() => { fail('selfcheck', 'did not finish within 150 s'); cleanupAndExit(1); }, 150000).unref();

const b64url = (b) => Buffer.from(b).toString('base64url');
const withTimeout = (ms, what, p) => Promise.race([p, new Promise((_, reject) =>
  setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())]);
const httpFetch = (url, init = {}) => withTimeout(10000, `fetch ${url}`, fetch(url, { redirect: 'manual', ...init }));

// --- child processes ----------------------------------------------------------------------

function startProvider(args) {
  const proc = spawn(process.execPath, [path.join(HERE, 'provider.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  let out = '';
  proc.log = '';
  proc.stderr.on('data', (d) => { proc.log += d; });
  proc.exited = new Promise((resolve) => proc.on('exit', (code, signal) => { children.delete(proc); resolve({ code, signal }); }));
  return withTimeout(15000, 'provider start', new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /^listening (http:\/\/127\.0\.0\.1:(\d+))\n/.exec(out);
      if (m) resolve({ proc, issuer: m[1], port: Number(m[2]), stdout: () => out });
    });
    proc.exited.then(({ code }) => reject(new Error(`provider exited ${code}: ${proc.log.trim()}`)));
  }));
}

async function stopProvider(p) {
  p.proc.kill('SIGTERM');
  return withTimeout(5000, 'provider stop', p.proc.exited);
}

function runBrowser(args) {
  return withTimeout(45000, 'browser.js', new Promise((resolve) => {
    const proc = spawn(process.execPath, [path.join(HERE, 'browser.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(proc);
    let out = '';
    let err = '';
    proc.stdout.on('data', (d) => { out += d; });
    proc.stderr.on('data', (d) => { err += d; });
    proc.on('exit', (code) => {
      children.delete(proc);
      const arrived = /^arrived (\S+)$/m.exec(out);
      const page = /^page (.*)$/m.exec(out);
      resolve({ code, out, err, arrived: arrived && arrived[1], page: page && page[1] });
    });
  }));
}

// The client's loopback redirect target, like the app's.
function startCallback() {
  const received = [];
  const server = http.createServer((req, res) => {
    received.push(req.url);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
    res.end('<!doctype html><meta charset="utf-8"><title>Bro</title><p>Du kan gå tilbake til Bro nå.</p>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    server, received, uri: `http://127.0.0.1:${server.address().port}/callback`,
  })));
}

// --- the confidential client --------------------------------------------------------------

function pkce() {
  const verifier = b64url(crypto.randomBytes(32));
  return { verifier, challenge: b64url(crypto.createHash('sha256').update(verifier).digest()) };
}

function signJwt(header, payload, key, alg) {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const sig = alg === 'ES256'
    ? crypto.sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
    : crypto.sign('sha256', Buffer.from(input), key);
  return `${input}.${b64url(sig)}`;
}

class Client {
  constructor({ issuer, clientId, secret, ecKey, kid, redirectUri }) {
    Object.assign(this, { issuer, clientId, secret, ecKey, kid, redirectUri });
  }

  async discover() {
    const r = await httpFetch(`${this.issuer}/.well-known/openid-configuration`);
    this.meta = await r.json();
    return this.meta;
  }

  // client_secret_basic (RFC 6749 2.3.1: both parts form-encoded) or private_key_jwt.
  authenticate(headers, form) {
    if (this.secret) {
      const enc = (s) => encodeURIComponent(s).replace(/%20/g, '+');
      headers.authorization = `Basic ${Buffer.from(`${enc(this.clientId)}:${enc(this.secret)}`).toString('base64')}`;
    } else {
      const now = Math.floor(Date.now() / 1000);
      form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      form.set('client_assertion', signJwt({ alg: 'ES256', kid: this.kid, typ: 'JWT' }, {
        iss: this.clientId, sub: this.clientId, aud: this.issuer, jti: crypto.randomUUID(),
        iat: now, nbf: now, exp: now + 60,
      }, this.ecKey, 'ES256'));
    }
  }

  async post(endpoint, params, { auth = true } = {}) {
    const form = new URLSearchParams(params);
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    if (auth) this.authenticate(headers, form);
    const started = Date.now();
    const r = await httpFetch(endpoint, { method: 'POST', headers, body: form });
    const body = await r.json().catch(() => ({}));
    return { status: r.status, body, ms: Date.now() - started };
  }

  authParams({ scope, acr }) {
    this.state = b64url(crypto.randomBytes(16));
    this.nonce = b64url(crypto.randomBytes(16));
    this.pkce = pkce();
    const p = {
      client_id: this.clientId, response_type: 'code', redirect_uri: this.redirectUri, scope,
      state: this.state, nonce: this.nonce, code_challenge: this.pkce.challenge,
      code_challenge_method: 'S256',
    };
    if (acr) p.acr_values = acr;
    return p;
  }

  authorizeUrl(params) {
    return `${this.meta.authorization_endpoint}?${new URLSearchParams(params)}`;
  }

  async pushed(params) {
    const r = await this.post(this.meta.pushed_authorization_request_endpoint, params);
    if (r.status !== 201 || !r.body.request_uri) throw new Error(`PAR ${r.status} ${JSON.stringify(r.body)}`);
    return this.authorizeUrl({ client_id: this.clientId, request_uri: r.body.request_uri });
  }

  async token(code) {
    return this.post(this.meta.token_endpoint, {
      grant_type: 'authorization_code', code, redirect_uri: this.redirectUri,
      code_verifier: this.pkce.verifier,
    });
  }

  // OIDC Core 3.1.3.7: signature by a key of the issuer's JWKS, iss, aud, exp, nonce.
  async verifyIdToken(jwt) {
    const [h, p, s] = jwt.split('.');
    const header = JSON.parse(Buffer.from(h, 'base64url'));
    const claims = JSON.parse(Buffer.from(p, 'base64url'));
    if (header.alg !== 'RS256') throw new Error(`alg ${header.alg}`);
    const jwks = await (await httpFetch(this.meta.jwks_uri)).json();
    const jwk = jwks.keys.find((k) => k.kid === header.kid);
    if (!jwk) throw new Error(`no key ${header.kid} in the JWKS`);
    const key = crypto.createPublicKey({ key: jwk, format: 'jwk' });
    if (!crypto.verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))) throw new Error('bad signature');
    if (claims.iss !== this.issuer) throw new Error(`iss ${claims.iss}`);
    if (![].concat(claims.aud).includes(this.clientId)) throw new Error(`aud ${claims.aud}`);
    if (!(claims.exp > Date.now() / 1000)) throw new Error('expired');
    if (claims.nonce !== this.nonce) throw new Error(`nonce ${claims.nonce} != ${this.nonce}`);
    return claims;
  }
}

// The redirect's query: checks state and iss (RFC 9207), returns the parameters.
function redirectParams(client, arrived) {
  const u = new URL(arrived);
  if (!arrived.startsWith(client.redirectUri)) throw new Error(`arrived at ${arrived}`);
  const q = Object.fromEntries(u.searchParams);
  if (q.state !== client.state) throw new Error(`state ${q.state} != ${client.state}`);
  if (q.iss !== client.issuer) throw new Error(`iss ${q.iss}`);
  return q;
}

// --- the checks -----------------------------------------------------------------------------

const PID = fnr.make(1, 81, 1990, 123); // month + 80: a synthetic test number
const SECRET = 'a-test-secret-that-is-long-enough';

async function checkIdporten(cb) {
  const keys = path.join(tmp, 'idporten-keys.json');
  const p = await startProvider(['--profile', 'idporten', '--port', '0', '--client-id', 'bro-test',
    '--client-secret', SECRET, '--redirect-uri', cb.uri, '--keys', keys]);
  try {
    check('idporten: exactly one line on stdout', p.stdout() === `listening ${p.issuer}\n`, JSON.stringify(p.stdout()));
    const client = new Client({ issuer: p.issuer, clientId: 'bro-test', secret: SECRET, redirectUri: cb.uri });
    const m = await client.discover();
    check('idporten: discovery', m.issuer === p.issuer
      && JSON.stringify(m.token_endpoint_auth_methods_supported) === '["client_secret_basic"]'
      && JSON.stringify(m.code_challenge_methods_supported) === '["S256"]'
      && JSON.stringify(m.acr_values_supported) === '["idporten-loa-substantial","idporten-loa-high"]'
      && JSON.stringify(m.id_token_signing_alg_values_supported) === '["RS256"]'
      && m.pushed_authorization_request_endpoint && !m.require_pushed_authorization_requests,
    JSON.stringify(m));

    // Without PAR (optional here), with PKCE, asking for high but picking substantial.
    const shot = path.join(tmp, 'login.png');
    const url = client.authorizeUrl(client.authParams({ scope: 'openid profile', acr: 'idporten-loa-high' }));
    const b = await runBrowser(['--url', url, '--pid', PID, '--acr', 'idporten-loa-substantial',
      '--until', cb.uri, '--screenshot', shot, '--timeout-ms', '30000']);
    if (!check('idporten: browser login arrives back', b.code === 0 && b.arrived && b.page === 'Du kan gå tilbake til Bro nå.'
      && b.out.split('\n')[0].startsWith('arrived '), `${b.code} ${b.out}${b.err}`)) return;
    check('idporten: screenshot of the login page', fs.existsSync(shot) && fs.statSync(shot).size > 1000, 'no PNG');
    const q = redirectParams(client, b.arrived);
    const t = await client.token(q.code);
    if (!check('idporten: token exchange (client_secret_basic, PKCE)', t.status === 200 && t.body.id_token,
      `${t.status} ${JSON.stringify(t.body)}`)) return;
    const c = await client.verifyIdToken(t.body.id_token);
    check('idporten: ID token claims', c.pid === PID && c.acr === 'idporten-loa-substantial'
      && JSON.stringify(c.amr) === '["TestID"]' && c.locale === 'nb' && c.auth_time > 0
      && /^[A-Za-z0-9+/]{43}=$/.test(c.sub) && !c.sub.includes(PID), JSON.stringify(c));
    const again = await client.token(q.code);
    check('idporten: a code is good once', again.status === 400 && again.body.error === 'invalid_grant', JSON.stringify(again));
    const post = await client.post(client.meta.token_endpoint, { grant_type: 'authorization_code', code: 'x',
      redirect_uri: cb.uri, code_verifier: 'x', client_id: 'bro-test', client_secret: SECRET }, { auth: false });
    check('idporten: client_secret_post refused', post.status === 401 && post.body.error === 'invalid_client', JSON.stringify(post));

    // The same person again, now by PAR: the same pairwise sub.
    const url2 = await client.pushed(client.authParams({ scope: 'openid profile' }));
    const b2 = await runBrowser(['--url', url2, '--pid', PID, '--until', cb.uri]);
    const t2 = b2.arrived && await client.token(redirectParams(client, b2.arrived).code);
    const c2 = t2 && t2.body.id_token && await client.verifyIdToken(t2.body.id_token);
    check('idporten: PAR login, default level high, same sub', c2 && c2.acr === 'idporten-loa-high' && c2.sub === c.sub,
      `${b2.out} ${JSON.stringify(c2 || t2)}`);

    // Avbryt.
    const url3 = client.authorizeUrl(client.authParams({ scope: 'openid profile' }));
    const b3 = await runBrowser(['--url', url3, '--pid', PID, '--cancel', '--until', cb.uri]);
    const q3 = b3.arrived && redirectParams(client, b3.arrived);
    check('idporten: Avbryt returns error=access_denied', b3.code === 0 && q3 && q3.error === 'access_denied' && !q3.code,
      `${b3.code} ${b3.out}`);

    // An invalid number is refused on the page: the browser stays there and fails.
    const url4 = client.authorizeUrl(client.authParams({ scope: 'openid profile' }));
    const b4 = await runBrowser(['--url', url4, '--pid', '12345678901', '--until', cb.uri, '--timeout-ms', '15000']);
    check('idporten: invalid fødselsnummer refused, browser.js FAILs at once', b4.code === 1
      && /^FAIL .*ikke gyldig/.test(b4.out) && b4.out.trim().split('\n').length === 1, b4.out);

    // Key rotation: restart on the same port with another key file, then with the first again.
    const kid1 = (await (await httpFetch(m.jwks_uri)).json()).keys[0].kid;
    await stopProvider(p);
    const p2 = await startProvider(['--profile', 'idporten', '--port', String(p.port), '--client-id', 'bro-test',
      '--client-secret', SECRET, '--redirect-uri', cb.uri, '--keys', path.join(tmp, 'idporten-keys-2.json')]);
    const kid2 = (await (await httpFetch(m.jwks_uri)).json()).keys[0].kid;
    const stopped2 = await stopProvider(p2);
    const p3 = await startProvider(['--profile', 'idporten', '--port', String(p.port), '--client-id', 'bro-test',
      '--client-secret', SECRET, '--redirect-uri', cb.uri, '--keys', keys]);
    const kid3 = (await (await httpFetch(m.jwks_uri)).json()).keys[0].kid;
    const stopped3 = await stopProvider(p3);
    check('idporten: --keys rotation on the same port', p2.port === p.port && kid2 !== kid1 && kid3 === kid1,
      `${kid1} ${kid2} ${kid3}`);
    check('provider: SIGTERM exits 0', stopped2.code === 0 && stopped3.code === 0, JSON.stringify([stopped2, stopped3]));
  } finally {
    if (p.proc.exitCode === null) await stopProvider(p).catch(() => {});
    if (failures) process.stderr.write(p.proc.log);
  }
}

async function checkHelseid(cb) {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = 'selfcheck-1';
  const jwksFile = path.join(tmp, 'client-jwks.json');
  fs.writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }] }));
  const p = await startProvider(['--profile', 'helseid', '--port', '0', '--client-id', 'bro-helseid-test',
    '--client-jwks', jwksFile, '--redirect-uri', cb.uri]);
  try {
    const client = new Client({ issuer: p.issuer, clientId: 'bro-helseid-test', ecKey: privateKey, kid, redirectUri: cb.uri });
    const m = await client.discover();
    check('helseid: discovery', m.require_pushed_authorization_requests === true
      && JSON.stringify(m.token_endpoint_auth_methods_supported) === '["private_key_jwt"]'
      && m.scopes_supported.includes('helseid://scopes/identity/security_level')
      && m.claims_supported.includes('helseid://claims/identity/pid') && !m.claims_supported.includes('acr')
      && m.acr_values_supported === undefined
      && m.token_endpoint === `${p.issuer}/connect/token`, JSON.stringify(m));
    const scope = 'openid profile helseid://scopes/identity/pid helseid://scopes/identity/security_level';

    // Without PAR: refused.
    const plain = await httpFetch(client.authorizeUrl(client.authParams({ scope })));
    const loc = plain.headers.get('location') || '';
    check('helseid: authorization without PAR refused', !loc.includes('/interaction/')
      && (plain.status >= 400 || /error=invalid_request/.test(loc)), `${plain.status} ${loc}`);
    const noAuth = await client.post(m.pushed_authorization_request_endpoint,
      { ...client.authParams({ scope }), client_id: 'bro-helseid-test' }, { auth: false });
    check('helseid: PAR without client assertion refused', noAuth.status === 401, JSON.stringify(noAuth));

    // PAR with private_key_jwt, level 3.
    const url = await client.pushed(client.authParams({ scope, acr: 'Level4' }));
    const b = await runBrowser(['--url', url, '--pid', PID, '--acr', 'Level3', '--until', cb.uri]);
    if (!check('helseid: browser login arrives back', b.code === 0 && b.arrived, `${b.code} ${b.out}${b.err}`)) return;
    const q = redirectParams(client, b.arrived);
    const t = await client.token(q.code);
    if (!check('helseid: token exchange (private_key_jwt ES256, PKCE)', t.status === 200 && t.body.id_token,
      `${t.status} ${JSON.stringify(t.body)}`)) return;
    const c = await client.verifyIdToken(t.body.id_token);
    check('helseid: ID token claims', c['helseid://claims/identity/pid'] === PID
      && c['helseid://claims/identity/security_level'] === '3' && c.acr === undefined
      && JSON.stringify(c.amr) === '["pwd"]' && c.auth_time > 0 && !c.sub.includes(PID) && c.pid === undefined, JSON.stringify(c));

    // Only the pid scope (as Bro's server asks): no security_level; default level 4 otherwise.
    const url2 = await client.pushed(client.authParams({ scope: 'openid profile helseid://scopes/identity/pid' }));
    const b2 = await runBrowser(['--url', url2, '--pid', PID, '--until', cb.uri]);
    const t2 = b2.arrived && await client.token(redirectParams(client, b2.arrived).code);
    const c2 = t2 && t2.body.id_token && await client.verifyIdToken(t2.body.id_token);
    check('helseid: only the scopes asked for', c2 && c2['helseid://claims/identity/pid'] === PID
      && c2['helseid://claims/identity/security_level'] === undefined && c2.sub === c.sub, `${b2.out} ${JSON.stringify(c2 || t2)}`);
  } finally {
    await stopProvider(p).catch(() => {});
    if (failures) process.stderr.write(p.proc.log);
  }
}

async function checkDelay(cb) {
  const p = await startProvider(['--profile', 'idporten', '--port', '0', '--client-id', 'bro-test',
    '--client-secret', SECRET, '--redirect-uri', cb.uri, '--token-delay-ms', '3000']);
  try {
    const client = new Client({ issuer: p.issuer, clientId: 'bro-test', secret: SECRET, redirectUri: cb.uri });
    const m = await client.discover();
    const quick = Date.now();
    await client.discover();
    const discoveryMs = Date.now() - quick;
    const t = await client.post(m.token_endpoint, { grant_type: 'authorization_code', code: 'not-a-code',
      redirect_uri: cb.uri, code_verifier: 'x'.repeat(43) });
    const par = await client.post(m.pushed_authorization_request_endpoint, client.authParams({ scope: 'openid profile' }));
    check('--token-delay-ms 3000 delays token and PAR, not discovery',
      t.ms >= 2950 && t.body.error === 'invalid_grant' && par.ms >= 2950 && par.status === 201 && discoveryMs < 2500,
      `token ${t.ms} ms ${JSON.stringify(t.body)}, PAR ${par.ms} ms ${par.status}, discovery ${discoveryMs} ms`);
  } finally {
    await stopProvider(p).catch(() => {});
  }
}

async function main() {
  check('test pid has valid check digits', fnr.valid(PID) && PID.length === 11, PID);
  const cb = await startCallback();
  try {
    for (const [name, fn] of [['idporten', checkIdporten], ['helseid', checkHelseid], ['delay', checkDelay]]) {
      try {
        await fn(cb);
      } catch (err) {
        fail(name, err && err.stack ? err.stack.split('\n').slice(0, 3).join(' ') : err);
      }
    }
  } finally {
    cb.server.close();
  }
  console.log(failures ? `FAIL ${failures} check(s) failed` : 'PASS all');
  cleanupAndExit(failures ? 1 : 0);
}

main().catch((err) => { fail('selfcheck', err.stack || err); cleanupAndExit(1); });
