// Trunk post-build hook: Trunk's wasm loader is an inline <script>. Instead of allowing inline
// scripts, the page's Content-Security-Policy lists the sha256 of exactly those scripts.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('csp.mjs: set TRUNK_STAGING_DIR or pass the dist folder');
  process.exit(2);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
if (!html.includes('__CSP_SCRIPT_HASHES__')) {
  console.error('csp.mjs: placeholder __CSP_SCRIPT_HASHES__ not found in index.html');
  process.exit(1);
}
html = html.replace('__CSP_SCRIPT_HASHES__', hashes.join(' '));
writeFileSync(file, html);
console.log(`csp.mjs: ${hashes.length} inline script hash(es) added to the CSP`);
