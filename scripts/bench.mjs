// Benchmark (not a test): transfer sizes of the release build and time to first render in
// headless Chromium. Prints a Markdown table; with --update-readme it replaces the table between
// the bench markers in README.md.
//   node scripts/bench.mjs [--runs N] [--update-readme]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serveDist, startBrowser, DIST } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const updateReadme = args.includes('--update-readme');

const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

// One HTML page per area. A page's download is its own folder's files (the start page: the files
// outside the area folders), without the casussen and voorbeelden, which load only on request.
const GEBIEDEN = ['zelftoets', 'loonwaarde', 'examen', 'trainer'];
const LIJSTEN = ['casussen/', 'voorbeelden/', 'schema/'];
const bestanden = (dir, rel = '') => readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? bestanden(dir, join(rel, e.name)) : [join(rel, e.name)]);
const meetIn = (dir) => (f) => {
  const b = readFileSync(join(dir, f));
  return { file: f, raw: b.length, gzip: gzip(b), brotli: brotli(b) };
};
const meet = meetIn(DIST);
const som = (lijst) => lijst.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const PAGINABESTAND = ['.html', '.js', '.wasm', '.css', '.svg'];
const alle = bestanden(DIST).filter((f) => PAGINABESTAND.includes(extname(f)));
// Every page also loads the service worker's registration from the app's root; the service
// worker itself and the manifest's icons are fetched after the page has loaded, so they are not
// part of what a page needs before it is usable (the copy for offline is measured below).
const GEDEELD = ['registreer.js'];
const NA_HET_LADEN = ['sw.js', 'favicon.svg'];
const paginaBestanden = (map) => map
  ? [...alle.filter((f) => f.startsWith(`${map}/`)), ...GEDEELD]
  : alle.filter((f) => !GEBIEDEN.some((g) => f.startsWith(`${g}/`)) && !LIJSTEN.some((l) => f.startsWith(l)) && !NA_HET_LADEN.includes(f));
const pagina = (map) => {
  const sizes = paginaBestanden(map).map(meet);
  return { map, files: sizes.length, wasm: sizes.find((s) => s.file.endsWith('.wasm')), ...som(sizes) };
};
const paginas = [pagina(null), ...GEBIEDEN.map(pagina)];
// The single-wasm design, measured from a build of every area into one wasm (never shipped).
const ALLES = join(DIST, '..', 'target', 'alles-dist');
let alles = null;
try {
  const f = bestanden(ALLES).filter((x) => PAGINABESTAND.includes(extname(x)));
  alles = { files: f.length, ...som(f.map(meetIn(ALLES))) };
} catch { /* not built: make bench builds it */ }
// The practice casussen: fetched one by one, only when the examentraining needs them.
const casusBestanden = bestanden(DIST).filter((f) => f.startsWith('casussen/') && f.endsWith('.json'));
const casussen = som(casusBestanden.map(meet));
const grootsteCasus = casusBestanden.filter((f) => !f.endsWith('index.json')).map(meet).sort((a, b) => b.raw - a.raw)[0];

// Time to first render: from navigation start until the page heading is in the DOM.
const server = await serveDist();
const browser = await startBrowser();
/** A fresh profile whose pages note when the heading first appears (`window.__firstRender`). */
async function metEersteRender() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('main h1')) {
        window.__firstRender = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return { context, page };
}
const times = [];
for (let i = 0; i < runs; i++) {
  const { context, page } = await metEersteRender();
  await page.goto(`${server.base}/#/`);
  await page.waitForFunction(() => window.__firstRender !== undefined);
  times.push(await page.evaluate(() => window.__firstRender));
  await context.close();
}

// The service worker's copy for offline: every file of sw.js's list, as stored (raw) and as
// sent (brotli), and the first render of the start page from that copy, offline, against the
// same second visit online (the page from the network, its files from the copy).
const swLijst = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/const BESTANDEN = (\[.*?\]);/)[1]);
const swCache = som(swLijst.map((a) => (a === './' ? 'index.html' : a.endsWith('/') ? `${a}index.html` : a)).map(meet));
const uitCache = { offline: [], online: [] };
for (let i = 0; i < runs; i++) {
  const { context, page } = await metEersteRender();
  await page.goto(`${server.base}/#/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  for (const [wijze, offline] of [['online', false], ['offline', true]]) {
    await context.setOffline(offline);
    await page.reload();
    await page.waitForFunction(() => window.__firstRender !== undefined);
    uitCache[wijze].push(await page.evaluate(() => window.__firstRender));
  }
  await context.close();
}

const mediaan = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const regel = (wat, xs, d = 1) => {
  const r = [...xs].sort((a, b) => a - b);
  return `| ${wat} | ${mediaan(r).toFixed(d)} ms | ${r[0].toFixed(d)} ms | ${r[r.length - 1].toFixed(d)} ms |`;
};

/** Puts `dossier` into storage under `id` (storage is per origin, so the start page will do),
 * then loads `hash` afresh, so the page reads storage with the dossier in it. */
async function bewaar(page, id, dossier, hash) {
  await page.goto(`${server.base}/#/`);
  await page.evaluate(([k, d]) => localStorage.setItem(`werkwaarde.dossier.${k}`, JSON.stringify(d)), [id, dossier]);
  await page.goto(`${server.base}/${hash}`);
  await page.reload();
}

// Recalculation after one keystroke on a five-taak loonwaarde case: from the input event until
// the loonwaarde on screen has changed (a MutationObserver sees the new text).
const vijfTaken = {
  format: 'werkwaarde-dossier', schema_version: 1, kind: 'loonwaarde', title: 'Benchmark vijf taken',
  created: '2026-11-22T08:00:00Z', updated: '2026-11-22T08:00:00Z', app_version: '0.1.0',
  data: {
    methode: 'stappenplan', normfunctie: 'Medewerker', normloon: '16,00', voltijd_uren: '40',
    contracturen: '40', werkdagen: '5', peildatum: '2026-03-01',
    taken: [1, 2, 3, 4, 5].map((id) => ({
      id, naam: `taak ${id}`, uren: '8', tempo: `${60 + id * 5}`, kwaliteit: '90', inzet: '95',
      toelichting: ['t', 'k', 'i'],
    })),
  },
};
const recalc = [];
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await bewaar(page, 'bench', vijfTaken, '#/dossiers/bench');
  await page.getByTestId('pi4').waitFor();
  for (let i = 0; i < 41; i++) {
    const ms = await page.evaluate((waarde) => new Promise((klaar) => {
      const invoer = document.getElementById('taak-3-tempo');
      const doel = document.querySelector('[data-testid="pi4"]').closest('.uitkomst');
      const obs = new MutationObserver(() => {
        obs.disconnect();
        klaar(performance.now() - t0);
      });
      obs.observe(doel, { childList: true, subtree: true, characterData: true });
      invoer.value = String(waarde);
      const t0 = performance.now();
      invoer.dispatchEvent(new Event('input', { bubbles: true }));
    }), i % 2 === 0 ? 40 : 90);
    recalc.push(ms);
  }
  await context.close();
}

// Opening a dossier from the list until its area has rendered: a click on the start page's
// dossier list, the area's page load, and its first render. Cold: a fresh browser profile, so the
// area's page and wasm come over the (local) network; warm: the same dossier opened once more.
const openen = { koud: [], warm: [] };
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await bewaar(page, 'bench', vijfTaken, '#/dossiers');
  for (const soort of ['koud', 'warm']) {
    await page.goto(`${server.base}/#/dossiers`);
    const link = page.getByRole('link', { name: 'Benchmark vijf taken' });
    await link.waitFor();
    const t0 = await page.evaluate(() => performance.timeOrigin + performance.now());
    await link.click();
    await page.getByTestId('pi4').waitFor();
    const t1 = await page.evaluate(() => performance.timeOrigin + performance.now());
    openen[soort].push(t1 - t0);
  }
  await context.close();
}

// The whole zelftoets recomputed after one edit: all twelve Diensten filled and N klachten.
function zelftoetsDossier(klachten) {
  const invoer = { 'p-aanvrager': 'aspirant', 'p-peildatum': '2026-03-01', 'p-kvk': 'ja' };
  const rijen = [];
  for (let k = 1; k <= klachten; k++) {
    rijen.push(k);
    const dag = 1 + (k % 28);
    invoer[`klacht-${k}-ontvangen`] = `2025-0${1 + (k % 9)}-${String(dag).padStart(2, '0')}`;
    invoer[`klacht-${k}-bevestigd`] = `2025-0${1 + (k % 9)}-${String(Math.min(28, dag + 3)).padStart(2, '0')}`;
    invoer[`klacht-${k}-afgehandeld`] = `2025-${String(2 + (k % 9)).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
    invoer[`klacht-${k}-behandelaar`] = 'Klachtencommissie';
  }
  for (let d = 1; d <= 12; d++) {
    Object.assign(invoer, {
      [`d${d}-a`]: '40', [`d${d}-a2`]: '20', [`d${d}-b`]: '30', [`d${d}-b2`]: '17', [`d${d}-c`]: '20',
      [`d${d}-personen`]: '38', [`d${d}-omzet`]: '125000', [`t${d}-c-uitgenodigd`]: '40',
      [`t${d}-c-respondenten`]: '12', [`t${d}-c-cijfer`]: '7,4',
    });
  }
  return {
    ...vijfTaken, kind: 'zelftoets', title: `Benchmark twaalf Diensten, ${klachten} klachten`,
    data: { invoer, diensten: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], klachten: rijen, personen: [] },
  };
}
async function zelftoetsEdits(klachten) {
  const ms = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  await bewaar(page, 'benchzt', zelftoetsDossier(klachten), '#/dossiers/benchzt/profiel');
  await page.locator('#veld-p-peildatum').waitFor();
  for (let i = 0; i < 21; i++) {
    ms.push(await page.evaluate((waarde) => new Promise((klaar) => {
      const invoer = document.getElementById('veld-p-peildatum');
      const doel = document.querySelector('.stappen');
      const obs = new MutationObserver(() => {
        obs.disconnect();
        klaar(performance.now() - t0);
      });
      obs.observe(doel, { childList: true, subtree: true, characterData: true });
      invoer.value = waarde;
      const t0 = performance.now();
      invoer.dispatchEvent(new Event('input', { bubbles: true }));
    }), i % 2 === 0 ? '' : '2026-03-01'));
  }
  await context.close();
  return ms;
}
const zelftoets500 = await zelftoetsEdits(500);
const zelftoets2000 = await zelftoetsEdits(2000);
await browser.close();
await server.close();

// The rules alone, natively (cargo run --release --example regels_bench, run by make bench).
let regels = [];
try {
  // "12 Diensten, 500 klachten: (b) rules alone (…) median 0.922 ms  min 0.811 ms  max 1.534 ms"
  regels = readFileSync(join(DIST, '..', 'target', 'regels_bench.txt'), 'utf8').split('\n')
    .map((l) => l.match(/^(.*?):\s*(.*?)\s+median ([\d.]+) ms\s+min ([\d.]+) ms\s+max ([\d.]+) ms/))
    .filter(Boolean)
    .map(([, dossier, wat, med, min, max]) => `| ${dossier}: ${wat} | ${med} ms | ${min} ms | ${max} ms |`);
} catch { /* not run */ }

const date = new Date().toISOString().slice(0, 10);
const naam = (p) => p.map ? `${p.map}/ page (${({ examen: 'examentraining', trainer: 'examentraining, trainer part' })[p.map] ?? p.map})` : 'start page (menu, dossier list, import, export)';
const budget = (p) => p.map ? 300_000 : 150_000;
const table = [
  `Measured ${date} by \`make bench\` (release build, wasm-opt -Oz; Chromium headless, localhost, ${runs} runs).`,
  '',
  '| page: everything it loads before it is usable | files | raw | gzip | brotli | budget |',
  '|---|---:|---:|---:|---:|---:|',
  ...paginas.map((p) => `| ${naam(p)} | ${p.files} | ${kb(p.raw)} | ${kb(p.gzip)} | **${kb(p.brotli)}** | ${kb(budget(p))} |`),
  ...paginas.map((p) => `| of which the wasm of ${p.map ?? 'the start page'} | 1 | ${kb(p.wasm.raw)} | ${kb(p.wasm.gzip)} | ${kb(p.wasm.brotli)} | |`),
  ...(alles ? [`| one wasm for the whole app (measured, not shipped) | ${alles.files} | ${kb(alles.raw)} | ${kb(alles.gzip)} | ${kb(alles.brotli)} | 300.0 KB |`] : []),
  `| the service worker's copy for offline: every page and its files (${swLijst.length}), fetched after the first visit | ${swLijst.length} | ${kb(swCache.raw)} | ${kb(swCache.gzip)} | ${kb(swCache.brotli)} | |`,
  `| practice casussen, all ${casusBestanden.length - 1} + index (each fetched only when opened) | ${casusBestanden.length} | ${kb(casussen.raw)} | ${kb(casussen.gzip)} | ${kb(casussen.brotli)} | |`,
  ...(grootsteCasus ? [`| largest single casus (${grootsteCasus.file}) | 1 | ${kb(grootsteCasus.raw)} | ${kb(grootsteCasus.gzip)} | ${kb(grootsteCasus.brotli)} | |`] : []),
  '',
  '| timing | median | min | max |',
  '|---|---:|---:|---:|',
  regel('start page: time to first render', times, 0),
  regel('start page: first render again, online (the page from the network, its files from the service worker)', uitCache.online, 0),
  regel('start page: first render again, offline (everything from the service worker)', uitCache.offline, 0),
  regel(`open a loonwaarde dossier from the list until its area is rendered, cold (${runs} runs)`, openen.koud, 0),
  regel(`the same, warm (second open, ${runs} runs)`, openen.warm, 0),
  regel(`loonwaarde recalculation after one keystroke, five taken (${recalc.length} edits)`, recalc, 2),
  regel(`zelftoets recomputed after one edit, 12 Diensten + 500 klachten (${zelftoets500.length} edits)`, zelftoets500, 2),
  regel(`zelftoets recomputed after one edit, 12 Diensten + 2 000 klachten (${zelftoets2000.length} edits)`, zelftoets2000, 2),
  ...(regels.length ? ['', '| the zelftoets rules alone, native release build | median | min | max |', '|---|---:|---:|---:|', ...regels] : []),
].join('\n');
console.log(table);
for (const p of paginas) {
  if (p.brotli > budget(p)) console.log(`\nOVER BUDGET: ${naam(p)} loads ${kb(p.brotli)} brotli (budget ${kb(budget(p))})`);
}

if (updateReadme) {
  const readme = readFileSync('README.md', 'utf8');
  const re = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
  if (!re.test(readme)) throw new Error('README.md has no bench markers');
  writeFileSync('README.md', readme.replace(re, `$1${table}$2`));
  console.log('\nREADME.md updated.');
}
