// The zelftoets runs as its own wasm, loaded only when a zelftoets dossier is opened. These tests
// check that split as a person meets it: nothing extra on the first load, the area appears when
// needed, its answers survive a reload, and shell and area never overwrite each other's saves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, seriousA11yViolations, screenshot } from './harness.mjs';

const app = withApp();

test('the zelftoets module loads only when a zelftoets dossier is opened', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Werkwaarde' }).waitFor();
  assert.ok(!requests.some((p) => p.startsWith('/zelftoets/')), 'the first load fetches no zelftoets code');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zelftoets Keurmerk Arbeid' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Re-integratie Noord BV');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Re-integratie Noord BV' }).waitFor();
  await page.getByRole('navigation', { name: 'Stappen van de zelftoets' }).waitFor();
  assert.ok(requests.some((p) => p === '/zelftoets/zelftoets_bg.wasm'), 'the area is fetched on demand');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an empty zelftoets gives no verdict, answers survive a reload, and a rename from the shell is kept', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets' });
  await page.getByLabel('Titel', { exact: true }).fill('Noord BV');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByLabel('Peildatum').waitFor();

  // Nothing assessed yet: the uitkomst says so instead of promising a Keurmerk.
  await page.getByRole('link', { name: 'Uitkomst' }).click();
  const oordeel = page.getByTestId('oordeel');
  await oordeel.waitFor();
  assert.equal(await oordeel.innerText(), 'Nog geen oordeel: niet alle onderdelen zijn ingevuld');
  await screenshot(page, 'zelftoets-uitkomst-leeg');
  assert.deepEqual(await seriousA11yViolations(page), []);

  await page.getByRole('link', { name: 'Profiel' }).click();
  await page.getByLabel('Peildatum').fill('2026-03-01');
  await page.getByLabel('Rechtsvorm').selectOption({ label: 'Stichting' });
  // Renamed in the shell while the area holds the same dossier: neither save may undo the other.
  await page.getByRole('button', { name: 'Hernoemen' }).click();
  await page.getByLabel('Nieuwe titel voor ‘Noord BV’').fill('Noord BV — zelftoets 2026');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByLabel('Zzp\'er zonder ingehuurde krachten').selectOption({ label: 'Nee' });
  await screenshot(page, 'zelftoets-profiel');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Noord BV — zelftoets 2026' }).waitFor();
  assert.equal(await page.getByLabel('Peildatum').inputValue(), '2026-03-01');
  assert.equal(await page.getByLabel('Rechtsvorm').inputValue(), 'stichting');
  assert.equal(await page.getByLabel('Zzp\'er zonder ingehuurde krachten').inputValue(), 'nee');
  assert.deepEqual(problems, []);
  await context.close();
});
