// ES modules ignore NODE_PATH; the harness's packages live in the build tree (the npm ci fixture),
// so each is imported from NODE_PATH by its package.json entry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function load(name) {
  for (const dir of (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean)) {
    const root = path.join(dir, name);
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    let entry = pkg.main || 'index.js';
    const dot = pkg.exports && (pkg.exports['.'] ?? pkg.exports);
    if (typeof dot === 'string') entry = dot;
    else if (dot && typeof dot === 'object') entry = dot.import || dot.default || dot.require || entry;
    if (typeof entry === 'object') entry = entry.default || Object.values(entry)[0];
    return import(pathToFileURL(path.join(root, entry)).href);
  }
  throw new Error(`${name} is not installed under NODE_PATH (${process.env.NODE_PATH})`);
}
