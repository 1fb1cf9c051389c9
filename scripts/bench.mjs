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

// What the first page load fetches: index.html and everything it links (snippets included),
// but not the areas in their own folders, which load only when such a dossier is opened.
const GEBIEDEN = ['loonwaarde', 'zelftoets', 'examen'];
const bestanden = (dir, rel = '') => readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? bestanden(dir, join(rel, e.name)) : [join(rel, e.name)]);
const meet = (f) => {
  const b = readFileSync(join(DIST, f));
  return { file: f, raw: b.length, gzip: gzip(b), brotli: brotli(b) };
};
const som = (lijst) => lijst.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const alle = bestanden(DIST).filter((f) => ['.html', '.js', '.wasm', '.css', '.svg'].includes(extname(f)));
const files = alle.filter((f) => !GEBIEDEN.some((g) => f.startsWith(`${g}/`)));
const sizes = files.map(meet);
const wasm = sizes.find((s) => s.file.endsWith('.wasm'));
const js = sizes.find((s) => s.file.endsWith('.js') && !s.file.startsWith('snippets'));
const total = som(sizes);
const gebieden = GEBIEDEN.map((g) => ({ naam: g, ...som(alle.filter((f) => f.startsWith(`${g}/`) && !f.endsWith('.html')).map(meet)) }));
// The practice casussen: fetched one by one, only when the examentraining needs them.
const casusBestanden = bestanden(DIST).filter((f) => f.startsWith('casussen/') && f.endsWith('.json'));
const casussen = som(casusBestanden.map(meet));
const grootsteCasus = casusBestanden.filter((f) => !f.endsWith('index.json')).map(meet).sort((a, b) => b.raw - a.raw)[0];

// Time to first render: from navigation start until the page heading is in the DOM.
const server = await serveDist();
const browser = await startBrowser();
const times = [];
for (let i = 0; i < runs; i++) {
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
  await page.goto(`${server.base}/#/`);
  await page.waitForFunction(() => window.__firstRender !== undefined);
  times.push(await page.evaluate(() => window.__firstRender));
  await context.close();
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
  await page.goto(`${server.base}/#/`);
  await page.evaluate((d) => localStorage.setItem('werkwaarde.dossier.bench', JSON.stringify(d)), vijfTaken);
  await page.goto(`${server.base}/#/dossiers/bench`);
  await page.reload();
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

// The whole zelftoets recomputed after one edit: all twelve Diensten filled and 500 klachten.
const invoer = { 'p-aanvrager': 'aspirant', 'p-peildatum': '2026-03-01', 'p-kvk': 'ja' };
const rijen = [];
for (let k = 1; k <= 500; k++) {
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
const zelftoets = {
  ...vijfTaken, kind: 'zelftoets', title: 'Benchmark twaalf Diensten',
  data: { invoer, diensten: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], klachten: rijen, personen: [] },
};
const zelftoetsMs = [];
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}/#/`);
  await page.evaluate((d) => localStorage.setItem('werkwaarde.dossier.benchzt', JSON.stringify(d)), zelftoets);
  await page.goto(`${server.base}/#/dossiers/benchzt/profiel`);
  await page.reload();
  // The zelftoets screens are only in a build with the zelftoets-ui feature.
  const aanwezig = await page.locator('#veld-p-peildatum').waitFor({ timeout: 5000 }).then(() => true, () => false);
  for (let i = 0; aanwezig && i < 21; i++) {
    const ms = await page.evaluate((waarde) => new Promise((klaar) => {
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
    }), i % 2 === 0 ? '' : '2026-03-01');
    zelftoetsMs.push(ms);
  }
  await context.close();
}
await browser.close();
await server.close();
zelftoetsMs.sort((a, b) => a - b);
const zelftoetsRegel = zelftoetsMs.length
  ? `| zelftoets recomputed after one edit, 12 Diensten + 500 klachten (${zelftoetsMs.length} edits) | ${zelftoetsMs[Math.floor(zelftoetsMs.length / 2)].toFixed(1)} ms | ${zelftoetsMs[0].toFixed(1)} ms | ${zelftoetsMs[zelftoetsMs.length - 1].toFixed(1)} ms |`
  : '| zelftoets recomputation | not in this build (zelftoets-ui feature off) | | |';
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
recalc.sort((a, b) => a - b);
const recalcMedian = recalc[Math.floor(recalc.length / 2)];

const date = new Date().toISOString().slice(0, 10);
const table = [
  `Measured ${date} by \`make bench\` (release build, wasm-opt -Oz; Chromium headless, localhost, ${runs} runs).`,
  '',
  '| what | raw | gzip | brotli |',
  '|---|---:|---:|---:|',
  `| wasm | ${kb(wasm.raw)} | ${kb(wasm.gzip)} | ${kb(wasm.brotli)} |`,
  `| JS glue | ${kb(js.raw)} | ${kb(js.gzip)} | ${kb(js.brotli)} |`,
  `| first load, all files (${files.length}) | ${kb(total.raw)} | ${kb(total.gzip)} | **${kb(total.brotli)}** (budget 200 KB) |`,
  ...gebieden.map((g) => `| ${g.naam} area, loaded when such a dossier is opened (wasm + JS) | ${kb(g.raw)} | ${kb(g.gzip)} | ${kb(g.brotli)} |`),
  `| practice casussen, all ${casusBestanden.length - 1} + index (each fetched only when opened) | ${kb(casussen.raw)} | ${kb(casussen.gzip)} | ${kb(casussen.brotli)} |`,
  ...(grootsteCasus ? [`| largest single casus (${grootsteCasus.file}) | ${kb(grootsteCasus.raw)} | ${kb(grootsteCasus.gzip)} | ${kb(grootsteCasus.brotli)} |`] : []),
  '',
  '| timing | median | min | max |',
  '|---|---:|---:|---:|',
  `| time to first render | ${median.toFixed(0)} ms | ${times[0].toFixed(0)} ms | ${times[times.length - 1].toFixed(0)} ms |`,
  `| loonwaarde recalculation after one keystroke, five taken (${recalc.length} edits) | ${recalcMedian.toFixed(1)} ms | ${recalc[0].toFixed(1)} ms | ${recalc[recalc.length - 1].toFixed(1)} ms |`,
  zelftoetsRegel,
].join('\n');
console.log(table);
if (total.brotli > 200_000) console.log('\nOVER BUDGET: first-load transfer exceeds 200 KB brotli');

if (updateReadme) {
  const readme = readFileSync('README.md', 'utf8');
  const re = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
  if (!re.test(readme)) throw new Error('README.md has no bench markers');
  writeFileSync('README.md', readme.replace(re, `$1${table}$2`));
  console.log('\nREADME.md updated.');
}
