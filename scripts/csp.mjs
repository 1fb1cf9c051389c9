// Trunk post-build hook: Trunk's wasm loader is an inline <script>. Instead of allowing inline
// scripts, the page's Content-Security-Policy lists the sha256 of exactly those scripts.
// Trunk's own minifier is off (it cannot parse wasm-bindgen's glue and warns on every build), so
// this hook also trims: the glue's comments and indentation (about 0,4 KB brotli per page), the
// stylesheet's comments and spaces (about 0,5 KB), and the HTML's comments and indentation; it
// updates each integrity hash to match.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('csp.mjs: set TRUNK_STAGING_DIR or pass the dist folder');
  process.exit(2);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

/** Writes the trimmed text of `bestand` and puts its new sha384 in the page's integrity attribute
 * (href before or after it). `genoemd`: the page must name the file, so a missed update fails the
 * build; otherwise only a file the page names is checked. */
function vervang(bestand, bron, kort, genoemd) {
  writeFileSync(join(dir, bestand), kort);
  const integriteit = `sha384-${createHash('sha384').update(kort, 'utf8').digest('base64')}`;
  const naam = bestand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  html = html.replace(new RegExp(`(href=["']?[^"' >]*${naam}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`, 'g'), `$1${integriteit}`);
  html = html.replace(new RegExp(`(integrity=["']?)sha384-[A-Za-z0-9+/=]+(["']?[^>]*?href=["']?[^"' >]*${naam})`, 'g'), `$1${integriteit}$2`);
  if ((genoemd || html.includes(bestand)) && !html.includes(integriteit)) {
    console.error(`csp.mjs: the integrity of ${bestand} in index.html was not found to update`);
    process.exit(1);
  }
  console.log(`csp.mjs: ${bestand} ${bron.length} → ${kort.length} bytes`);
}

// Only the hashed glue Trunk writes (its hash is up to 16 hex digits: a leading zero is dropped);
// the app's own plain scripts (registreer.js) stay as written.
for (const js of readdirSync(dir).filter((f) => /-[0-9a-f]{1,16}\.js$/.test(f))) {
  const pad = join(dir, js);
  const bron = readFileSync(pad, 'utf8');
  const regels = bron.split('\n');
  // Only where no template literal spans lines, so trimming a line never changes a string.
  if (regels.some((r) => (r.match(/`/g) || []).length % 2 === 1)) continue;
  const kort = bron.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, '').split('\n').map((r) => r.trim()).filter((r) => r && !r.startsWith('//')).join('\n');
  vervang(js, bron, kort, false);
}
// CSS: comments out, runs of white space to one space, and no space around { } ; , (never
// around ':', which separates a selector from a pseudo-class as well as a property from its value).
for (const css of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
  const pad = join(dir, css);
  const bron = readFileSync(pad, 'utf8');
  const kort = bron
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
  vervang(css, bron, kort, true);
}

// HTML: comments out, and the indentation at the start of each line.
html = html.replace(/<!--[\s\S]*?-->/g, '').replace(/\n[ \t]+/g, '\n').replace(/\n{2,}/g, '\n');

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
