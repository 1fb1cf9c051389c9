// Faults of the README's fault table that no other file drives: storage blocked, a write that
// reads back otherwise, HTML in a name, a file of an unknown kind. Each ends with nothing lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, downloadOf } from './harness.mjs';

const app = withApp();

async function maak(page, titel) {
  await page.goto(page.url().replace(/#.*$/, '#/dossiers'));
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  await page.getByLabel('Titel').fill(titel);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: titel }).waitFor();
}

test('storage blocked by the browser: the app says so, work goes on, and an export keeps it', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/dossiers' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('De opslag is uitgezet', 'SecurityError');
      },
    });
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  await maak(page, 'Zonder opslag');
  const alert = page.getByRole('alert');
  await alert.getByText('Deze browser staat Werkwaarde niet toe gegevens op te slaan').waitFor();
  const file = await downloadOf(page, () => alert.getByRole('button', { name: 'Dit dossier exporteren' }).click());
  assert.equal(JSON.parse(file.text).title, 'Zonder opslag');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a write that reads back otherwise is not counted as saved; the change stays and can be exported', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/dossiers' });
  await context.addInitScript(() => {
    const schrijf = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      return schrijf.call(this, k, k.startsWith('werkwaarde.dossier.') && window.__verminkt ? v.slice(0, -1) : v);
    };
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  await page.evaluate(() => { window.__verminkt = true; });
  await maak(page, 'Half bewaard');
  const alert = page.getByRole('alert');
  await alert.getByText('niet zeker bewaard').waitFor();
  const file = await downloadOf(page, () => alert.getByRole('button', { name: 'Dit dossier exporteren' }).click());
  assert.equal(JSON.parse(file.text).title, 'Half bewaard');
  await page.evaluate(() => { window.__verminkt = false; });
  await alert.getByRole('button', { name: 'Opnieuw opslaan' }).click();
  await alert.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Half bewaard' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('HTML in a name is shown as text, never run', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/dossiers' });
  let dialoog = false;
  page.on('dialog', async (d) => {
    dialoog = true;
    await d.dismiss();
  });
  const titel = '<img src=x onerror=alert(1)><b>Vet</b>';
  await maak(page, titel);
  await page.goto(`${app.server.base}/#/dossiers`);
  await page.getByRole('rowheader', { name: titel, exact: true }).waitFor();
  assert.equal(await page.locator('main img[src="x"], main b').count(), 0, 'no element made from the title');
  assert.equal(dialoog, false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file of an unknown kind is refused with a Dutch message, and nothing changes', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/dossiers' });
  const nu = '2026-12-05T10:00:00Z';
  const bestand = { format: 'werkwaarde-dossier', schema_version: 1, kind: 'rapport', title: 'Vreemd', created: nu, updated: nu, app_version: '0', data: {} };
  await page.getByLabel('Dossierbestand importeren (.json)').setInputFiles({ name: 'soort.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bestand)) });
  const status = page.getByRole('status').filter({ hasText: 'soort.json' });
  await status.getByText('soort.json is niet geïmporteerd').waitFor();
  await status.getByText('bestaat niet', { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('werkwaarde.dossier.')).length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
