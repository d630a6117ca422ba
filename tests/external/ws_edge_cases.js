'use strict';
// An external client for bro-server's protocol edge cases, written with the `ws` package from npm
// (an implementation nobody on this project wrote). It seeds a demo database, starts a real
// bro-server on 127.0.0.1 port 0, runs each case, prints one line per case and finally
// "N passed, M failed". Exits non-zero on any failure.
//
//   node ws_edge_cases.js /path/to/bro-server
//
// Finds `ws` through NODE_PATH or bench/node_modules (see tests/external/CMakeLists.txt).

const { spawn, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

function requireWs() {
  try {
    return require('ws');
  } catch (e) {
    return require(path.join(__dirname, '..', '..', 'bench', 'node_modules', 'ws'));
  }
}
const WebSocket = requireWs();

const server = process.argv[2];
if (!server || !fs.existsSync(server)) {
  console.error('usage: node ws_edge_cases.js /path/to/bro-server');
  process.exit(2);
}

const PASSWORD = 'demo-passord';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bro-external-'));
const db = path.join(tmp, 'bro.db');
let child = null;
let url = null;
const results = [];

// The whole run is bounded.
const overall = setTimeout(() => {
  console.error('timed out');
  finish(true);
}, 240e3);

function finish(timedOut) {
  clearTimeout(overall);
  if (child) child.kill('SIGTERM');
  fs.rmSync(tmp, { recursive: true, force: true });
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + (timedOut ? 1 : 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function withTimeout(promise, ms, what) {
  let t;
  return Promise.race([
    promise,
    new Promise((_, reject) => { t = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms); }),
  ]).finally(() => clearTimeout(t));
}

// A connection with a queue of parsed text messages and a way to wait for the next matching one.
function connect() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { maxPayload: 256 * 1024 * 1024 });
    const c = { ws, inbox: [], waiters: [], closed: null };
    ws.on('message', (data, isBinary) => {
      const m = { binary: isBinary, text: data.toString() };
      try { m.json = JSON.parse(m.text); } catch (e) { m.json = null; }
      const i = c.waiters.findIndex((w) => w.pred(m));
      if (i >= 0) c.waiters.splice(i, 1)[0].resolve(m);
      else c.inbox.push(m);
    });
    ws.on('close', (code, reason) => {
      c.closed = { code, reason: reason.toString() };
      for (const w of c.waiters.splice(0)) w.reject(new Error(`closed with ${code} while waiting`));
    });
    ws.on('error', () => {});
    ws.once('open', () => resolve(c));
    ws.once('unexpected-response', (_, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function next(c, pred, ms = 10e3) {
  const i = c.inbox.findIndex(pred);
  if (i >= 0) return Promise.resolve(c.inbox.splice(i, 1)[0]);
  if (c.closed) return Promise.reject(new Error(`closed with ${c.closed.code}`));
  return withTimeout(new Promise((resolve, reject) => c.waiters.push({ pred, resolve, reject })), ms,
    'an answer');
}
const byId = (id) => (m) => m.json && m.json.id === id;
const sendJson = (c, obj) => c.ws.send(JSON.stringify(obj));

function closed(c, ms = 5e3) {
  if (c.closed) return Promise.resolve(c.closed);
  return withTimeout(new Promise((resolve) => c.ws.once('close', (code, reason) =>
    resolve({ code, reason: reason.toString() }))), ms, 'the close');
}

async function login(c, user, id = 'login') {
  sendJson(c, { type: 'login', id, user, password: PASSWORD, device_name: `external ${user}`, protocol: 1 });
  const m = await next(c, byId(id), 30e3);
  if (m.json.type !== 'welcome') throw new Error(`login: ${m.text.slice(0, 200)}`);
  return m.json;
}

function hlc(millis, counter) {
  return ((BigInt(millis) << 16n) | BigInt(counter)).toString(16).padStart(16, '0');
}

async function check(name, fn) {
  try {
    const detail = await fn();
    results.push({ ok: true });
    console.log(`PASS ${name}${detail ? ` (${detail})` : ''}`);
  } catch (e) {
    results.push({ ok: false });
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

function assert(cond, message) { if (!cond) throw new Error(message); }

async function startServer() {
  const seeded = spawnSync(server, ['demo', '--db', db], { encoding: 'utf8', timeout: 120e3 });
  if (seeded.status !== 0) throw new Error(`demo seed failed: ${seeded.stderr}`);
  child = spawn(server, ['serve', '--db', db, '--port', '0', '--bind', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.on('data', () => {}); // the server's own log (e.g. "reads too slowly")
  const port = await withTimeout(new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on [^\s]*:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`bro-server exited with ${code}`)));
  }), 30e3, 'bro-server to listen');
  url = `ws://127.0.0.1:${port}/sync`;
}

async function main() {
  await startServer();

  await check('fragmented text message is reassembled and answered', async () => {
    const c = await connect();
    const text = JSON.stringify({ type: 'pull', id: 'frag-1', cursor: 0, limit: 1 });
    const parts = [text.slice(0, 7), text.slice(7, 20), text.slice(20)];
    c.ws.send(parts[0], { fin: false });
    c.ws.send(parts[1], { fin: false });
    c.ws.send(parts[2], { fin: true });
    const m = await next(c, byId('frag-1'));
    // Not signed in: the server must have parsed the whole message to answer with its id.
    assert(m.json.type === 'error' && m.json.code === 'not_authenticated', `got ${m.text}`);
    // And a signed-in pull split into many small frames gets its `changes`.
    await login(c, 'emil');
    const pull = JSON.stringify({ type: 'pull', id: 'frag-2', cursor: 0, limit: 10 });
    for (let i = 0; i < pull.length; i += 5) c.ws.send(pull.slice(i, i + 5), { fin: i + 5 >= pull.length });
    const m2 = await next(c, byId('frag-2'));
    assert(m2.json.type === 'changes' && Array.isArray(m2.json.changes), `got ${m2.text.slice(0, 200)}`);
    c.ws.close(1000);
    return `${Math.ceil(pull.length / 5)} frames -> changes with ${m2.json.changes.length} changes`;
  });

  await check('ping gets a pong with the same payload', async () => {
    const c = await connect();
    const payload = crypto.randomBytes(16);
    const pong = withTimeout(new Promise((r) => c.ws.once('pong', r)), 5e3, 'pong');
    c.ws.ping(payload);
    const got = await pong;
    assert(Buffer.compare(got, payload) === 0, 'pong payload differs');
    c.ws.close(1000);
  });

  await check('close 1000 is answered with a close 1000', async () => {
    const c = await connect();
    c.ws.close(1000, 'bye');
    const { code } = await closed(c);
    assert(code === 1000, `closed with ${code}`);
    return `code ${code}`;
  });

  await check('oversize frame (> 1 MiB) is closed with 1009', async () => {
    const c = await connect();
    const big = JSON.stringify({ type: 'pull', id: 'big', cursor: 0, limit: 1, pad: 'x'.repeat(1024 * 1024) });
    c.ws.send(big);
    const { code } = await closed(c, 10e3);
    assert(code === 1009, `closed with ${code}`);
    // The server is still there for everyone else.
    const d = await connect();
    sendJson(d, { type: 'pull', id: 'after-big', cursor: 0, limit: 1 });
    const m = await next(d, byId('after-big'));
    assert(m.json.type === 'error', `got ${m.text}`);
    d.ws.close(1000);
    return `${big.length} bytes -> close ${code}`;
  });

  await check('oversize message sent in fragments is closed with 1009', async () => {
    const c = await connect();
    // Just under 1 MiB in four fragments, each let through before the next; then a small last
    // fragment pushes the message over. (Were the server to close while a big fragment is still
    // in flight, TCP would reset the connection and the client could only see 1006.)
    const chunk = 'x'.repeat(262000);
    c.ws.send('{"type":"pull","id":"big2","pad":"', { fin: false });
    for (let i = 0; i < 4; i++) {
      c.ws.send(chunk, { fin: false });
      await sleep(100);
    }
    assert(!c.closed, `closed early with ${c.closed && c.closed.code}`);
    c.ws.send('x'.repeat(1000) + '"}', { fin: true });
    const { code } = await closed(c, 10e3);
    assert(code === 1009, `closed with ${code}`);
    return `5 fragments, ${35 + 4 * 262000 + 1002} bytes -> close ${code}`;
  });

  await check('binary frame gets error binary_frame and the connection stays usable', async () => {
    const c = await connect();
    c.ws.send(Buffer.from(JSON.stringify({ type: 'pull', id: 'bin', cursor: 0, limit: 1 })), { binary: true });
    const m = await next(c, (x) => x.json && x.json.type === 'error');
    assert(m.json.code === 'binary_frame', `got ${m.text}`);
    sendJson(c, { type: 'pull', id: 'after-bin', cursor: 0, limit: 1 });
    const m2 = await next(c, byId('after-bin'));
    assert(m2.json.code === 'not_authenticated', `got ${m2.text}`);
    c.ws.close(1000);
  });

  await check('malformed JSON and unknown types get clear errors', async () => {
    const c = await connect();
    c.ws.send('{"type": "pull", ');
    const m = await next(c, (x) => x.json && x.json.type === 'error');
    assert(m.json.code === 'bad_json', `got ${m.text}`);
    sendJson(c, { type: 'teleport', id: 'u1' });
    const m2 = await next(c, byId('u1'));
    assert(m2.json.code === 'unknown_type', `got ${m2.text}`);
    c.ws.close(1000);
  });

  await check('a slow reader does not stall the server for others', async () => {
    // The slow device first gives the server a lot to send: 8 000 changes of its own.
    const slow = await connect();
    const welcome = await login(slow, 'emil', 'login-slow');
    const node = crypto.randomUUID();
    const pad = 'y'.repeat(150);
    let counter = 0;
    for (let b = 0; b < 8; b++) {
      const changes = [];
      for (let i = 0; i < 1000; i++) {
        ++counter;
        changes.push({
          op: crypto.randomUUID(), counter, record_id: `slow-${counter}`, kind: 'goal',
          case_id: 'case-emil', field: 'title', value: `Goal ${counter} ${pad}`,
          hlc: hlc(Date.now(), counter % 60000), node,
        });
      }
      sendJson(slow, { type: 'push', id: `seed-${b}`, changes });
      const ack = await next(slow, byId(`seed-${b}`), 60e3);
      assert(ack.json.type === 'ack' && ack.json.accepted.length === 1000, `push: ${ack.text.slice(0, 200)}`);
    }
    assert(welcome.device_id, 'no device id');
    // Now it stops reading, and asks for everything, many times over.
    slow.ws._socket.pause();
    for (let i = 0; i < 20; i++) sendJson(slow, { type: 'pull', id: `slow-${i}`, cursor: 0, limit: 1000 });
    await sleep(500);
    // Meanwhile another device is answered promptly, many times.
    const other = await connect();
    await login(other, 'sara', 'login-other');
    const t0 = Date.now();
    for (let i = 0; i < 20; i++) {
      sendJson(other, { type: 'pull', id: `fast-${i}`, cursor: 0, limit: 50 });
      await next(other, byId(`fast-${i}`), 5e3);
    }
    const fastMs = Date.now() - t0;
    // The slow reader resumes and gets every answer (or, had it fallen too far behind, an honest
    // close); either way the server is alive.
    slow.ws._socket.resume();
    let answered = 0;
    for (let i = 0; i < 20; i++) {
      const m = await next(slow, byId(`slow-${i}`), 60e3);
      assert(m.json.type === 'changes', `slow pull ${i}: ${m.text.slice(0, 200)}`);
      answered++;
    }
    sendJson(other, { type: 'pull', id: 'fast-last', cursor: 0, limit: 1 });
    await next(other, byId('fast-last'));
    slow.ws.close(1000);
    other.ws.close(1000);
    assert(child.exitCode === null, 'the server exited');
    return `other device: 20 pulls in ${fastMs} ms while the slow one was paused; slow got ${answered}/20`;
  });

  await check('server is still healthy at the end', async () => {
    const c = await connect();
    await login(c, 'jonas', 'login-end');
    sendJson(c, { type: 'pull', id: 'end', cursor: 0, limit: 5 });
    const m = await next(c, byId('end'));
    assert(m.json.type === 'changes', `got ${m.text.slice(0, 200)}`);
    c.ws.close(1000);
    await closed(c);
  });
}

main().then(() => finish(false), (e) => {
  console.log(`FAIL setup: ${e.message}`);
  results.push({ ok: false });
  finish(false);
});
