'use strict';
// Prints the benchmark table from the JSON lines bro-bench and the peers wrote (bench/run).
// Per benchmark: Bro's median and min-max over the runs, the peer's, their ratio, the target, and
// "ahead" only when Bro's worst run beats the peer's best.
const fs = require('fs');

const file = process.argv[2];
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

// better: 'lower' or 'higher'. ratio: how the ratio is formed and checked against the target.
const specs = [
  { bench: 'B1', metric: 'seconds', what: 'initial sync, 10k records (s)', peer: 'PouchDB+pouchdb-server', better: 'lower', ratio: 'peer/bro', target: 3, targetText: '>= 3x faster' },
  { bench: 'B2', metric: 'seconds', what: 'upload 10k offline edits (s)', peer: 'PouchDB+pouchdb-server', better: 'lower', ratio: 'peer/bro', target: 3, targetText: '>= 3x faster' },
  { bench: 'B1app', metric: 'seconds', what: 'B1 through the app (Session, models) (s)', peer: 'PouchDB+pouchdb-server', peerBench: 'B1', better: 'lower', ratio: 'peer/bro', target: 3, targetText: '>= 3x faster' },
  { bench: 'B1app', label: 'B1app/core', metric: 'seconds', what: 'B1: app path against core path', peer: 'Bro core (B1)', peerBench: 'B1', peerSide: 'bro', better: 'lower', ratio: 'bro/peer', target: 1.5, targetText: '<= 1.5x' },
  { bench: 'B2app', metric: 'seconds', what: 'B2 through the app (Session, models) (s)', peer: 'PouchDB+pouchdb-server', peerBench: 'B2', better: 'lower', ratio: 'peer/bro', target: 3, targetText: '>= 3x faster' },
  { bench: 'B2app', label: 'B2app/core', metric: 'seconds', what: 'B2: app path against core path', peer: 'Bro core (B2)', peerBench: 'B2', peerSide: 'bro', better: 'lower', ratio: 'bro/peer', target: 1.5, targetText: '<= 1.5x' },
  // Pipelining (issue 13): the app's default window against one request at a time, same run.
  { bench: 'B1app', label: 'B1app w4/w1', metric: 'seconds', what: 'B1 app: window 4 against 1', peer: 'app, one at a time', peerBench: 'B1app1', peerSide: 'bro', better: 'lower', ratio: 'bro/peer', targetText: '(reported)' },
  { bench: 'B2app', label: 'B2app w4/w1', metric: 'seconds', what: 'B2 app: window 4 against 1', peer: 'app, one at a time', peerBench: 'B2app1', peerSide: 'bro', better: 'lower', ratio: 'bro/peer', targetText: '(reported)' },
  { bench: 'B1rtt', metric: 'seconds', what: 'B1 app over a 50 ms round trip (s)', peer: 'same, one at a time', peerBench: 'B1rtt1', peerSide: 'bro', better: 'lower', ratio: 'peer/bro', targetText: '(reported)' },
  { bench: 'B2rtt', metric: 'seconds', what: 'B2 app over a 50 ms round trip (s)', peer: 'same, one at a time', peerBench: 'B2rtt1', peerSide: 'bro', better: 'lower', ratio: 'peer/bro', targetText: '(reported)' },
  { bench: 'B2whatif', metric: 'seconds', what: 'B2 what-if: index fields(op)', peer: '(B2 peer)', peerBench: 'B2', better: 'lower', ratio: 'peer/bro', targetText: '(not a target)' },
  { bench: 'B3', metric: 'p50_ms', what: 'A->B latency p50 (ms)', peer: 'PouchDB live repl.', better: 'lower', ratio: 'bro/peer', target: 0.25, targetText: '<= 1/4 of peer' },
  { bench: 'B3', metric: 'p99_ms', what: 'A->B latency p99 (ms)', peer: 'PouchDB live repl.', better: 'lower', ratio: 'bro/peer', absolute: 20, targetText: '< 20 ms' },
  { bench: 'B4', metric: 'changes_per_s', what: 'server ingest (changes/s)', peer: 'raw SQLite, 1 tx', better: 'higher', ratio: 'bro/peer', target: 0.4, targetText: '>= 40% of limit' },
  { bench: 'B5rate', metric: 'messages_per_s', what: 'WS msgs/s, 100 sessions', peer: 'Node ws echo', better: 'higher', ratio: 'bro/peer', target: 2, targetText: '>= 2x' },
  { bench: 'B5unauth', metric: 'messages_per_s', what: 'B5 what-if: error answer (no auth)', peer: '(B5 peer)', peerBench: 'B5rate', better: 'higher', ratio: 'bro/peer', targetText: '(not a target)' },
  { bench: 'B5cpu', metric: 'server_us_per_msg', what: 'B5: server CPU per message (us)', peer: 'Node ws echo', better: 'lower', ratio: 'bro/peer', targetText: '(diagnostic)' },
  { bench: 'B5clientcpu', metric: 'client_us_per_msg', what: 'B5: client CPU per message (us)', peer: 'Node ws echo', better: 'lower', ratio: 'bro/peer', targetText: '(diagnostic)' },
  { bench: 'B5mem1000', metric: 'bytes_per_session', what: 'RSS/idle session @1k (B)', peer: 'Node ws echo', better: 'lower', ratio: 'bro/peer', target: 0.5, targetText: '<= 1/2' },
  { bench: 'B5mem5000', metric: 'bytes_per_session', what: 'RSS/idle session @5k (B)', peer: 'Node ws echo', better: 'lower', ratio: 'bro/peer', target: 0.5, targetText: '<= 1/2' },
  { bench: 'B6', metric: 'seconds', what: 'revoke -> 0 rows, 10k (s)', peer: 'PouchDB tombstones', better: 'lower', ratio: 'peer/bro', target: 3, targetText: '>= 3x faster' },
  { bench: 'B7', metric: 'p50_ms', what: '2 nodes on PG: A->B p50 (ms)', peer: 'same, one node', better: 'lower', ratio: 'bro/peer', targetText: '(reported)' },
  { bench: 'B7', metric: 'p99_ms', what: '2 nodes on PG: A->B p99 (ms)', peer: 'same, one node', better: 'lower', ratio: 'bro/peer', absolute: 50, targetText: '< 50 ms' },
  { bench: 'APP', metric: 'first_frame_s', what: 'app cold start to 1st frame (s)', peer: '-', better: 'lower', absolute: 1, targetText: '< 1 s' },
  { bench: 'APP', metric: 'rss_mb', what: 'app RSS with demo data (MB)', peer: '-', better: 'lower', targetText: '(reported)' },
  // B8: a big caseload, an adviser on 60 of 150 care teams (bench/app/caseload_bench.cpp). No peer:
  // the targets are absolute.
  { bench: 'B8seed', metric: 'seconds', what: 'B8: demo --scale 150, seeding (s)', peer: '-', better: 'lower', absolute: 60, targetText: '< 60 s' },
  { bench: 'B8signin', metric: 'seconds', what: 'B8: first sign-in to synced, 60 cases (s)', peer: '-', better: 'lower', targetText: '(reported)' },
  { bench: 'B8start', metric: 'first_frame_s', what: 'B8: app start to caseload 1st frame (s)', peer: '-', better: 'lower', absolute: 1, targetText: '< 1 s' },
  { bench: 'B8view', metric: 'first_frame_s', what: 'B8: in-process Main.qml to caseload frame (s)', peer: '-', better: 'lower', targetText: '(diagnostic)' },
  { bench: 'B8sort', metric: 'ms', what: 'B8: sort caseload -> next frame (ms)', peer: '-', better: 'lower', targetText: '(reported)' },
  { bench: 'B8filter', metric: 'ms', what: 'B8: filter caseload -> next frame (ms)', peer: '-', better: 'lower', targetText: '(reported)' },
  { bench: 'B8open', metric: 'ms', what: 'B8: open a case -> case page frame (ms)', peer: '-', better: 'lower', absolute: 200, targetText: '< 200 ms' },
  { bench: 'B8openModels', metric: 'ms', what: 'B8: a case page\'s models alone (ms)', peer: '-', better: 'lower', targetText: '(diagnostic)' },
  { bench: 'B8mem', metric: 'rss_mb', what: 'B8: app RSS, synced caseload (MB)', peer: '-', better: 'lower', absolute: 250, targetText: '< 250 MB' },
  { bench: 'B8mem', metric: 'hwm_mb', what: 'B8: app peak RSS (VmHWM) (MB)', peer: '-', better: 'lower', absolute: 250, targetText: '< 250 MB' },
  { bench: 'B8memView', metric: 'hwm_mb', what: 'B8: driver peak RSS after opening cases (MB)', peer: '-', better: 'lower', targetText: '(diagnostic)' },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => {
  if (x === undefined || Number.isNaN(x)) return '-';
  const a = Math.abs(x);
  if (a >= 1e5) return x.toExponential(2);
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toFixed(3);
};
const stat = (xs) => xs.length ? { med: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : null;
const show = (s) => s ? `${fmt(s.med)} [${fmt(s.min)}-${fmt(s.max)}]` : '-';

const table = [['#', 'what', 'Bro median [min-max]', 'peer median [min-max]', 'peer', 'ratio', 'target', 'met', 'ahead']];
// Each benchmark measured again with the server on PostgreSQL (side "bro-pg") gets a row of its
// own against the same peer figures.
const withPg = [];
for (const sp of specs) {
  withPg.push(sp);
  if (rows.some((r) => r.bench === sp.bench && r.metric === sp.metric && r.side === 'bro-pg'))
    withPg.push({ ...sp, brSide: 'bro-pg', label: `${sp.bench} PG`, what: `${sp.what} [PostgreSQL]` });
}
for (const sp of withPg) {
  const pick = (side, bench) => rows.filter((r) => r.bench === bench && r.metric === sp.metric && r.side === side).map((r) => r.value);
  const bro = stat(pick(sp.brSide || 'bro', sp.bench));
  const peer = stat(pick(sp.peerSide || 'peer', sp.peerBench || sp.bench));
  if (!bro && !peer) continue;
  let ratio, met = '-', ahead = '-';
  if (bro && peer) {
    ratio = sp.ratio === 'peer/bro' ? peer.med / bro.med : bro.med / peer.med;
    ahead = (sp.better === 'lower' ? bro.max < peer.min : bro.min > peer.max) ? 'ahead' : '';
  }
  if (sp.absolute !== undefined && bro) met = bro.med < sp.absolute ? 'yes' : 'NO';
  else if (sp.target !== undefined && ratio !== undefined) {
    const ok = (sp.ratio === 'peer/bro' || sp.better === 'higher') ? ratio >= sp.target : ratio <= sp.target;
    met = ok ? 'yes' : 'NO';
  }
  const ratioText = ratio === undefined ? '-' : `${fmt(ratio)} (${sp.ratio})`;
  table.push([sp.label || sp.bench, sp.what, show(bro), show(peer), sp.peer, ratioText, sp.targetText, met, ahead]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
console.log(line(table[0]));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of table.slice(1)) console.log(line(r));
const runs = Math.max(0, ...rows.map((r) => r.run || 0));
console.log(`\nruns per side: up to ${runs}; medians of the runs; "ahead" = Bro's worst run beats the peer's best.`);

// B9, a national day (bench/day): one column per size, so that the table shows how each cost
// grows with the apprentices (issue 23's cost table). No peer: nothing else here does this job.
const b9 = rows.filter((r) => r.bench === 'B9');
if (b9.length) {
  const sizes = [...new Set(b9.map((r) => r.apprentices))].sort((a, b) => a - b);
  const b9rows = [
    ['devices', 'devices (apprentices, advisers, clinicians)'],
    ['seed_s', 'seeding a year of history, demo --scale --offices (s)'],
    ['writes', 'writes in the day'],
    ['changes', 'changes stored'],
    ['day_s', 'the day, replayed (s)'],
    ['peak_pushes_per_s', 'pushes/s at the peak'],
    ['ack_p50_ms', 'push -> stored, p50, before the faults (ms)'],
    ['ack_p99_ms', 'push -> stored, p99, before the faults (ms)'],
    ['receipt_p50_ms', 'push -> on another device, p50, before the faults (ms)'],
    ['receipt_p99_ms', 'push -> on another device, p99, before the faults (ms)'],
    ['ack_p99_ms_all_day', 'push -> stored, p99, the whole bad day (ms)'],
    ['node0_cpu_s', 'node 0 CPU (s; killed at the peak)'],
    ['node1_cpu_s', 'node 1 CPU (s)'],
    ['node2_cpu_s', 'node 2 CPU (s)'],
    ['node1_rss_mb', 'node 1 peak RSS (MB)'],
    ['node2_rss_mb', 'node 2 peak RSS (MB)'],
    ['pg_cpu_s', 'PostgreSQL CPU (s)'],
    ['pg_size_mb', 'PostgreSQL database size (MB)'],
    ['cpu_ms_per_apprentice_day', 'CPU per apprentice-day, nodes + PostgreSQL (ms)'],
    ['db_bytes_per_apprentice_day', 'database growth per apprentice-day (bytes)'],
    ['wire_bytes_per_apprentice_day', 'WebSocket bytes per apprentice-day'],
    ['caught_up_s_after_kill-node', 'all devices live again after the node kill (s)'],
    ['caught_up_s_after_pg-restart', 'all devices live again after the PostgreSQL restart (s)'],
    ['caught_up_s_after_storm', 'all devices live again after the storm (s)'],
    ['reconnects', 'reconnects'],
    ['oracle_visible', 'oracle: changes checked against what each may see'],
    ['oracle_lost', 'oracle: lost (must be 0)'],
    ['oracle_extra', 'oracle: extra (must be 0)'],
    ['oracle_behind', 'oracle: devices behind (must be 0)'],
    ['oracle_not_once', 'oracle: acknowledged, not in the log once (must be 0)'],
  ];
  const t = [['B9: a national day on 3 nodes + PostgreSQL', ...sizes.map((s) => `${s} apprentices`)]];
  for (const [metric, what] of b9rows) {
    const cells = sizes.map((s) => {
      const r = b9.find((x) => x.apprentices === s && x.metric === metric);
      if (!r) return '-';
      return Number.isInteger(r.value) && Math.abs(r.value) < 1e6 ? String(r.value) : fmt(r.value);
    });
    if (metric === 'devices') {
      cells.splice(0, cells.length, ...sizes.map((s) => String((b9.find((x) => x.apprentices === s && x.devices) || {}).devices || '-')));
    }
    if (cells.some((c) => c !== '-')) t.push([what, ...cells]);
  }
  const w = t[0].map((_, i) => Math.max(...t.map((r) => String(r[i]).length)));
  const l = (r) => '| ' + r.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  console.log('');
  console.log(l(t[0]));
  console.log('|' + w.map((x) => '-'.repeat(x + 2)).join('|') + '|');
  for (const r of t.slice(1)) console.log(l(r));
}
