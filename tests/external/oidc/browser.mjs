// The person's part of a national sign-in, in a real browser: Debian's chromium, headless,
// driven through playwright-core (no browser of its own is downloaded).
//
// node browser.mjs --url URL --pid PID [--acr LEVEL] [--cancel] (--until PREFIX | --until-re RE)
//                  [--screenshot FILE] [--timeout-ms 30000]
//
// Opens URL (a provider's authorization URL), fills in the login page of provider.mjs and
// submits it (or cancels), then waits until the browser arrives at a URL starting with PREFIX
// (the app's loopback redirect), or matching RE when the app's port is not known beforehand (the
// app itself starts the browser, with the URL last, so --url comes last in its command). Prints "arrived URL" and "page TEXT" and exits 0; on anything
// else one line "FAIL reason" and exit 1. Bounded in time; the browser is always closed.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { load } from './load.mjs';

const { values: opt } = parseArgs({
  options: {
    url: { type: 'string' },
    pid: { type: 'string', default: '' },
    acr: { type: 'string' },
    cancel: { type: 'boolean', default: false },
    until: { type: 'string' },
    'until-re': { type: 'string' },
    screenshot: { type: 'string' },
    'timeout-ms': { type: 'string', default: '30000' },
  },
});
const timeout = Number(opt['timeout-ms']);
const guard = setTimeout(() => {
  console.log('FAIL timed out');
  process.exit(1);
}, timeout + 5000);

const { chromium } = await load('playwright-core');
const profile = mkdtempSync(path.join(os.tmpdir(), 'bro-browser-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(timeout);
  await page.goto(opt.url);
  await page.waitForSelector('#login');
  if (opt.screenshot) await page.screenshot({ path: opt.screenshot });
  const until = opt['until-re'] ? new RegExp(opt['until-re']) : null;
  const arrived = page.waitForURL(
    (u) => (until ? until.test(u.href) : u.href.startsWith(opt.until)), { waitUntil: 'load' });
  if (opt.cancel) {
    await page.click('#cancel');
  } else {
    await page.fill('#pid', opt.pid);
    if (opt.acr) await page.selectOption('#acr', opt.acr);
    await page.click('#login');
  }
  await arrived;
  console.log(`arrived ${page.url()}`);
  console.log(`page ${(await page.innerText('body')).replace(/\s+/g, ' ').trim()}`);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  clearTimeout(guard);
  process.exit(0);
} catch (err) {
  console.log(`FAIL ${String(err && err.message ? err.message : err).split('\n')[0]}`);
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
  process.exit(1);
}
