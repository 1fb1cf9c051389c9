// Trunk post-build hook of every page: writes dist/sw.js, the service worker, from
// scripts/sw-bron.js and the list of files the pages need, read from what Trunk wrote (never typed
// by hand). The start page is built first and replaces dist/; each area's page then adds its
// folder, and its run of this hook rewrites the list with that folder in it, so after `make build`
// the list holds every page. The version is a hash of the files' contents: any change makes a new
// service worker, which the pages announce.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR || process.argv[2];
const dist = resolve(process.env.TRUNK_DIST_DIR || process.argv[3] || staging);
if (!staging) {
  console.error('sw.mjs: set TRUNK_STAGING_DIR or pass the dist folder');
  process.exit(2);
}
// The app's root: the start page's dist/ itself (its build copies the casussen), or the folder
// above an area's dist/<area>/.
const startpagina = existsSync(join(staging, 'casussen'));
const wortel = startpagina ? dist : resolve(dist, '..');
const gebied = startpagina ? '' : relative(wortel, dist).split(sep).join('/');

// Loaded only when asked for (cached then by the service worker), or not part of the app.
const LOS = ['casussen/', 'voorbeelden/', 'schema/'];
const NIET = ['sw.js'];

function bestanden(map, voorvoegsel) {
  const uit = [];
  for (const naam of readdirSync(map)) {
    const pad = join(map, naam);
    const rel = `${voorvoegsel}${naam}`;
    if (statSync(pad).isDirectory()) uit.push(...bestanden(pad, `${rel}/`));
    else uit.push([rel, pad]);
  }
  return uit;
}

// The files as they will be: the root's files (the start page staged, or already in dist/), with
// this area's folder taken from the staging folder.
let lijst;
if (startpagina) {
  lijst = bestanden(staging, '');
} else {
  lijst = bestanden(wortel, '').filter(([rel]) => !rel.startsWith(`${gebied}/`));
  lijst.push(...bestanden(staging, `${gebied}/`));
}
lijst = lijst.filter(([rel]) => !LOS.some((l) => rel.startsWith(l)) && !NIET.includes(rel)).sort(([a], [b]) => a.localeCompare(b));

const hash = createHash('sha256');
for (const [rel, pad] of lijst) hash.update(rel).update(readFileSync(pad));
const versie = hash.digest('hex').slice(0, 16);
// A page is fetched as its folder ("loonwaarde/"), not as its index.html.
const adressen = lijst.map(([rel]) => (rel === 'index.html' ? './' : rel.replace(/(^|\/)index\.html$/, '$1')));

const bron = readFileSync(new URL('./sw-bron.js', import.meta.url), 'utf8');
const kop = `const VERSIE = ${JSON.stringify(versie)};\nconst BESTANDEN = ${JSON.stringify(adressen, null, 0)};\n`;
const doel = startpagina ? join(staging, 'sw.js') : join(wortel, 'sw.js');
writeFileSync(doel, kop + bron);
console.log(`sw.mjs: ${adressen.length} files, version ${versie} → ${relative(process.cwd(), doel)}`);
