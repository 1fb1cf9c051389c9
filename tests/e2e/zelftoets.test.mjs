// The zelftoets has its own page and wasm, loaded only when a zelftoets dossier is opened. These
// tests check that split as a person meets it: nothing extra on the first load, the area appears
// when needed, its answers survive a reload, and a rename and an edit never undo each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withApp, openApp, seriousA11yViolations, screenshot, downloadOf, ARTIFACTS, appPad } from './harness.mjs';

const app = withApp();

test('the zelftoets module loads only when a zelftoets dossier is opened', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  const requests = [];
  page.on('request', (r) => requests.push(appPad(r.url())));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Werkwaarde' }).waitFor();
  assert.ok(!requests.some((p) => p.startsWith('/zelftoets/')), 'the first load fetches no zelftoets code');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zelftoets Keurmerk Arbeid' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Re-integratie Noord BV');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Re-integratie Noord BV' }).waitFor();
  await page.getByRole('navigation', { name: 'Stappen van de zelftoets' }).waitFor();
  assert.ok(requests.some((p) => /^\/zelftoets\/zelftoets-[0-9a-f]+_bg\.wasm$/.test(p)), 'the area is fetched on demand');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an empty zelftoets gives no verdict, answers survive a reload, and a rename from the shell is kept', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets' });
  await page.getByLabel('Titel', { exact: true }).fill('Noord BV');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByLabel('Datum van de audit', { exact: true }).waitFor();

  // Nothing assessed yet: the uitkomst says so instead of promising a Keurmerk.
  await page.getByRole('link', { name: 'Uitkomst' }).click();
  const oordeel = page.getByTestId('oordeel');
  await oordeel.waitFor();
  assert.equal(await oordeel.innerText(), 'Nog geen oordeel: niet alle onderdelen zijn ingevuld');
  await screenshot(page, 'zelftoets-uitkomst-leeg');
  assert.deepEqual(await seriousA11yViolations(page), []);

  await page.getByRole('link', { name: 'Profiel' }).click();
  await page.getByLabel('Datum van de audit', { exact: true }).fill('2026-03-01');
  await page.getByLabel('Rechtsvorm', { exact: true }).selectOption({ label: 'Stichting' });
  // Renamed in the shell while the area holds the same dossier: neither save may undo the other.
  await page.getByRole('button', { name: 'Hernoemen' }).click();
  await page.getByLabel('Nieuwe titel voor ‘Noord BV’', { exact: true }).fill('Noord BV — zelftoets 2026');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByLabel('Zzp\'er zonder ingehuurde krachten').selectOption({ label: 'Nee' });
  await screenshot(page, 'zelftoets-profiel');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Noord BV — zelftoets 2026' }).waitFor();
  assert.equal(await page.getByLabel('Datum van de audit', { exact: true }).inputValue(), '2026-03-01');
  assert.equal(await page.getByLabel('Rechtsvorm', { exact: true }).inputValue(), 'stichting');
  assert.equal(await page.getByLabel('Zzp\'er zonder ingehuurde krachten').inputValue(), 'nee');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Fills every field whose id starts with `prefix` (selects get `keuze`). */
async function vulAlle(page, prefix, keuze) {
  for (const select of await page.locator(`select[id^="${prefix}"]`).all()) {
    await select.selectOption(keuze);
  }
}

async function vul(page, waarden) {
  for (const [id, waarde] of Object.entries(waarden)) {
    const veld = page.locator(`[id="veld-${id}"]`);
    if ((await veld.evaluate((e) => e.tagName)) === 'SELECT') await veld.selectOption(waarde);
    else await veld.fill(waarde);
  }
}

/// Steps 1 to 4 for a small aspirant: every condition met, hoofdnorm 1 and 3 met, and the Diensten
/// with the numbers given (`per` is d<n>-<gegeven> → value for each Dienst).
async function vulKleineAanbieder(page, titel, diensten, per, extra = {}) {
  await page.getByLabel('Titel', { exact: true }).fill(titel);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByLabel('Datum van de audit', { exact: true }).waitFor();

  // Stap 1: profiel.
  await vul(page, { 'p-peildatum': '2026-03-01', 'p-aanmelddatum': '2025-12-01', 'p-kvk': 'ja', 'p-eerste': 'ja' });
  // The conditions of the verdict (§6.1.2, §6.2.6, the definitielijst): all met.
  await vulAlle(page, 'veld-eis-', 'ja');
  await page.getByRole('link', { name: 'Verder: Hoofdnorm 1: organisatie' }).click();

  // Stap 2: hoofdnorm 1, with the computed checks filled in and the checklist answered.
  await page.getByLabel('Datum van het KvK-uittreksel', { exact: true }).fill('2026-01-15');
  await page.getByLabel('Datum van afgifte van de VOG (bestuurder 1)', { exact: true }).fill('2025-09-01');
  await page.getByLabel('Functieaspecten op de VOG (bestuurder 1)', { exact: true }).fill('11, 12, 13, 21, 22, 41, 43, 53, 71');
  await page.getByLabel('Passend gekwalificeerde personeelsleden', { exact: true }).fill('3');
  await page.getByLabel('Personeelsleden in totaal', { exact: true }).fill('4');
  await page.getByLabel('Datum van de managementverklaring', { exact: true }).fill('2026-01-10');
  await vulAlle(page, 'veld-mv-', 'ja');
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await page.getByLabel('Naam (persoon 1)', { exact: true }).fill('A. de Vries');
  await page.getByLabel('Belang in het kapitaal (%) (persoon 1)', { exact: true }).fill('100');
  await page.getByLabel('Politiek prominent persoon (PEP) (persoon 1)', { exact: true }).selectOption('nee');
  await page.locator('#veld-doc-ubo-pep').selectOption('ja');
  await vulAlle(page, 'veld-h1-', 'voldoet');
  await screenshot(page, `zelftoets-hoofdnorm1-${diensten.join('-')}`, { fullPage: false });

  // Stap 3: the Diensten.
  await page.getByRole('link', { name: 'Hoofdnorm 2: Diensten', exact: true }).click();
  for (const d of diensten) await page.getByLabel(new RegExp(`^Dienst ${d}: `)).check();
  for (const d of diensten) {
    await vul(page, Object.fromEntries(Object.entries(per).map(([k, v]) => [`d${d}-${k}`, v])));
  }
  await vul(page, { 'transparantie-2.0.1': '0', 'transparantie-2.0.2': '0', ...extra });
  await vulAlle(page, 'veld-h2-', 'voldoet');
  await page.getByText(`2.${diensten[0]}.3 — voldoet`).waitFor();
  await screenshot(page, `zelftoets-diensten-${diensten.join('-')}`, { fullPage: false });

  // Stap 4: tevredenheid at exactly 6.5 with 10% response.
  await page.getByRole('link', { name: 'Verder: Hoofdnorm 3: tevredenheid' }).click();
  for (const d of diensten) {
    await vul(page, { [`t${d}-c-uitgenodigd`]: '50', [`t${d}-c-respondenten`]: '5', [`t${d}-c-cijfer`]: '6,5',
      [`t${d}-o-uitgenodigd`]: '2', [`t${d}-o-respondenten`]: '2', [`t${d}-o-cijfer`]: '7' });
  }
  await vulAlle(page, 'veld-h3-', 'voldoet');
  await page.getByText('3.1.1 — voldoet').waitFor();
}

test('a small provider with Dienst 1 and Dienst 9 that just passes, then just fails, survives reload and export/import', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets' });
  // Diensten 1 and 9 at exactly 80% and the minimum of five.
  await vulKleineAanbieder(page, 'Kleine aanbieder', [1, 9],
    { a: '10', a2: '10', b: '8', b2: '8', c: '10', 'tvo-c': '10', 'tvo-o': '2', personen: '5', omzet: '25000' },
    { 'd9-d': '6' });
  await screenshot(page, 'zelftoets-tevredenheid', { fullPage: false });

  // Stap 5: the verdict.
  await page.getByRole('link', { name: 'Verder: Uitkomst' }).click();
  const oordeel = page.getByTestId('oordeel');
  await oordeel.waitFor();
  assert.equal(await oordeel.innerText(), 'Keurmerk Arbeid kan worden toegekend');
  await screenshot(page, 'zelftoets-uitkomst-toegekend');
  assert.deepEqual(await seriousA11yViolations(page), []);

  // One number just below the norm: the reason names its norm code and links to the field.
  await page.getByRole('link', { name: 'Hoofdnorm 2: Diensten', exact: true }).click();
  await page.locator('#veld-d9-b2').fill('7');
  await page.getByRole('link', { name: 'Uitkomst', exact: true }).click();
  await oordeel.filter({ hasText: 'Niet-toekenning' }).waitFor();
  await page.getByText('Dienst 9, norm 2.9.3').first().waitFor();
  await screenshot(page, 'zelftoets-uitkomst-niet');
  const link = page.getByRole('region', { name: 'Hoofdnorm 2: Diensten' }).getByRole('link', { name: 'naar het veld' }).first();
  await link.click();
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('veld-d9-'));

  // Reload, export, import: the same verdict.
  await page.reload();
  await page.getByRole('link', { name: 'Uitkomst', exact: true }).click();
  await oordeel.filter({ hasText: 'Niet-toekenning' }).waitFor();
  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Exporteren', exact: true }).click());
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
  await page.getByLabel('Dossierbestand importeren (.json)', { exact: true }).setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await page.getByRole('status').getByRole('link', { name: 'Kleine aanbieder' }).click();
  await page.getByRole('link', { name: 'Uitkomst', exact: true }).click();
  await oordeel.filter({ hasText: 'Niet-toekenning' }).waitFor();
  await page.getByText('Dienst 9, norm 2.9.3').first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a count with decimals is refused at its field, and an omzet of 1.200 is twelve hundred', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets' });
  await page.getByLabel('Titel', { exact: true }).fill('Getallen');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByLabel('Datum van de audit', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Hoofdnorm 2: Diensten' }).click();
  await page.getByLabel('Dienst 1: Scholing, opleiding en training', { exact: true }).check();
  await vul(page, { 'd1-a': '2.5', 'd1-omzet': '1.200' });
  await page.locator('[id="veld-d1-a-melding"]').filter({ hasText: 'Vul een heel aantal in, zonder decimalen.' }).waitFor();
  assert.equal(await page.locator('[id="veld-d1-omzet-melding"] .veldfout').count(), 0, 'the omzet is read without a word');
  await vul(page, { 'd1-a': '1.200' });
  await page.locator('[id="veld-d1-a-melding"] .veldfout').waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('an aspirant short of five afgeronde trajecten gets verlenging once, and takes away a printed rapport', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets' });
  // Dienst 1 with four afgeronde trajecten of four persons: the minimum of five is missed, while
  // hoofdnorm 1 and the tevredenheid norms are met (§6.1.1).
  await vulKleineAanbieder(page, 'Startende aanbieder', [1],
    { a: '4', a2: '4', b: '4', b2: '4', c: '4', 'tvo-c': '4', 'tvo-o': '2', personen: '4', omzet: '12000' });

  await page.getByRole('link', { name: 'Verder: Uitkomst' }).click();
  const oordeel = page.getByTestId('oordeel');
  // Not yet answered whether this meetperiode already is the verlenging: voorlopig, and it asks.
  await oordeel.filter({ hasText: 'Voorlopig: Verlenging met één meetperiode mogelijk (eenmalig)' }).waitFor();
  await page.getByText('Beantwoord bij het profiel of deze meetperiode al een verlenging is').waitFor();
  await page.getByText('nadere voorwaarden verbinden (§6.1.1)').waitFor();

  // Not a verlenging yet: the verdict is final.
  await page.getByRole('link', { name: 'Profiel', exact: true }).click();
  await page.getByLabel('Deze meetperiode is al een verlenging', { exact: true }).selectOption('nee');
  await page.getByRole('link', { name: 'Uitkomst', exact: true }).click();
  assert.equal(await oordeel.innerText(),
    'Verlenging met één meetperiode mogelijk (eenmalig): het minimum van vijf afgeronde trajecten ontbreekt');
  await screenshot(page, 'zelftoets-uitkomst-verlenging');
  assert.deepEqual(await seriousA11yViolations(page), []);

  // Already the verlenging: once only, so niet-toekenning.
  await page.getByRole('link', { name: 'Profiel', exact: true }).click();
  await page.getByLabel('Deze meetperiode is al een verlenging', { exact: true }).selectOption('ja');
  await page.getByRole('link', { name: 'Uitkomst', exact: true }).click();
  await oordeel.filter({ hasText: 'Niet-toekenning' }).waitFor();
  await page.getByText('Blik op Werk verlengt maar één keer').waitFor();
  await page.getByRole('link', { name: 'Profiel', exact: true }).click();
  await page.getByLabel('Deze meetperiode is al een verlenging', { exact: true }).selectOption('nee');

  // The checklist for aanvraag and audit stands on the hoofdnorm 1 step.
  await page.getByRole('link', { name: 'Hoofdnorm 1: organisatie', exact: true }).click();
  const checklist = page.getByRole('table', { name: /Stand van de checklist voor aanvraag en audit/ });
  await checklist.getByRole('row', { name: /Uittreksel KvK/ }).getByText('1 maand en 17 dagen oud op de datum van de audit').waitFor();
  await checklist.getByRole('row', { name: /VOG van elke bestuurder/ }).getByText('3 maanden oud op de datum van de aanmelding').waitFor();

  // The rapport: the verdict, the verbeterlijst with the minimum, and the Handleiding.
  await page.getByRole('link', { name: 'Uitkomst', exact: true }).click();
  await page.getByRole('link', { name: 'Zelftoets-rapport bekijken en afdrukken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Zelftoets-rapport Keurmerk Arbeid' }).waitFor();
  assert.match(await page.getByTestId('rapport-oordeel').innerText(), /^Verlenging met één meetperiode mogelijk/);
  await page.getByRole('heading', { level: 2, name: 'Verbeterlijst' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Wat het oordeel in de weg staat (1)' }).waitFor();
  await page.locator('.verbeterlijst li').filter({ hasText: 'Minimum van vijf trajecten' })
    .filter({ hasText: 'Aan te passen: 2.1.a' }).waitFor();
  await page.getByText('Handleiding Keurmerk Arbeid 2023 (Stichting Blik op Werk), in werking sinds 1 april 2023').waitFor();
  await page.getByText('1 december 2025 — hieraan gemeten: de VOG (voetnoten 4 en 20)').waitFor();
  assert.deepEqual(await seriousA11yViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'zelftoets-rapport-print');
  assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible(), false);
  const pdf = await page.pdf({ format: 'A4', path: join(ARTIFACTS, 'zelftoets-rapport.pdf') });
  assert.ok(pdf.length > 10_000, 'the rapport prints to a real PDF');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 2, `the rapport is paginated (${pages} pages)`);
  assert.deepEqual(problems, []);
  await context.close();
});
