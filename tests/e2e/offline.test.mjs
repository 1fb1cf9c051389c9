// Issue 14: Werkwaarde works offline after the first visit, is installable, and announces a new
// version without applying it unasked. Runs at the root and under /werkwaarde/ like every test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withApp, openApp, serveDist, screenshot, DIST, BASE_PATH } from './harness.mjs';

const app = withApp();
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const INDEX = JSON.parse(readFileSync(join(ROOT, 'public', 'casussen', 'index.json'), 'utf8'));

/** Waits until the service worker controls the page (it has cached this version's files then). */
async function serviceWorkerKlaar(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const opgeslagen = (page, tekst) =>
  page.waitForFunction((t) => Object.entries(localStorage).some(([k, v]) => k.startsWith('werkwaarde.dossier.') && v.includes(t)), tekst);

// Offline, a failed fetch of what was never cached is reported by the browser itself.
const zonderNetwerkMeldingen = (problems) =>
  problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|status of 503|Failed to fetch/.test(p));

test('offline after the first visit: the app, its dossiers and an opened casus work; an unopened casus says it needs the network once', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await serviceWorkerKlaar(page);

  // A loonwaarde dossier with something typed in it.
  await page.goto(`${app.server.base}/#/loonwaarde`);
  await page.getByLabel('Titel', { exact: true }).fill('Offline casus');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Offline casus' }).waitFor();
  await page.getByLabel('Normloon per uur (€)', { exact: true }).fill('16,00');
  await opgeslagen(page, '16,00');
  const loonwaardeUrl = page.url();

  // An examentraining with one casus opened.
  await page.goto(`${app.server.base}/#/examentraining`);
  await page.getByLabel('Titel', { exact: true }).fill('Oefenen onderweg');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van de examentraining' }).waitFor();
  const [eerste, tweede] = INDEX;
  await page.getByRole('button', { name: `Oefenen: ${eerste.titel}` }).click();
  await page.getByRole('heading', { name: `Casus: ${eerste.titel}` }).waitFor();
  const examenUrl = page.url();

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: `Casus: ${eerste.titel}` }).waitFor();
  await page.getByLabel('Normloon per uur (€)', { exact: true }).waitFor();

  // The start page and its list, then the loonwaarde dossier on its own page.
  await page.goto(`${app.server.base}/#/dossiers`);
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  await page.getByRole('link', { name: 'Offline casus' }).first().waitFor();
  await page.goto(loonwaardeUrl);
  await page.getByRole('heading', { level: 1, name: 'Offline casus' }).waitFor();
  assert.equal(await page.getByLabel('Normloon per uur (€)', { exact: true }).inputValue(), '16,00');

  // A casus never opened cannot come from the cache: the app says so in Dutch.
  await page.goto(examenUrl);
  await page.getByRole('heading', { name: `Casus: ${eerste.titel}` }).waitFor();
  await page.getByRole('button', { name: `Oefenen: ${tweede.titel}` }).click();
  await page.getByText('U bent offline, en dit onderdeel is nog niet eerder geopend').waitFor();
  await screenshot(page, 'offline-casus');
  assert.deepEqual(zonderNetwerkMeldingen(problems), []);
  await context.close();
});

test('installable: a manifest with a Dutch name and icons, and an active service worker for the whole app', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await serviceWorkerKlaar(page);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const antwoord = await fetch(link.href);
    return { url: antwoord.url, type: antwoord.headers.get('content-type'), inhoud: await antwoord.json() };
  });
  assert.equal(manifest.inhoud.name, 'Werkwaarde');
  assert.equal(manifest.inhoud.lang, 'nl');
  assert.equal(manifest.inhoud.display, 'standalone');
  assert.equal(manifest.inhoud.start_url, './');
  const iconen = manifest.inhoud.icons.map((i) => `${i.type} ${i.sizes}`);
  assert.ok(iconen.includes('image/svg+xml any') && iconen.includes('image/png 192x192') && iconen.includes('image/png 512x512'), iconen.join(', '));
  for (const icoon of manifest.inhoud.icons) {
    const status = await page.evaluate(async (u) => (await fetch(u)).status, new URL(icoon.src, manifest.url).href);
    assert.equal(status, 200, icoon.src);
  }
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(new URL(scope).pathname, BASE_PATH, 'the service worker covers every page of the app');
  // Chromium's own verdict on the install criteria (an incognito profile can never install,
  // which is how the test browser runs, so that one reason is not the app's).
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const fouten = installabilityErrors.map((f) => f.errorId).filter((f) => f !== 'in-incognito');
  assert.deepEqual(fouten, []);
  // An area's page is controlled by the same service worker.
  await page.goto(`${app.server.base}/#/loonwaarde`);
  await page.getByLabel('Titel', { exact: true }).fill('Onder de service worker');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Onder de service worker' }).waitFor();
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
  assert.deepEqual(problems, []);
  await context.close();
});

/** A second build of the start page with one change (its description), by Trunk with the
 * project's own Trunk.toml and hook, into `doel`: the page's HTML is a copy in a temporary folder
 * whose links point back into the project. */
function tweedeBouw(werk, doel) {
  const bron = join(werk, 'bron');
  mkdirSync(bron);
  // Trunk reads every href relative to the page's own folder.
  const terug = relative(bron, ROOT);
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8')
    .replace(/(<link data-trunk rel="rust")/, `$1 href="${terug}/Cargo.toml"`)
    .replace(/href="(style|public)\//g, `href="${terug}/$1/`)
    .replace('geheel in uw browser', 'geheel in uw eigen browser');
  writeFileSync(join(bron, 'index.html'), html);
  execFileSync('trunk', ['build', '--release', '--offline', '--config', join(ROOT, 'Trunk.toml'), '--dist', doel, join(bron, 'index.html')], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, TRUNK_SKIP_VERSION_CHECK: 'true' },
  });
}

test('a new version is announced, applied only when asked, and no typed input is lost by the reload', async () => {
  // Two versions of the app: the build, and a second build of the start page with a change, with
  // the area pages of the first; the build's own hook writes the service worker of the whole.
  const werk = mkdtempSync(join(tmpdir(), 'werkwaarde-versies-'));
  const v1 = join(werk, 'v1');
  const v2 = join(werk, 'v2');
  cpSync(DIST, v1, { recursive: true });
  tweedeBouw(werk, v2);
  for (const gebied of ['zelftoets', 'loonwaarde', 'examen', 'trainer']) cpSync(join(DIST, gebied), join(v2, gebied), { recursive: true });
  execFileSync('node', [join(ROOT, 'scripts', 'sw.mjs'), v2], { stdio: 'ignore' });
  assert.match(readFileSync(join(v2, 'index.html'), 'utf8'), /geheel in uw eigen browser/);
  assert.notEqual(readFileSync(join(v1, 'sw.js'), 'utf8'), readFileSync(join(v2, 'sw.js'), 'utf8'));

  const server = await serveDist(BASE_PATH, v1);
  const { page, problems, context } = await openApp(app.browser, server.base);
  try {
    await serviceWorkerKlaar(page);
    await page.goto(`${server.base}/#/loonwaarde`);
    await page.getByLabel('Titel', { exact: true }).fill('Tijdens een update');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tijdens een update' }).waitFor();
    await page.getByLabel('Werknemer', { exact: true }).fill('Jan');

    server.zetMap(v2);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const melding = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van Werkwaarde.' });
    await melding.waitFor();
    // Not applied unasked: this page still runs the old version.
    const oud = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null), true);
    await screenshot(page, 'nieuwe-versie');

    // Typed just now, within the moment the app gathers keystrokes before writing them.
    await page.getByLabel('Werkgever', { exact: true }).fill('De Zon');
    await melding.getByRole('button', { name: 'Herladen' }).click();
    await page.waitForEvent('load');
    await page.getByRole('heading', { level: 1, name: 'Tijdens een update' }).waitFor();
    assert.equal(await page.getByLabel('Werknemer', { exact: true }).inputValue(), 'Jan');
    assert.equal(await page.getByLabel('Werkgever', { exact: true }).inputValue(), 'De Zon');
    const beschrijving = await page.evaluate(async () => (await (await fetch('../')).text()));
    assert.match(beschrijving, /geheel in uw eigen browser/, 'the new version runs');
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting), null);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), oud, 'the same sw.js, now its new version');
    assert.equal(await melding.count(), 0, 'the announcement is gone');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    rmSync(werk, { recursive: true, force: true });
  }
});
