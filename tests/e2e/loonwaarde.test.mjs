// A loonwaardedeskundige at work: fills in case L1 of the vectors, reads 71% and € 11,36,
// switches to the ULW with six hoofdtaken and sees the finding, prints the rapport, reloads,
// and shares the case anonymised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withApp, openApp, seriousA11yViolations, screenshot, downloadOf, ARTIFACTS, appPad } from './harness.mjs';

const app = withApp();

const L1 = [
  { naam: 'inpakken', uren: '24', t: '80', k: '90', i: '100', toel: ['Tempo ligt lager door fijne motoriek', 'Soms verkeerd ingepakt', ''] },
  { naam: 'etiketteren', uren: '8', t: '100', k: '100', i: '90', toel: ['', '', 'Extra pauzes nodig'] },
  { naam: 'schoonmaken', uren: '8', t: '50', k: '100', i: '100', toel: ['Werkt de helft van het normtempo', '', ''] },
];

async function newLoonwaardeDossier(page, title) {
  await page.goto(page.url().replace(/#.*$/, '#/loonwaarde'));
  await page.getByRole('heading', { level: 1, name: 'Loonwaarde' }).waitFor();
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function fillTaak(page, n, taak) {
  await page.getByLabel(`Naam taak ${n}`, { exact: true }).fill(taak.naam);
  await page.getByLabel(`Uren taak ${n}`, { exact: true }).fill(taak.uren);
  await page.getByLabel(`Tempo taak ${n}`, { exact: true }).fill(taak.t);
  await page.getByLabel(`Kwaliteit taak ${n}`, { exact: true }).fill(taak.k);
  await page.getByLabel(new RegExp(`^(Inzetbaarheid|Netto werktijd) taak ${n}$`)).fill(taak.i);
  const [tt, tk, ti] = taak.toel;
  if (tt) await page.getByLabel(`Toelichting tempo taak ${n}`, { exact: true }).fill(tt);
  if (tk) await page.getByLabel(`Toelichting kwaliteit taak ${n}`, { exact: true }).fill(tk);
  if (ti) await page.getByLabel(new RegExp(`^Toelichting (inzetbaarheid|netto werktijd) taak ${n}$`)).fill(ti);
}

async function fillL1(page) {
  await page.getByLabel('Werknemer', { exact: true }).fill('Jan Jansen');
  await page.getByLabel('Werkgever', { exact: true }).fill('Inpakbedrijf De Zon');
  await page.getByLabel('Normfunctie', { exact: true }).fill('Productiemedewerker');
  await page.getByLabel('Bron / CAO', { exact: true }).fill('CAO Metalektro');
  await page.getByLabel('Normloon per uur (€)', { exact: true }).fill('16,00');
  await page.getByLabel('Voltijduren per week', { exact: true }).fill('40');
  await page.getByLabel('Contracturen per week', { exact: true }).fill('40');
  await page.getByLabel('Werkdagen per week', { exact: true }).fill('5');
  for (let n = 1; n <= L1.length; n++) {
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    await fillTaak(page, n, L1[n - 1]);
  }
  await page.getByLabel('Peildatum', { exact: true }).fill('2026-03-01');
  await page.getByRole('textbox', { name: 'Ontwikkeladvies' }).fill('Jan kan met training het tempo bij inpakken verhogen.');
}

test('a deskundige fills in case L1 and reads 71% and € 11,36, with the LKS chain', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await newLoonwaardeDossier(page, 'Casus Jansen');

  // Opening the calculator changes nothing in the dossier.
  const before = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('werkwaarde.dossier.'))[1]);
  await page.reload();
  await page.getByText('Nog geen uitkomst').waitFor();
  const after = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('werkwaarde.dossier.'))[1]);
  assert.equal(after, before);

  // Before anything is filled in, the calculator says what is missing instead of a number.
  await page.getByText('Nog geen uitkomst').waitFor();
  await page.getByText('Vul het normloon per uur in.').waitFor();

  await fillL1(page);
  const pi4 = page.getByTestId('pi4');
  await assert.doesNotReject(pi4.filter({ hasText: '71%' }).waitFor());
  assert.equal(await page.getByTestId('pi5').innerText(), '€ 11,36');
  // The shares appear live and the total is the unrounded sum.
  const taken = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Aandeel' }) });
  await taken.getByText('60%', { exact: true }).waitFor();
  await taken.getByText('71,2%', { exact: true }).waitFor();
  // Every figure opens to its calculation.
  await page.locator('.kerncijfer').first().getByText('Hoe berekend?').click();
  await page.getByText('43,2% + 18% + 10% = 71,2% → 71%').waitFor();
  // LKS with WML 1-1-2026.
  await page.getByText('WML per uur vanaf 1 januari 2026: € 14,71.').waitFor();
  assert.equal(await page.getByTestId('lks-uur').innerText(), '€ 4,14');
  await screenshot(page, 'loonwaarde-l1');
  assert.deepEqual(await seriousA11yViolations(page), []);

  // Additionele kosten are totalled beside the loonwaarde and do not change it.
  await page.getByRole('button', { name: 'Kostenpost toevoegen' }).click();
  await page.getByLabel('Soort kostenpost 1', { exact: true }).selectOption({ label: 'Begeleiding' });
  await page.getByLabel('Omschrijving kostenpost 1', { exact: true }).fill('Jobcoach eerste half jaar');
  await page.getByLabel('Bedrag kostenpost 1 (€)', { exact: true }).fill('1.200,50');
  await page.getByText('Totaal eenmalig € 1.200,50 · structureel € 0,00 per jaar').waitFor();
  await page.getByLabel('Frequentie', { exact: true }).selectOption({ label: 'Structureel, per jaar' });
  await page.getByText('Totaal eenmalig € 0,00 · structureel € 1.200,50 per jaar').waitFor();
  await page.getByLabel('Bedrag kostenpost 1 (€)', { exact: true }).fill('-5');
  await page.getByText('Een bedrag kan niet negatief zijn.').waitFor();
  await page.getByLabel('Bedrag kostenpost 1 (€)', { exact: true }).fill('1.200,50');
  assert.equal(await page.getByTestId('pi4').innerText(), '71%');

  // Bad input is marked at its field, and the result waits for it.
  await page.getByLabel('Tempo taak 2', { exact: true }).fill('snel');
  await page.getByText('“snel” is geen getal').waitFor();
  assert.equal(await page.getByLabel('Tempo taak 2', { exact: true }).getAttribute('aria-invalid'), 'true');
  await page.getByText('Nog geen uitkomst').waitFor();
  await page.getByLabel('Tempo taak 2', { exact: true }).fill('100');
  await pi4.filter({ hasText: '71%' }).waitFor();

  // A score below 100% without toelichting is a finding at that field.
  await page.getByLabel('Toelichting tempo taak 1', { exact: true }).fill('');
  await page.getByText('tempo ligt onder 100%; een toelichting is verplicht').first().waitFor();
  await page.getByLabel('Toelichting tempo taak 1', { exact: true }).fill('Tempo ligt lager door fijne motoriek');

  // A date Werkwaarde has no WML for is asked for, not guessed.
  await page.getByLabel('Peildatum', { exact: true }).fill('2026-11-22');
  await page.getByText('kent het WML per 1 juli 2026 niet').waitFor();
  await page.getByLabel('Peildatum', { exact: true }).fill('2026-03-01');
  await page.getByTestId('lks-uur').waitFor();

  // Everything survives a reload.
  await page.reload();
  await page.getByTestId('pi4').filter({ hasText: '71%' }).waitFor();
  assert.equal(await page.getByLabel('Werknemer', { exact: true }).inputValue(), 'Jan Jansen');
  assert.equal(await page.getByLabel('Naam taak 3', { exact: true }).inputValue(), 'schoonmaken');
  assert.equal(await page.getByLabel('Toelichting tempo taak 1', { exact: true }).inputValue(), 'Tempo ligt lager door fijne motoriek');
  assert.deepEqual(problems, []);
  await context.close();
});

test('reordering and removing taken keep every value with its taak', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await newLoonwaardeDossier(page, 'Volgorde');
  await fillL1(page);
  await page.getByRole('button', { name: 'Taak 3 omhoog' }).click();
  assert.equal(await page.getByLabel('Naam taak 2', { exact: true }).inputValue(), 'schoonmaken');
  assert.equal(await page.getByLabel('Tempo taak 2', { exact: true }).inputValue(), '50');
  await page.getByTestId('pi4').filter({ hasText: '71%' }).waitFor();
  await page.getByRole('button', { name: 'Taak 1 verwijderen' }).click();
  assert.equal(await page.getByLabel('Naam taak 1', { exact: true }).inputValue(), 'schoonmaken');
  // 8 h at 50% and 8 h at 90% → 70%.
  await page.getByTestId('pi4').filter({ hasText: '70%' }).waitFor();
  const melding = 'De taken beslaan samen 16 uur per week, de contracturen zijn 40 uur';
  await page.getByRole('region', { name: 'Bevindingen' }).getByText(melding).waitFor();
  // The same finding stands at the Contracturen field, tied to it for screen readers.
  const describedBy = await page.getByLabel('Contracturen per week', { exact: true }).getAttribute('aria-describedby');
  assert.match(await page.locator(`#${describedBy}`).innerText(), new RegExp(melding));
  assert.deepEqual(problems, []);
  await context.close();
});

test('switching to the ULW with six hoofdtaken shows the finding; the print view is a clean rapport', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await newLoonwaardeDossier(page, 'Casus ULW');
  await fillL1(page);
  await page.getByRole('radio', { name: 'Uniforme Loonwaardebepaling (ULW)', exact: true }).check();
  await page.getByRole('heading', { name: 'Hoofdtaken' }).waitFor();
  for (let n = 4; n <= 6; n++) {
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    await fillTaak(page, n, { naam: `extra ${n}`, uren: '1', t: '100', k: '100', i: '100', toel: ['', '', ''] });
  }
  const findings = page.getByRole('region', { name: 'Bevindingen' });
  await findings.getByText('De ULW kent maximaal 5 hoofdtaken; dit zijn er 6.').waitFor();
  await findings.getByText('Hoofdtaak ‘extra 4’ beslaat 1 uur per week').waitFor();
  // Kwaliteit above 100% is refused in the ULW.
  await page.getByLabel('Kwaliteit taak 4', { exact: true }).fill('110');
  await page.getByText('Kwaliteit kan niet boven 100% van de norm liggen').waitFor();
  await page.getByLabel('Kwaliteit taak 4', { exact: true }).fill('100');
  await screenshot(page, 'loonwaarde-ulw-bevindingen');

  // Back to five hoofdtaken and to the stappenplan figures.
  for (let n = 6; n >= 4; n--) await page.getByRole('button', { name: `Taak ${n} verwijderen` }).click();
  await page.getByRole('radio', { name: 'Stappenplan (Regeling loonkostensubsidie)', exact: true }).check();
  await page.getByTestId('pi4').filter({ hasText: '71%' }).waitFor();

  await page.getByRole('link', { name: 'Rapport bekijken en afdrukken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Loonwaarderapport' }).waitFor();
  await page.getByRole('img', { name: /Staafdiagram van tempo, kwaliteit en inzetbaarheid per taak/ }).waitFor();
  assert.deepEqual(await seriousA11yViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'loonwaarde-rapport-print');
  assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible(), false);
  const pdf = await page.pdf({ format: 'A4', path: join(ARTIFACTS, 'loonwaarderapport.pdf') });
  assert.ok(pdf.length > 10_000, 'the rapport prints to a real PDF');
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 2, `the rapport is paginated (${pages} pages)`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the ULW rapport follows the rapportmodel of the Regeling; the anonymised export drops its head', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await newLoonwaardeDossier(page, 'Casus ULW-rapport');
  await fillL1(page);
  await page.getByRole('radio', { name: 'Uniforme Loonwaardebepaling (ULW)', exact: true }).check();
  await page.getByTestId('pi4').filter({ hasText: '71%' }).waitFor();
  await page.getByLabel('Geboortedatum werknemer', { exact: true }).fill('3-4-1990');
  await page.getByLabel('Datum rapportage', { exact: true }).fill('31-2-2026');
  await page.locator('p.veldfout', { hasText: 'bestaat niet' }).first().waitFor();
  await page.getByLabel('Datum rapportage', { exact: true }).fill('2-3-2026');
  await page.getByLabel('Loonwaardedeskundige', { exact: true }).fill('Anne de Vries');
  await page.getByLabel('Telefoonnummer loonwaardedeskundige', { exact: true }).fill('06-12345678');
  await page.getByLabel('Uitgevoerde functie', { exact: true }).fill('Inpakker');

  await page.getByRole('link', { name: 'Rapport bekijken en afdrukken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapport Loonwaardemeting LKS' }).waitFor();
  const kop = page.getByRole('table').first();
  await kop.getByRole('row', { name: 'Naam Jan Jansen' }).waitFor();
  await kop.getByRole('row', { name: 'Geboortedatum 3 april 1990' }).waitFor();
  await kop.getByRole('row', { name: 'Aantal voltijdsuren 40 uur per week' }).waitFor();
  await kop.getByRole('row', { name: 'Loonwaardedeskundige Anne de Vries' }).waitFor();
  const koppen = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  assert.deepEqual(koppen.slice(0, 4), ['Deze loonwaarde betreft', 'Hoofdtaken', 'Overzicht arbeidsprestatie', 'Uitleg per hoofdtaak']);
  await page.getByText('Werknemer levert reguliere arbeidsprestatie (tempo, kwaliteit, netto werktijd)? NEE').waitFor();
  const overzicht = page.getByRole('table').nth(1);
  assert.deepEqual(await overzicht.getByRole('columnheader').allInnerTexts(), ['Hoofdtaken', 'Tijd/%', 'Tempo', 'Kwaliteit', 'Netto werktijd', 'Resultaat']);
  await overzicht.getByRole('row', { name: 'inpakken 60% 80% 90% 100% 43,2%' }).waitFor();
  await page.getByText('De totale arbeidsprestatie van deze werknemer is 71%').waitFor();
  await page.getByRole('heading', { level: 3, name: 'Hoofdtaak 1: inpakken' }).waitFor();
  assert.deepEqual(await seriousA11yViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'loonwaarde-ulw-rapport');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Terug naar de berekening' }).click();

  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Geanonimiseerd exporteren' }).click());
  for (const naam of ['Anne de Vries', '1990', '06-12345678', 'Inpakker']) {
    assert.ok(!file.text.includes(naam), `${naam} must not be in the anonymised file`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the anonymised export holds the numbers but no names or free text', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await newLoonwaardeDossier(page, 'Casus Jan Jansen');
  await fillL1(page);
  await page.getByTestId('pi4').filter({ hasText: '71%' }).waitFor();
  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Geanonimiseerd exporteren' }).click());
  for (const name of ['Jansen', 'De Zon', 'motoriek', 'training']) {
    assert.ok(!file.text.includes(name), `${name} must not be in the anonymised file`);
  }
  const json = JSON.parse(file.text);
  assert.equal(json.title, 'Geanonimiseerde loonwaarde — Productiemedewerker');
  assert.equal(json.data.normloon, '16,00');

  // Imported elsewhere, it computes the same loonwaarde.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
  await page.getByLabel('Dossierbestand importeren (.json)', { exact: true }).setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await page.getByRole('status').getByRole('link', { name: 'Geanonimiseerde loonwaarde — Productiemedewerker' }).click();
  await page.getByTestId('pi4').filter({ hasText: '71%' }).waitFor();
  assert.equal(await page.getByTestId('pi5').innerText(), '€ 11,36');
  assert.equal(await page.getByLabel('Werknemer', { exact: true }).inputValue(), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Dutch number is read as a Dutch user means it, and a doubt is asked, not guessed', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await newLoonwaardeDossier(page, 'Getallen');
  await page.getByRole('button', { name: 'Kostenpost toevoegen' }).click();
  await page.getByLabel('Frequentie', { exact: true }).selectOption({ label: 'Structureel, per jaar' });
  await page.getByLabel('Bedrag kostenpost 1 (€)', { exact: true }).fill('3.120');
  await page.getByText('structureel € 3.120,00 per jaar').waitFor();
  // "1.200" contracturen is twelve hundred or one point two: the field names both.
  const uren = page.getByLabel('Contracturen per week', { exact: true });
  await uren.fill('1.200');
  const melding = page.locator('#lw-contracturen-melding');
  await melding.filter({ hasText: 'kan 1200 of 1,2 betekenen' }).waitFor();
  assert.equal(await uren.getAttribute('aria-invalid'), 'true');
  await uren.fill('32');
  await melding.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a second opinion: two analyses of one werknemer side by side, the difference split into its cause (L10)', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  const L10 = (tempoX, naamX = 'X') => [
    { naam: naamX, uren: '20', t: tempoX, k: '100', i: '100', toel: ['Tempo gemeten over een week', '', ''] },
    { naam: 'Y', uren: '20', t: '100', k: '90', i: '100', toel: ['', 'Een op tien herkansen', ''] },
  ];
  const vulIn = async (taken) => {
    await page.getByLabel('Normloon per uur (€)', { exact: true }).fill('15,00');
    await page.getByLabel('Contracturen per week', { exact: true }).fill('40');
    for (let n = 1; n <= taken.length; n++) {
      await page.getByRole('button', { name: 'Taak toevoegen' }).click();
      await fillTaak(page, n, taken[n - 1]);
    }
  };
  // Deskundige B's analysis, exported and imported as a colleague would hand it over.
  await newLoonwaardeDossier(page, 'Deskundige B');
  // B calls taak X by another name: the two are paired by hand on the comparison page.
  await vulIn(L10('70', 'X inpakken'));
  await page.getByTestId('pi4').filter({ hasText: '80%' }).waitFor();
  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Exporteren', exact: true }).click());
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await page.getByRole('group', { name: 'Verwijderen bevestigen' }).getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  await page.getByLabel('Dossierbestand importeren (.json)', { exact: true })
    .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await page.getByRole('status').getByRole('link', { name: 'Deskundige B' }).waitFor();

  // Deskundige A's own analysis.
  await newLoonwaardeDossier(page, 'Deskundige A');
  await vulIn(L10('80'));
  await page.getByTestId('pi4').filter({ hasText: '85%' }).waitFor();
  const opgeslagen = () => page.evaluate(() =>
    Object.entries(localStorage).filter(([k]) => k.startsWith('werkwaarde.dossier.')).map(([, v]) => v).sort());
  await page.waitForTimeout(400);
  const voor = await opgeslagen();

  await page.getByLabel('Vergelijk met', { exact: true }).selectOption({ label: 'Deskundige B' });
  await page.getByRole('link', { name: 'Naast elkaar bekijken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tweede beoordeling' }).waitFor();
  const kern = page.getByRole('table').first();
  await kern.getByRole('row', { name: /Loonwaarde \(Pi4\) 85% 80%/ }).waitFor();
  await kern.getByRole('row', { name: /Pi5 per uur € 12,75 € 12,00/ }).waitFor();
  await page.getByText('B − A = −5 procentpunt (onafgerond)').waitFor();
  // Unpaired, each side's X counts whole.
  await page.locator('ol.verschillen li').filter({ hasText: 'Taak X staat alleen in A' }).waitFor();
  await page.locator('ol.verschillen li').filter({ hasText: 'Taak X inpakken staat alleen in B' }).waitFor();
  await page.getByLabel('Taak X van A koppelen aan', { exact: true }).selectOption({ label: 'X inpakken' });
  await page.getByText('Elke taak heeft een tegenhanger, of er is niets meer te koppelen.').waitFor();
  const oorzaken = await page.locator('ol.verschillen li').allInnerTexts();
  assert.deepEqual(oorzaken, ['Tempo X / X inpakken: 70% in plaats van 80%: −5 procentpunt']);
  await page.getByRole('row', { name: /^X \/ X inpakken 20 \/ 20 80% \/ 70%/ }).waitFor();
  await page.getByRole('cell', { name: 'Een op tien herkansen' }).first().waitFor();
  assert.deepEqual(await seriousA11yViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'loonwaarde-tweede-beoordeling');
  assert.equal(await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  // Comparing changed neither dossier.
  assert.deepEqual(await opgeslagen(), voor);
  assert.deepEqual(problems, []);
  await context.close();
});

test('one case computed with three methodieken: the table, the spread and what makes each difference', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await newLoonwaardeDossier(page, 'Casus drie methodieken');
  // The taken of vector L9, with the stappenplan's own tempo for A at 75%.
  await page.getByLabel('Normloon per uur (€)', { exact: true }).fill('15,00');
  await page.getByLabel('Contracturen per week', { exact: true }).fill('40');
  const taken = [
    { naam: 'A', uren: '30', t: '75', k: '100', i: '95', toel: ['Gemeten', '', 'Korte pauzes'] },
    { naam: 'B', uren: '10', t: '100', k: '90', i: '100', toel: ['', 'Een op tien over', ''] },
  ];
  for (let n = 1; n <= taken.length; n++) {
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    await fillTaak(page, n, taken[n - 1]);
  }
  await page.getByLabel('Peildatum', { exact: true }).fill('1-3-2026');
  await page.getByTestId('pi4').filter({ hasText: '76%' }).waitFor();

  const keuze = page.getByRole('group', { name: /^Naast Stappenplan/ });
  await keuze.getByLabel('VTA-methodiek (Gemeente Amsterdam)', { exact: true }).check();
  await keuze.getByLabel('Dariuz', { exact: true }).check();
  // VTA asks only its inspanning and vaardigheden; a missing one is said at its field.
  await page.getByLabel('Inspanning % taak A', { exact: true }).fill('90');
  await page.locator('p.veldfout', { hasText: 'Vul de vaardigheden van taak ‘A’ in.' }).waitFor();
  await page.getByLabel('Vaardigheden % taak A', { exact: true }).fill('80');
  await page.getByLabel('Toelichting inspanning taak A', { exact: true }).fill('Trager bij wisselingen');
  await page.getByLabel('Toelichting vaardigheden taak A', { exact: true }).fill('Leert de volgorde nog');
  await page.getByLabel('Inspanning % taak B', { exact: true }).fill('100');
  await page.getByLabel('Vaardigheden % taak B', { exact: true }).fill('100');
  // Dariuz (vector L7).
  for (const [label, waarde] of [
    ['Vereiste tempo (T1) %', '40'], ['Vereiste efficiëntie (E1) %', '30'], ['Vereiste kwaliteit (K1) %', '30'],
    ['Competentiescore tempo (T2) %', '80'], ['Competentiescore efficiëntie (E2) %', '90'], ['Competentiescore kwaliteit (K2) %', '100'],
    ['Extra begeleiding (B) % van de werktijd', '5'], ['Extra pauzes (P) % van de werktijd', '3'],
  ]) {
    await page.getByLabel(label, { exact: true }).fill(waarde);
  }

  const tabel = page.getByRole('table', { name: 'De methodieken naast elkaar' });
  await tabel.getByRole('row', { name: /^Stappenplan \(Regeling loonkostensubsidie\) .* 76% € 11,40/ }).waitFor();
  await tabel.getByRole('row', { name: /^VTA-methodiek \(Gemeente Amsterdam\) .* 74% € 11,10/ }).waitFor();
  await tabel.getByRole('row', { name: /^Dariuz .* 82% € 12,30/ }).waitFor();
  await page.getByText('Spreiding: 8 procentpunt (€ 1,20 per uur), van Dariuz (hoogste) tot VTA-methodiek (Gemeente Amsterdam) (laagste).').waitFor();
  await page.getByText('VTA-methodiek (Gemeente Amsterdam) tegenover Stappenplan (Regeling loonkostensubsidie): −2 procentpunt').click();
  const delen = await page.locator('details[open] ol.verschillen li').allInnerTexts();
  assert.deepEqual(delen, ['Tempo A: 72% in plaats van 75%: −2,1375 procentpunt', 'Afronding op hele procenten: 0,1375 procentpunt']);
  assert.deepEqual(await seriousA11yViolations(page), []);
  await screenshot(page, 'loonwaarde-methodieken');

  // Kept over a reload, and in the rapport when asked.
  await page.getByLabel('Vergelijking opnemen in het rapport', { exact: true }).check();
  await page.reload();
  await page.getByRole('table', { name: 'De methodieken naast elkaar' }).getByRole('row', { name: /^Dariuz .* 82%/ }).waitFor();
  assert.equal(await page.getByLabel('Vaardigheden % taak A', { exact: true }).inputValue(), '80');
  await page.getByRole('link', { name: 'Rapport bekijken en afdrukken' }).click();
  await page.getByRole('heading', { level: 2, name: 'Methodieken naast elkaar' }).waitFor();
  await page.getByRole('table', { name: 'De methodieken naast elkaar' }).getByRole('row', { name: /^VTA-methodiek .* 74%/ }).waitFor();
  await page.getByText('Tempo A: 72% in plaats van 75%: −2,1375 procentpunt').waitFor();
  await page.getByRole('link', { name: 'Terug naar de berekening' }).click();

  // The anonymised export keeps the comparison's numbers, not its toelichtingen.
  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Geanonimiseerd exporteren' }).click());
  const json = JSON.parse(file.text);
  assert.deepEqual(json.data.methodieken.naast, ['vta', 'dariuz']);
  assert.equal(json.data.methodieken.dariuz.extra_pauzes, '3');
  assert.ok(!file.text.includes('wisselingen'), 'a toelichting is free text');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the keuzegids lists the nine methodieken, filters them, and opens one with its kenmerken', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/loonwaarde' });
  await page.getByRole('link', { name: 'Keuzegids loonwaardemethodieken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Keuzegids loonwaardemethodieken' }).waitFor();
  assert.equal(appPad(page.url()), '/loonwaarde/', 'the keuzegids is on the loonwaarde page');
  const lijst = page.getByRole('region', { name: 'Methodieken' });
  await lijst.getByText('9 van de 9 methodieken').waitFor();
  await page.getByLabel('Rekenwijze', { exact: true }).selectOption({ label: 'Met een eigen formule' });
  await lijst.getByText('3 van de 9 methodieken').waitFor();
  assert.deepEqual(await lijst.locator('tbody th').allInnerTexts(), ['Dariuz', 'Loonwaarde Advies Tool (LAT)', 'Matchcare']);
  await page.getByLabel('Rekenwijze', { exact: true }).selectOption({ label: 'Alle' });
  await page.getByLabel('Zoeken', { exact: true }).fill('talent');
  await lijst.getByText('1 van de 9 methodieken').waitFor();
  await page.getByLabel('Zoeken', { exact: true }).fill('');
  await page.getByLabel('Doelgroep', { exact: true }).selectOption({ label: 'werknemers die weinig Nederlands spreken' });
  await lijst.getByText('3 van de 9 methodieken').waitFor();
  assert.deepEqual(await seriousA11yViolations(page), []);
  await screenshot(page, 'keuzegids');
  await page.getByLabel('Doelgroep', { exact: true }).selectOption({ label: 'Alle doelgroepen' });
  await lijst.getByRole('link', { name: 'Dariuz' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dariuz' }).waitFor();
  for (const kenmerk of ['1. ', '12. ']) await page.getByRole('rowheader', { name: new RegExp(`^${kenmerk.replace('.', '\\.')}`) }).first().waitFor();
  await page.getByRole('link', { name: 'Een casus berekenen' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
