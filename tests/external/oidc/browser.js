'use strict';
// The person's part of a national sign-in, in a real browser: Debian's chromium
// (/usr/bin/chromium, never a downloaded one), headless, driven through npm playwright-core.
//
// USAGE
//   node browser.js --url URL --pid PID [--acr LEVEL] [--cancel] --until PREFIX
//                   [--screenshot FILE] [--timeout-ms 30000]
//
//   --url         where to start: the provider's authorization URL.
//   --pid         the national identity number to type into "Fødselsnummer".
//   --acr         the level to pick in "Sikkerhetsnivå" (default: the page's, the higher one).
//   --cancel      press "Avbryt" instead of "Logg inn" (the provider answers access_denied).
//   --until       the URL prefix to wait for: the client's (the app's) loopback redirect.
//   --screenshot  save a PNG of the login page, before it is filled in.
//   --timeout-ms  the whole run's bound (default 30000), browser start included.
//
// It opens URL in a fresh profile (a new temporary --user-data-dir, removed afterwards), waits
// for the login page of provider.js, fills it in by its labels and presses the button, then
// waits until the browser has loaded a page whose URL starts with PREFIX.
//
// OUTPUT (stdout)
//   success, exit 0:  "arrived URL"   (the full URL, with its code/state/iss or error)
//                     "page TEXT"     (the loaded page's visible text on one line)
//   anything else, exit 1: one line "FAIL reason" (e.g. timed out, or the provider showed an
//                     error page instead of redirecting: its URL and text are in the reason).
//   Bad arguments: "FAIL usage: ...", exit 2. The browser is always closed.
//
// Packages come from NODE_PATH (the build tree's node_modules, see tests/external/CMakeLists.txt)
// or a node_modules beside this directory.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let done = false;
function finish(code, lines) {
  if (done) return;
  done = true;
  for (const line of lines) process.stdout.write(`${line.replace(/[\r\n]+/g, ' ')}\n`);
  process.exitCode = code;
}

let opt;
try {
  ({ values: opt } = parseArgs({
    strict: true,
    options: {
      url: { type: 'string' },
      pid: { type: 'string' },
      acr: { type: 'string' },
      cancel: { type: 'boolean', default: false },
      until: { type: 'string' },
      screenshot: { type: 'string' },
      'timeout-ms': { type: 'string', default: '30000' },
    },
  }));
  if (!opt.url) throw new Error('--url is required');
  if (!opt.until) throw new Error('--until is required');
  if (!opt.cancel && !opt.pid) throw new Error('--pid is required (unless --cancel)');
  if (!(Number(opt['timeout-ms']) > 0)) throw new Error('--timeout-ms must be a positive number');
} catch (err) {
  finish(2, [`FAIL usage: ${err.message}`]);
  process.exit(2);
}

const timeoutMs = Number(opt['timeout-ms']);
const deadline = Date.now() + timeoutMs;
const left = () => Math.max(1, deadline - Date.now());
const oneLine = (s, max = 2000) => String(s).replace(/\s+/g, ' ').trim().slice(0, max);

let context;
let profileDir;

async function cleanup() {
  if (context) {
    const c = context;
    context = undefined;
    await Promise.race([c.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  }
  if (profileDir) {
    fs.rmSync(profileDir, { recursive: true, force: true });
    profileDir = undefined;
  }
}

// The hard bound: whatever hangs (the launch included), close and fail shortly after the deadline.
const guard = setTimeout(async () => {
  finish(1, [`FAIL timed out after ${timeoutMs} ms`]);
  await cleanup();
  process.exit(1);
}, timeoutMs + 2000);

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, async () => {
    finish(1, [`FAIL stopped by ${signal}`]);
    await cleanup();
    process.exit(1);
  });
}

async function run() {
  const { chromium } = require('playwright-core');
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bro-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    timeout: left(),
  });
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(left());
  page.setDefaultNavigationTimeout(left());

  // Where the main frame went last, for a reason when the redirect fails to load.
  let lastNavigation = '';
  let lastFailure = '';
  page.on('request', (r) => { if (r.isNavigationRequest() && r.frame() === page.mainFrame()) lastNavigation = r.url(); });
  page.on('requestfailed', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) lastFailure = `${r.url()}: ${r.failure()?.errorText}`;
  });

  const arrivedAt = (u) => u.startsWith(opt.until);
  await page.goto(opt.url, { waitUntil: 'load', timeout: left() });
  if (arrivedAt(page.url())) {
    return [`arrived ${page.url()}`, `page ${oneLine(await page.innerText('body'))}`];
  }
  const login = page.getByRole('button', { name: 'Logg inn' });
  try {
    await login.waitFor({ state: 'visible', timeout: left() });
  } catch {
    throw new Error(`no login page at ${page.url()}: ${oneLine(await page.innerText('body').catch(() => ''), 300)}`);
  }
  if (opt.screenshot) await page.screenshot({ path: opt.screenshot, fullPage: true });

  // After the click the browser goes through the provider's redirects; the next page it loads
  // is either the client's redirect (PREFIX) or the provider's error (or our form again).
  const arrived = page.waitForURL((u) => arrivedAt(u.href), { waitUntil: 'load', timeout: left() })
    .then(() => 'arrived');
  const strayed = page.waitForEvent('load', { predicate: (p) => !arrivedAt(p.url()), timeout: left() })
    .then(() => 'strayed');
  arrived.catch(() => {});
  strayed.catch(() => {});

  if (opt.cancel) {
    await page.getByRole('button', { name: 'Avbryt' }).click();
  } else {
    await page.getByLabel('Fødselsnummer').fill(opt.pid);
    if (opt.acr) {
      const picked = await page.getByLabel('Sikkerhetsnivå').selectOption(opt.acr).catch(() => []);
      if (!picked.includes(opt.acr)) throw new Error(`'${opt.acr}' is not a level on the login page`);
    }
    await login.click();
  }

  let outcome;
  try {
    outcome = await Promise.race([arrived, strayed]);
  } catch (err) {
    const where = lastFailure || lastNavigation || page.url();
    throw new Error(`did not arrive at ${opt.until} (last: ${where}): ${err.message.split('\n')[0]}`);
  }
  const url = page.url();
  const text = oneLine(await page.innerText('body').catch(() => ''));
  if (outcome !== 'arrived' || !arrivedAt(url)) {
    throw new Error(`the browser stayed at ${lastFailure || url}: ${text.slice(0, 300)}`);
  }
  return [`arrived ${url}`, `page ${text}`];
}

run()
  .then(async (lines) => {
    await cleanup();
    finish(0, lines);
  })
  .catch(async (err) => {
    await cleanup();
    finish(1, [`FAIL ${oneLine(err && err.message ? err.message.split('\n')[0] : err, 500)}`]);
  })
  .finally(() => {
    clearTimeout(guard);
    process.exit(process.exitCode ?? 1);
  });
