// Kept for tests/signin/signin_harness.cpp, which still starts "browser.mjs": the browser driver
// is browser.js (same CLI, documented there). Remove once the harness starts browser.js.
import './browser.js';
