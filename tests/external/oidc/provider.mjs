// Kept for tests/signin/signin_harness.cpp, which still starts "provider.mjs": the provider is
// provider.js (same CLI, documented there). Remove once the harness starts provider.js.
import './provider.js';
