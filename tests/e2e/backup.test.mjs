// Keeping the data, as a person meets it: the browser's answer to "keep this site's data" on the
// Dossiers page, when each dossier was last exported, the reminder after a week of changes without
// an export, and one backup file with every dossier that another browser imports as new dossiers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, seriousA11yViolations, screenshot, downloadOf } from './harness.mjs';

const app = withApp();

const rows = (page) => page.getByRole('table').locator('tbody tr');
const row = (page, title) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
// Columns after the title: Soort, Laatst gewijzigd, Laatst geëxporteerd, Acties.
const exportCell = (page, title) => row(page, title).getByRole('cell').nth(2);

async function toDossiers(page) {
  await page.goto(page.url().replace(/#.*$/, '#/dossiers'));
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
}

async function createDossier(page, title, kind) {
  await toDossiers(page);
  await page.getByLabel('Titel').fill(title);
  if (kind) await page.getByLabel('Soort').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function importFile(page, name, text) {
  await page.getByLabel('Dossierbestand importeren (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  return page.getByRole('status').filter({ hasText: name });
}

const storageSection = (page) => page.getByRole('region', { name: 'Opslag en back-up' });

// What `navigator.storage.persist()` does in each case. The requests are counted in storage (under
// a key of the test's own), so a count holds across the page loads between the areas.
const STUBS = {
  ja: () => {
    StorageManager.prototype.persist = () => {
      localStorage.setItem('test.persist', String(Number(localStorage.getItem('test.persist') || 0) + 1));
      return Promise.resolve(true);
    };
  },
  nee: () => {
    StorageManager.prototype.persist = () => {
      localStorage.setItem('test.persist', String(Number(localStorage.getItem('test.persist') || 0) + 1));
      return Promise.resolve(false);
    };
  },
  ontbreekt: () => {
    Object.defineProperty(Navigator.prototype, 'storage', { get: () => undefined, configurable: true });
  },
};
const requests = (page) => page.evaluate(() => Number(localStorage.getItem('test.persist') || 0));

for (const [geval, status, flag] of [
  ['ja', 'Blijvende opslag: ja.', 'ja'],
  ['nee', 'Blijvende opslag: nee.', 'nee'],
  ['ontbreekt', 'Blijvende opslag: niet ondersteund.', 'niet-ondersteund'],
]) {
  test(`the browser is asked once to keep the data, and its answer (${geval}) is on the Dossiers page`, async () => {
    const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/dossiers' });
    await context.addInitScript(STUBS[geval]);
    await page.reload();
    const section = storageSection(page);
    await section.getByText('Uw dossiers staan in deze browser, op dit apparaat').waitFor();
    await section.getByText('wist ook de dossiers').waitFor();
    await section.getByRole('status').getByText('Zodra u voor het eerst iets bewaart').waitFor();
    assert.equal(await requests(page), 0, 'nothing is asked before the first save');

    await createDossier(page, 'Eerste dossier', 'Zelftoets Keurmerk Arbeid');
    await createDossier(page, 'Tweede dossier', 'Zelftoets Keurmerk Arbeid');
    await toDossiers(page);
    await section.getByRole('status').getByText(status).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('werkwaarde.opslag.persist')), flag);
    assert.equal(await requests(page), geval === 'ontbreekt' ? 0 : 1, 'asked once');
    await screenshot(page, `opslag-blijvend-${geval}`);
    assert.deepEqual(await seriousA11yViolations(page), []);

    // Asked once per browser: a later page and a later save do not ask again.
    await page.reload();
    await section.getByRole('status').getByText(status).waitFor();
    await createDossier(page, 'Derde dossier', 'Zelftoets Keurmerk Arbeid');
    assert.equal(await requests(page), geval === 'ontbreekt' ? 0 : 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('an export is noted: its date is in the dossier list and on the dossier, also after a reload', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { today: '2026-12-03T10:00:00Z' });
  await createDossier(page, 'Casus Bakker', 'Zelftoets Keurmerk Arbeid');
  const kenmerken = page.locator('.kenmerken');
  assert.match(await kenmerken.innerText(), /Laatst geëxporteerd\s+Nog nooit/);
  await toDossiers(page);
  assert.equal(await exportCell(page, 'Casus Bakker').innerText(), 'Nog nooit');
  assert.equal(await page.getByRole('columnheader', { name: 'Laatst geëxporteerd' }).count(), 1);

  await downloadOf(page, () => row(page, 'Casus Bakker').getByRole('button', { name: 'Exporteren', exact: true }).click());
  await exportCell(page, 'Casus Bakker').getByText('3 december 2026').waitFor();
  await page.reload();
  await exportCell(page, 'Casus Bakker').getByText('3 december 2026').waitFor();
  await row(page, 'Casus Bakker').getByRole('link', { name: 'Casus Bakker' }).click();
  await page.getByRole('heading', { level: 1, name: 'Casus Bakker' }).waitFor();
  await page.waitForFunction(() => /Laatst geëxporteerd\s+3 december 2026/.test(document.querySelector('.kenmerken')?.innerText));

  // Deleting the dossier takes its record along.
  await toDossiers(page);
  await row(page, 'Casus Bakker').getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('group', { name: 'Verwijderen bevestigen' }).getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByText('Nog geen dossiers.').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('werkwaarde.export.'))), []);
  assert.deepEqual(problems, []);
  await context.close();
});

/** A stored dossier as the app writes it. */
function stored(kind, title, created, updated) {
  return JSON.stringify({ format: 'werkwaarde-dossier', schema_version: 1, kind, title, created, updated, app_version: '0.1.0', data: {} });
}

test('a dossier changed since an export 8 days ago shows a calm reminder with the export beside it', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/dossiers', today: '2026-12-11T10:00:00Z' });
  await page.evaluate((s) => {
    localStorage.setItem('werkwaarde.dossier.oud-1', s.oud);
    localStorage.setItem('werkwaarde.export.oud-1', '2026-12-03T09:00:00Z');
    // Exported six days ago and changed since: no reminder yet.
    localStorage.setItem('werkwaarde.dossier.recent-1', s.recent);
    localStorage.setItem('werkwaarde.export.recent-1', '2026-12-05T09:00:00Z');
    // Exported long ago, not changed since: nothing to lose.
    localStorage.setItem('werkwaarde.dossier.rustig-1', s.rustig);
    localStorage.setItem('werkwaarde.export.rustig-1', '2026-11-01T09:00:00Z');
  }, {
    oud: stored('zelftoets', 'Oude zelftoets', '2026-11-20T08:00:00Z', '2026-12-10T16:00:00Z'),
    recent: stored('zelftoets', 'Recente zelftoets', '2026-11-20T08:00:00Z', '2026-12-10T16:00:00Z'),
    rustig: stored('zelftoets', 'Rustige zelftoets', '2026-10-20T08:00:00Z', '2026-10-30T16:00:00Z'),
  });
  await page.reload();

  const section = storageSection(page);
  await section.getByRole('status').getByText('Eén dossier is gewijzigd en al een week of langer niet geëxporteerd.').waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'a reminder, not an alert');
  assert.equal(await exportCell(page, 'Oude zelftoets').innerText(), '3 december 2026');
  await screenshot(page, 'herinnering-lijst');

  await row(page, 'Oude zelftoets').getByRole('link', { name: 'Oude zelftoets' }).click();
  await page.getByRole('heading', { level: 1, name: 'Oude zelftoets' }).waitFor();
  const reminder = page.getByRole('status').filter({ hasText: 'Dit dossier is al 8 dagen niet geëxporteerd' });
  await reminder.waitFor();
  await screenshot(page, 'herinnering-dossier');
  assert.deepEqual(await seriousA11yViolations(page), []);
  const file = await downloadOf(page, () => reminder.getByRole('button', { name: 'Nu exporteren', exact: true }).click());
  assert.equal(JSON.parse(file.text).title, 'Oude zelftoets');
  await reminder.waitFor({ state: 'detached' });
  await page.waitForFunction(() => /Laatst geëxporteerd\s+11 december 2026/.test(document.querySelector('.kenmerken')?.innerText));

  for (const title of ['Recente zelftoets', 'Rustige zelftoets']) {
    await toDossiers(page);
    await row(page, title).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.equal(await page.getByText('niet geëxporteerd').count(), 0, `${title}: no reminder`);
  }
  await toDossiers(page);
  await section.getByText('Blijvende opslag', { exact: false }).or(section.getByText('Zodra u voor het eerst')).first().waitFor();
  assert.equal(await section.getByText('een week of langer niet geëxporteerd').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Alles exporteren writes one backup; another browser imports it as new dossiers, and a broken one is refused with its reason', async () => {
  const a = await openApp(app.browser, app.server.base, { hash: '#/dossiers' });
  await createDossier(a.page, 'Zelftoets Noord', 'Zelftoets Keurmerk Arbeid');
  await createDossier(a.page, 'Casus Visser', 'Loonwaarde');
  await createDossier(a.page, 'Oefenen voor juni', 'Examentraining');
  const raw = '{"format":"werkwaarde-dossier","schema_version":1,"kind":"loonwaarde","title":"Half';
  await a.page.evaluate((raw) => localStorage.setItem('werkwaarde.dossier.beschadigd-1', raw), raw);
  await toDossiers(a.page);
  await a.page.reload();
  await a.page.getByRole('region', { name: 'Beschadigde opslag' }).waitFor();

  const section = storageSection(a.page);
  const backup = await downloadOf(a.page, () => section.getByRole('button', { name: 'Alles exporteren' }).click());
  assert.match(backup.name, /^werkwaarde-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(backup.text);
  assert.equal(json.format, 'werkwaarde-backup');
  assert.equal(json.schema_version, 1);
  assert.deepEqual(json.dossiers.map((d) => d.title).sort(), ['Casus Visser', 'Oefenen voor juni', 'Zelftoets Noord']);
  assert.ok(json.dossiers.every((d) => d.format === 'werkwaarde-dossier'));
  assert.deepEqual(json.beschadigd, [{ sleutel: 'werkwaarde.dossier.beschadigd-1', ruw: raw }]);
  await section.getByRole('status').getByText('Back-up gemaakt met 3 dossiers en de ruwe tekst van 1 beschadigd').waitFor();
  const vandaag = await a.page.evaluate(() => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));
  for (const t of ['Zelftoets Noord', 'Casus Visser', 'Oefenen voor juni']) {
    assert.equal(await exportCell(a.page, t).innerText(), vandaag, `${t} counts as exported`);
  }
  await screenshot(a.page, 'backup-gemaakt');
  assert.deepEqual(a.problems, []);
  await a.context.close();

  // A fresh browser profile: the backup adds every dossier, each as a new one.
  const b = await openApp(app.browser, app.server.base, { hash: '#/dossiers' });
  const status = await importFile(b.page, backup.name, backup.text);
  await status.getByText(`${backup.name} is een back-up. 3 dossiers toegevoegd als nieuw dossier:`).waitFor();
  for (const t of ['Zelftoets Noord', 'Casus Visser', 'Oefenen voor juni']) await status.getByRole('link', { name: t }).waitFor();
  await status.getByText('Eén beschadigd opgeslagen item uit de back-up is niet als dossier geïmporteerd').waitFor();
  assert.equal(await rows(b.page).count(), 3);
  await screenshot(b.page, 'backup-geimporteerd');
  assert.deepEqual(await seriousA11yViolations(b.page), []);
  // Imported, not exported here; and no reminder for what just came in.
  assert.equal(await exportCell(b.page, 'Casus Visser').innerText(), 'Nog nooit');

  // Importing it again never overwrites: three more.
  await importFile(b.page, backup.name, backup.text);
  await b.page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 6);
  const keys = await b.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('werkwaarde.dossier.')));
  assert.equal(keys.length, 6);
  assert.ok(!keys.includes('werkwaarde.dossier.beschadigd-1'), 'a damaged entry is not imported as a dossier');

  // A backup with one broken dossier: the others come in, the broken one is named with its reason.
  const broken = JSON.parse(backup.text);
  broken.dossiers[1].data = [1, 2];
  const title2 = broken.dossiers[1].title;
  broken.beschadigd = [];
  const kapot = await importFile(b.page, 'kapotte-backup.json', JSON.stringify(broken, null, 2));
  await kapot.getByText('kapotte-backup.json is een back-up. 2 dossiers toegevoegd als nieuw dossier:').waitFor();
  await kapot.getByText('1 dossier geweigerd:').waitFor();
  await kapot.getByText(`Dossier 2 (‘${title2}’): Het dossier is onvolledig of beschadigd: De inhoud moet een object zijn, maar is een lijst (plaats: $.data).`).waitFor();
  await screenshot(b.page, 'backup-met-weigering');
  await b.page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 8);
  await b.page.reload();
  assert.equal(await rows(b.page).count(), 8, 'the imports survive a reload');
  assert.deepEqual(b.problems, []);
  await b.context.close();
});
