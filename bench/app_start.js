'use strict';
// App cold start to first frame, and resident memory, offscreen. Starts `bro --demo` with a fresh
// data folder and Qt's scene-graph timing log on; the first frame is the moment its first
// "Frame rendered" line arrives (measured here, from just before the spawn). RSS is read from
// /proc one second after the first frame. Usage: node app_start.js /path/to/bro RUNS WORKDIR
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { emit, now } = require('./peers/data');

const [app, runsArg, work] = process.argv.slice(2);
const runs = Number(runsArg || 5);

function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function once(run) {
  return new Promise((resolve, reject) => {
    const data = path.join(work, `app-${run}`);
    fs.rmSync(data, { recursive: true, force: true });
    const env = {
      ...process.env,
      QT_QPA_PLATFORM: 'offscreen',
      QT_LOGGING_RULES: 'qt.scenegraph.time.renderloop=true',
    };
    const t0 = now();
    const child = spawn(app, ['--demo', '--data', data], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    let first = null;
    const limit = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`no frame: ${err.slice(-500)}`)); }, 30e3);
    child.stderr.on('data', (d) => {
      err += d;
      if (first === null && err.includes('Frame rendered')) {
        first = now() - t0;
        setTimeout(() => {
          const rss = rssMb(child.pid);
          clearTimeout(limit);
          child.kill('SIGTERM');
          resolve({ first, rss });
        }, 1000);
      }
    });
    child.on('exit', (code) => { if (first === null) { clearTimeout(limit); reject(new Error(`exited ${code}: ${err.slice(-500)}`)); } });
  });
}

(async () => {
  for (let run = 1; run <= runs; run++) {
    const r = await once(run);
    emit('APP', 'bro', 'first_frame_s', r.first, run);
    emit('APP', 'bro', 'rss_mb', r.rss, run);
    await new Promise((res) => setTimeout(res, 300));
  }
})().catch((e) => { console.error(`app_start: ${e.message}`); process.exit(1); });
