'use strict';
// The PouchDB side of B1, B2, B3 and B6: device databases are PouchDB on leveldb (on disk), the
// server is pouchdb-server (on disk), all on 127.0.0.1. Prints one JSON line per measured run, as
// bro-bench does. Usage: node pouch.js seed|b1|b2|b3|b6 --remote http://127.0.0.1:PORT --dir D ...
const path = require('path');
const fs = require('fs');
const PouchDB = require('pouchdb');
const { goalTitle, goalWhy, args, emit, now } = require('./data');

const cmd = process.argv[2];
const a = args(process.argv.slice(3));
const remoteBase = a.remote;
const dir = a.dir || '/tmp';
const runs = Number(a.runs || 5);
const records = Number(a.records || 10000);
const caseId = 'case-emil';

// Everything stops by itself.
setTimeout(() => { console.error(`pouch.js ${cmd}: timed out`); process.exit(3); }, 900e3).unref();

function localDb(name) {
  const p = path.join(dir, name);
  fs.rmSync(p, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return new PouchDB(p); // leveldb adapter: on disk
}

const goalDoc = (id, i, withWhy) => {
  // The same record as Bro's: a goal with title, status and (in B1/B6) why.
  const d = { _id: id, kind: 'goal', case_id: caseId, title: goalTitle(i), status: 'active' };
  if (withWhy) d.why = goalWhy(i);
  return d;
};

async function bulk(db, docs) {
  for (let i = 0; i < docs.length; i += 1000) {
    const res = await db.bulkDocs(docs.slice(i, i + 1000));
    const bad = res.find((r) => r.error);
    if (bad) throw new Error(`bulkDocs: ${JSON.stringify(bad)}`);
  }
}

async function docCount(db) {
  return (await db.info()).doc_count;
}

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

async function waitFor(pred, what, limitMs = 300e3) {
  const t0 = Date.now();
  while (!(await pred())) {
    if (Date.now() - t0 > limitMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

async function seed() {
  const remote = new PouchDB(`${remoteBase}/${a.db}`);
  const docs = [];
  for (let i = 0; i < records; i++) docs.push(goalDoc(`${a.prefix || 'seed'}-${i}`, i, true));
  const t0 = now();
  await bulk(remote, docs);
  console.error(`seeded ${records} docs in ${(now() - t0).toFixed(2)} s`);
}

// B1: a fresh device replicates everything from the server.
async function b1() {
  const remote = new PouchDB(`${remoteBase}/${a.db}`);
  for (let run = 1; run <= runs; run++) {
    const local = localDb(`b1-${run}`);
    const t0 = now();
    const res = await PouchDB.replicate(remote, local);
    const s = now() - t0;
    const n = await docCount(local);
    if (n < records) throw new Error(`B1: only ${n} docs arrived`);
    emit('B1', 'peer', 'seconds', s, run, { docs: n, docs_written: res.docs_written });
    await local.destroy();
  }
}

// B2: a device made N edits offline and pushes them.
async function b2() {
  const remote = new PouchDB(`${remoteBase}/${a.db}`);
  for (let run = 1; run <= runs; run++) {
    const local = localDb(`b2-${run}`);
    const docs = [];
    for (let i = 0; i < records; i++) docs.push(goalDoc(`b2-${run}-${i}`, i, false));
    await bulk(local, docs); // the offline edits: not timed
    const t0 = now();
    const res = await PouchDB.replicate(local, remote);
    const s = now() - t0;
    if (res.docs_written !== records) throw new Error(`B2: wrote ${res.docs_written}`);
    emit('B2', 'peer', 'seconds', s, run, { docs: res.docs_written });
    await local.destroy();
  }
}

// B3: device A writes, live replication carries it to device B.
async function b3() {
  const remoteUrl = `${remoteBase}/${a.db}`;
  const count = Number(a.count || 1000);
  const dbA = localDb('b3-a');
  const dbB = localDb('b3-b');
  const push = dbA.replicate.to(remoteUrl, { live: true, retry: true });
  const pull = dbB.replicate.from(remoteUrl, { live: true, retry: true });
  let waiting = null;
  const feed = dbB.changes({ since: 'now', live: true }).on('change', (c) => {
    if (waiting && c.id === waiting.id) { const w = waiting; waiting = null; w.resolve(now()); }
  });
  await sleep(500); // let both replications settle into their live feeds
  for (let run = 1; run <= runs; run++) {
    const ms = [];
    for (let i = 0; i < count; i++) {
      const id = `b3-${run}-${i}`;
      const got = new Promise((resolve) => { waiting = { id, resolve }; });
      const t0 = now();
      await dbA.put(goalDoc(id, i, false));
      const timer = setTimeout(() => { console.error(`B3: ${id} never arrived`); process.exit(4); }, 30e3);
      const t1 = await got;
      clearTimeout(timer);
      ms.push((t1 - t0) * 1000);
    }
    ms.sort((x, y) => x - y);
    const pct = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
    emit('B3', 'peer', 'p50_ms', pct(0.5), run);
    emit('B3', 'peer', 'p99_ms', pct(0.99), run);
  }
  feed.cancel(); push.cancel(); pull.cancel();
}

// B6: the owner deletes N docs; the tombstones replicate until the grantee has none left.
async function b6() {
  const remoteUrl = `${remoteBase}/${a.db}`;
  const owner = localDb('b6-owner');
  const grantee = localDb('b6-grantee');
  const push = owner.replicate.to(remoteUrl, { live: true, retry: true });
  const pull = grantee.replicate.from(remoteUrl, { live: true, retry: true });
  for (let run = 1; run <= runs; run++) {
    // Not timed: the owner writes N docs and the grantee receives them.
    const docs = [];
    for (let i = 0; i < records; i++) docs.push(goalDoc(`b6-${run}-${i}`, i, true));
    await bulk(owner, docs);
    await waitFor(async () => (await docCount(grantee)) === records, 'the grantee to have the docs');
    const t0 = now();
    const all = await owner.allDocs();
    await bulk(owner, all.rows.map((r) => ({ _id: r.id, _rev: r.value.rev, _deleted: true })));
    await waitFor(async () => (await docCount(grantee)) === 0, 'the tombstones');
    emit('B6', 'peer', 'seconds', now() - t0, run, { rows: records });
  }
  push.cancel(); pull.cancel();
}

const commands = { seed, b1, b2, b3, b6 };
if (!commands[cmd]) {
  console.error('usage: node pouch.js seed|b1|b2|b3|b6 --remote URL --db NAME [--dir D --runs N --records N]');
  process.exit(2);
}
commands[cmd]().then(() => process.exit(0), (e) => { console.error(`pouch.js ${cmd}: ${e.stack || e}`); process.exit(1); });
