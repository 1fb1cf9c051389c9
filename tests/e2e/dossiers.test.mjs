// What a person does with dossiers: create, find again after reload, rename, duplicate, delete,
// export, import back (picker and drag-and-drop), and every kind of bad file, with the existing
// dossiers untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, seriousA11yViolations, screenshot, downloadOf } from './harness.mjs';

const app = withApp();

const rows = (page) => page.getByRole('table').locator('tbody tr');
const row = (page, title) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });

async function createDossier(page, title, kind) {
  await page.goto(page.url().replace(/#.*$/, '#/dossiers'));
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  await page.getByLabel('Titel').fill(title);
  if (kind) await page.getByLabel('Soort').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function importFile(page, name, contents, mimeType = 'application/json') {
  await page.getByLabel('Dossierbestand importeren (.json)').setInputFiles({
    name,
    mimeType,
    buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
  });
  return page.getByRole('status').filter({ hasText: name });
}

test('create a dossier, find it after reload, rename, duplicate and delete it', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/dossiers' });

  // An empty title is refused at the field.
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByText('Geef het dossier een titel.').waitFor();
  assert.equal(await page.getByLabel('Titel').getAttribute('aria-invalid'), 'true');

  await createDossier(page, 'Re-integratie Noord BV', 'Zelftoets Keurmerk Arbeid');
  await screenshot(page, 'dossier-geopend');
  assert.match(await page.locator('.kenmerken').innerText(), /Zelftoets Keurmerk Arbeid/);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Re-integratie Noord BV' }).waitFor();

  // Rename on its own page; a too-long title gets a message at the field and changes nothing.
  await page.getByRole('button', { name: 'Hernoemen' }).click();
  const field = page.getByLabel('Nieuwe titel voor ‘Re-integratie Noord BV’');
  await field.fill('x'.repeat(121));
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('hoogstens 120 tekens').waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await field.fill('Re-integratie Noord BV — zelftoets 2026');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Re-integratie Noord BV — zelftoets 2026' }).waitFor();

  await page.getByRole('button', { name: 'Dupliceren' }).click();
  await page.getByRole('heading', { level: 1, name: 'Re-integratie Noord BV — zelftoets 2026 (kopie)' }).waitFor();

  await page.reload();
  await page.getByRole('link', { name: 'Dossiers', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  assert.equal(await rows(page).count(), 2);
  await screenshot(page, 'dossiers-lijst');
  assert.deepEqual(await seriousA11yViolations(page), []);

  // Delete asks first; cancelling keeps it.
  const copy = row(page, 'Re-integratie Noord BV — zelftoets 2026 (kopie)');
  await copy.getByRole('button', { name: 'Verwijderen' }).click();
  const confirm = page.getByRole('group', { name: 'Verwijderen bevestigen' });
  await confirm.getByText('definitief verwijderen?').waitFor();
  await screenshot(page, 'dossier-verwijderen-bevestigen');
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  assert.equal(await rows(page).count(), 2);
  await copy.getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('group', { name: 'Verwijderen bevestigen' }).getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
  await page.reload();
  await page.getByRole('rowheader', { name: 'Re-integratie Noord BV — zelftoets 2026', exact: true }).waitFor();
  assert.equal(await rows(page).count(), 1);

  // The area page lists the dossiers of its own kind only.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Loonwaarde' }).click();
  await page.getByText('Nog geen dossiers.').waitFor();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zelftoets Keurmerk Arbeid' }).click();
  await page.getByRole('rowheader', { name: 'Re-integratie Noord BV — zelftoets 2026' }).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});

test('export a dossier and import the file back as a new dossier, by picker and by dropping it', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await createDossier(page, 'Casus De Vries — cliënt', 'Loonwaarde');

  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Exporteren', exact: true }).click());
  assert.match(file.name, /^werkwaarde-loonwaarde-casus-de-vries-client-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(file.text);
  assert.equal(json.format, 'werkwaarde-dossier');
  assert.equal(json.schema_version, 1);
  assert.equal(json.kind, 'loonwaarde');
  assert.equal(json.title, 'Casus De Vries — cliënt');
  assert.equal(json.app_version, '0.1.0');
  assert.deepEqual(json.data, {});

  await page.getByRole('link', { name: 'Dossiers', exact: true }).first().click();
  const status = await importFile(page, file.name, file.text);
  await status.getByText('geïmporteerd als nieuw dossier').waitFor();
  assert.equal(await rows(page).count(), 2, 'the import is added, the original stays');

  // The imported dossier is the same as the one exported: exporting it again gives the same file.
  await status.getByRole('link', { name: 'Casus De Vries — cliënt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Casus De Vries — cliënt' }).waitFor();
  const again = await downloadOf(page, () => page.getByRole('button', { name: 'Exporteren', exact: true }).click());
  assert.deepEqual(JSON.parse(again.text), json);

  // Drag-and-drop onto the import zone, as from a file manager.
  await page.getByRole('link', { name: 'Dossiers', exact: true }).first().click();
  const transfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { name: 'gesleept.json', text: file.text },
  );
  await page.locator('.sleepvak').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.sleepvak').dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByRole('status').filter({ hasText: 'gesleept.json' }).getByText('geïmporteerd als nieuw dossier').waitFor();
  assert.equal(await rows(page).count(), 3);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  assert.equal(await rows(page).count(), 3, 'imports survive a reload');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every kind of bad file gets its own Dutch message and changes nothing', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await createDossier(page, 'Bestaand dossier', 'Examentraining');
  const good = await downloadOf(page, () => page.getByRole('button', { name: 'Exporteren', exact: true }).click());
  const base = JSON.parse(good.text);
  await page.getByRole('link', { name: 'Dossiers', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();

  const cases = [
    { name: 'kapot.json', body: '{"format": "werkwaarde-dossier",\n  oeps }', expect: 'geen geldige JSON: de fout zit in regel 2, kolom 3' },
    { name: 'ander.json', body: JSON.stringify({ naam: 'iets anders' }), expect: 'Dit is geen Werkwaarde-dossier' },
    { name: 'nieuwer.json', body: JSON.stringify({ ...base, schema_version: 7 }), expect: 'nieuwere versie van Werkwaarde (schemaversie 7)' },
    { name: 'zonder-titel.json', body: JSON.stringify({ ...base, title: undefined }), expect: 'De titel ontbreekt (plaats: $.title).' },
    { name: 'fout-type.json', body: JSON.stringify({ ...base, data: [1, 2] }), expect: 'De inhoud moet een object zijn, maar is een lijst (plaats: $.data).' },
    { name: 'datum.json', body: JSON.stringify({ ...base, created: 'gisteren' }), expect: 'De aanmaakdatum “gisteren” is geen geldige datum en tijd' },
    { name: 'examens.json', body: JSON.stringify({ ...base, data: { ...base.data, examens: 'geen lijst' } }), expect: '$.data.examens' },
    { name: 'leeg.json', body: '', expect: 'Het bestand is leeg.' },
    { name: 'groot.json', body: Buffer.alloc(10_000_001, 0x20), expect: 'een dossier mag hoogstens 10 MB zijn' },
  ];
  for (const c of cases) {
    const status = await importFile(page, c.name, c.body);
    await status.getByText(`${c.name} is niet geïmporteerd`).waitFor();
    await status.getByText(c.expect, { exact: false }).waitFor();
    await screenshot(page, `import-fout-${c.name.replace('.json', '')}`);
    assert.equal(await rows(page).count(), 1, `${c.name} left the existing dossiers alone`);
  }
  await page.reload();
  await page.getByRole('rowheader', { name: 'Bestaand dossier' }).waitFor();
  assert.equal(await rows(page).count(), 1);
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('werkwaarde.dossier.')).length);
  assert.equal(stored, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a damaged storage entry is reported, its raw text can be saved, and the others still open', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await createDossier(page, 'Gezond dossier', 'Loonwaarde');
  const raw = '{"format":"werkwaarde-dossier","schema_version":1,"kind":"loonwaarde","title":"Half';
  await page.evaluate((raw) => localStorage.setItem('werkwaarde.dossier.beschadigd-1', raw), raw);
  await page.reload();

  await page.getByRole('status').getByText('Eén opgeslagen dossier kon niet worden gelezen.').waitFor();
  await page.getByRole('link', { name: 'Bekijk ze onder Dossiers' }).click();
  const section = page.getByRole('region', { name: 'Beschadigde opslag' });
  await section.getByText('werkwaarde.dossier.beschadigd-1').waitFor();
  await section.getByText('geen geldige JSON').waitFor();
  await screenshot(page, 'beschadigde-opslag');
  assert.deepEqual(await seriousA11yViolations(page), []);

  const saved = await downloadOf(page, () => section.getByRole('button', { name: 'Ruwe tekst opslaan' }).click());
  assert.equal(saved.text, raw);

  await page.getByRole('rowheader', { name: 'Gezond dossier' }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: 'Gezond dossier' }).waitFor();

  // Creating more dossiers never overwrites the damaged entry.
  await createDossier(page, 'Nog een dossier', 'Loonwaarde');
  assert.equal(await page.evaluate(() => localStorage.getItem('werkwaarde.dossier.beschadigd-1')), raw);

  // Removing it takes a confirmation.
  await page.getByRole('link', { name: 'Dossiers', exact: true }).first().click();
  await section.getByRole('button', { name: 'Verwijderen' }).click();
  await section.getByRole('group', { name: 'Verwijderen bevestigen' }).getByRole('button', { name: 'Ja, verwijderen' }).click();
  await section.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => localStorage.getItem('werkwaarde.dossier.beschadigd-1')), null);
  assert.equal(await rows(page).count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full storage is reported, the work stays in the tab, and an export is offered', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/dossiers' });
  // Fill this origin's storage until the browser refuses even one more character.
  const refusal = await page.evaluate(() => {
    let name = 'none';
    let k = 0;
    for (let n = 1 << 20; n >= 1; n = Math.floor(n / 2)) {
      const block = 'x'.repeat(n);
      for (;;) {
        try {
          localStorage.setItem(`vulling-${k++}`, block);
        } catch (e) {
          name = e.name;
          break;
        }
      }
    }
    return name;
  });
  assert.equal(refusal, 'QuotaExceededError');

  await page.getByLabel('Titel').fill('Werk dat niet past');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werk dat niet past' }).waitFor();
  const alert = page.getByRole('alert');
  await alert.getByText('De opslag van deze browser is vol').waitFor();
  await screenshot(page, 'opslag-vol');

  const file = await downloadOf(page, () => alert.getByRole('button', { name: 'Dit dossier exporteren' }).click());
  assert.equal(JSON.parse(file.text).title, 'Werk dat niet past');

  // Once there is room again, saving succeeds and the warning goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('werkwaarde.')).forEach((k) => localStorage.removeItem(k)));
  await alert.getByRole('button', { name: 'Opnieuw opslaan' }).click();
  await alert.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Werk dat niet past' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a stored examentraining whose data no longer parse opens as damaged, raw text kept, never as an empty one', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await createDossier(page, 'Oefenen', 'Examentraining');
  const sleutel = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('werkwaarde.dossier.')));
  const raw = await page.evaluate((k) => {
    const d = JSON.parse(localStorage.getItem(k));
    d.data.examens = 'geen lijst';
    const tekst = JSON.stringify(d);
    localStorage.setItem(k, tekst);
    return tekst;
  }, sleutel);
  await page.goto(`${app.server.base}/#/dossiers`);
  await page.reload();
  await page.getByRole('status').getByText('Eén opgeslagen dossier kon niet worden gelezen.').waitFor();
  const section = page.getByRole('region', { name: 'Beschadigde opslag' });
  await section.getByText(sleutel).waitFor();
  await section.getByText('$.data.examens', { exact: false }).waitFor();
  assert.equal(await rows(page).count(), 0, 'not listed as an (empty) examentraining');
  const saved = await downloadOf(page, () => section.getByRole('button', { name: 'Ruwe tekst opslaan' }).click());
  assert.equal(saved.text, raw);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), sleutel), raw, 'the stored text is untouched');
  assert.deepEqual(problems, []);
  await context.close();
});
