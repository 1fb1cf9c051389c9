// One app per page: each area has its own HTML page and wasm, with the menu and its own dossiers;
// the dossier list and import are on the start page. Moving between pages is a page load; inside
// a page nothing is loaded twice, a step click keeps what was typed, and a view that is left
// takes its timers with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, downloadOf, appPad } from './harness.mjs';

const app = withApp();

const wasmOpPagina = (page) => page.evaluate(() =>
  performance.getEntriesByType('resource').map((e) => e.name)).then((namen) => namen.map(appPad).filter((p) => p.endsWith('.wasm')));

test('a dossier opens on its area page, which runs one wasm; steps load nothing, the list links straight back', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets' });
  assert.deepEqual((await wasmOpPagina(page)).map((p) => p.replace(/-[0-9a-f]+_bg/, '_bg')), ['/werkwaarde_bg.wasm']);
  await page.getByLabel('Titel', { exact: true }).fill('Eén app per pagina');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByLabel('Datum van de audit', { exact: true }).fill('2026-03-01');
  const url = new URL(page.url());
  assert.equal(appPad(page.url()), '/zelftoets/', 'a zelftoets opens on the zelftoets page');
  assert.match(url.hash, /^#\/dossiers\/[0-9a-f]+-[0-9a-f]{8}$/);
  // Only the zelftoets page's own wasm runs here: the start page's is not loaded beside it.
  const wasm = await wasmOpPagina(page);
  assert.equal(wasm.length, 1, `one wasm on the page: ${wasm}`);
  assert.match(wasm[0], /^\/zelftoets\/zelftoets-[0-9a-f]+_bg\.wasm$/);

  // Steps stay on this page and load nothing more.
  const documenten = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document' || r.url().endsWith('.wasm')) documenten.push(appPad(r.url()));
  });
  const stappen = page.getByRole('navigation', { name: 'Stappen van de zelftoets' });
  await stappen.getByRole('link', { name: 'Hoofdnorm 2: Diensten' }).click();
  await page.getByRole('heading', { level: 2, name: 'Hoofdnorm 2: Diensten' }).waitFor();
  await stappen.getByRole('link', { name: 'Profiel' }).click();
  assert.equal(await page.getByLabel('Datum van de audit', { exact: true }).inputValue(), '2026-03-01');
  assert.deepEqual(documenten, [], 'no page load and no second wasm inside one page');

  // The dossier list is on the start page; its link opens the dossier on its own page directly.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  assert.equal(appPad(page.url()), '/');
  documenten.length = 0;
  await page.getByRole('link', { name: 'Eén app per pagina' }).click();
  await page.getByLabel('Datum van de audit', { exact: true }).waitFor();
  assert.deepEqual(documenten.filter((p) => !p.endsWith('.wasm')), ['/zelftoets/'], 'straight to the area page');

  // A deep link to the dossier on the start page lands on the zelftoets page, at the same step.
  const hash = new URL(page.url()).hash;
  await page.goto(`${app.server.base}/${hash}/uitkomst`);
  await page.getByTestId('oordeel').waitFor();
  assert.equal(appPad(page.url()), '/zelftoets/');
  assert.equal(new URL(page.url()).hash, `${hash}/uitkomst`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a running exam timer stops when its view is left', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/examentraining' });
  // Counts the intervals that are running, on every page this context loads from now on.
  await context.addInitScript(() => {
    const actief = new Set();
    const zet = window.setInterval.bind(window);
    const wis = window.clearInterval.bind(window);
    window.setInterval = (...a) => {
      const id = zet(...a);
      actief.add(id);
      return id;
    };
    window.clearInterval = (id) => {
      actief.delete(id);
      wis(id);
    };
    window.__intervallen = () => actief.size;
  });
  await page.getByLabel('Titel', { exact: true }).fill('Timer');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  const delen = page.getByRole('navigation', { name: 'Onderdelen van de examentraining' });
  await delen.getByRole('link', { name: 'Examen', exact: true }).click();
  await page.getByLabel('Minuten per examendag (standaard 180)', { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Examen starten (6 casussen)' }).click();
  await page.getByRole('button', { name: 'Dag 1 beginnen' }).click();
  await page.getByTestId('timer').waitFor();
  assert.ok((await page.evaluate(() => window.__intervallen())) >= 1, 'the day has a running timer');

  await delen.getByRole('link', { name: 'Resultaten', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Resultaten' }).waitFor();
  await page.waitForFunction(() => window.__intervallen() === 0);
  await delen.getByRole('link', { name: 'Examen', exact: true }).click();
  await page.getByTestId('timer').waitFor();
  assert.equal(await page.evaluate(() => window.__intervallen()), 1, 'back on the exam: one timer, not two');
  // Leaving the dossier for another of the same area, on the same page: the timer goes too.
  await page.goto(page.url().replace(/#.*$/, '#/dossiers/bestaat-niet'));
  await page.getByRole('heading', { level: 1, name: 'Dossier niet gevonden' }).waitFor();
  await page.waitForFunction(() => window.__intervallen() === 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a rename on the start page in another tab keeps what was typed on the area page', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets' });
  await page.getByLabel('Titel', { exact: true }).fill('Twee tabbladen');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByLabel('Datum van de audit', { exact: true }).waitFor();
  // The dossier list in a second tab, opened before the edit: its copy is older.
  const lijst = await context.newPage();
  await lijst.goto(`${app.server.base}/#/dossiers`);
  await lijst.getByRole('link', { name: 'Twee tabbladen' }).waitFor();
  await page.getByLabel('Datum van de audit', { exact: true }).fill('2026-03-01');
  await page.getByLabel('Rechtsvorm', { exact: true }).selectOption({ label: 'Stichting' });
  // Both edits are written (typing is written in batches, a moment after the last key).
  await page.waitForFunction(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('werkwaarde.dossier.') && v.includes('2026-03-01') && v.includes('stichting')));
  await lijst.getByRole('button', { name: 'Hernoemen' }).click();
  await lijst.getByLabel('Nieuwe titel voor ‘Twee tabbladen’', { exact: true }).fill('Twee tabbladen, hernoemd');
  await lijst.getByRole('button', { name: 'Opslaan' }).click();
  await lijst.getByRole('link', { name: 'Twee tabbladen, hernoemd' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Twee tabbladen, hernoemd' }).waitFor();
  assert.equal(await page.getByLabel('Datum van de audit', { exact: true }).inputValue(), '2026-03-01');
  assert.equal(await page.getByLabel('Rechtsvorm', { exact: true }).inputValue(), 'stichting');
  assert.deepEqual(problems, []);
  await lijst.close();
  await context.close();
});

test('what was typed a moment ago is in a reload, an export and the rapport, though typing is written in batches', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/loonwaarde' });
  await page.getByLabel('Titel', { exact: true }).fill('Meteen weg');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  const normloon = page.getByLabel('Normloon per uur (€)', { exact: true });
  // Reloading straight after the last key: the page writes it as it is left.
  await normloon.fill('16,25');
  await page.reload();
  assert.equal(await normloon.inputValue(), '16,25');
  // An export straight after the last key holds it.
  await page.getByLabel('Werknemer', { exact: true }).fill('Jan Jansen');
  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Exporteren', exact: true }).click());
  assert.equal(JSON.parse(file.text).data.werknemer, 'Jan Jansen');
  // So does the rapport, another screen of the same page.
  await page.getByLabel('Werkgever', { exact: true }).fill('Bakkerij De Korst');
  await page.getByRole('link', { name: 'Rapport bekijken en afdrukken' }).click();
  await page.getByText('Bakkerij De Korst').first().waitFor();
  // And closing the tab straight after a key writes it too.
  await page.goBack();
  await page.getByLabel('Werkgever', { exact: true }).fill('Bakkerij De Korst BV');
  const url = page.url();
  await page.close({ runBeforeUnload: true });
  const tweede = await context.newPage();
  await tweede.goto(url);
  assert.equal(await tweede.getByLabel('Werkgever', { exact: true }).inputValue(), 'Bakkerij De Korst BV');
  assert.deepEqual(problems, []);
  await context.close();
});
