// Issue 6 as a loonwaardedeskundige meets it: practise a casus right and once wrong, sit an exam
// with a short timer to a verdict and a herexamen, see the history, and import a CSV with one
// bad row into the validatie-simulator. The test knows the answers from public/casussen, as a
// trainer with the answer key would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withApp, openApp, seriousA11yViolations, screenshot, appPad } from './harness.mjs';

const app = withApp();
const MAP = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'casussen');
const INDEX = JSON.parse(readFileSync(join(MAP, 'index.json'), 'utf8'));
const casus = (id) => JSON.parse(readFileSync(join(MAP, `${id}.json`), 'utf8'));
const nl = (s) => String(s).replace('.', ',');

async function nieuwDossier(page, titel) {
  await page.getByLabel('Titel', { exact: true }).fill(titel);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van de examentraining' }).waitFor();
}

const deel = (page, naam) => page.getByRole('navigation', { name: 'Onderdelen van de examentraining' }).getByRole('link', { name: naam, exact: true });

test('oefenmodus: a casus worked right is within the band, one wrong tempo puts it outside and is named', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/examentraining' });
  const requests = [];
  page.on('request', (r) => requests.push(appPad(r.url())));
  await nieuwDossier(page, 'Oefenen');
  const c = casus(INDEX[0].id);
  await page.getByRole('button', { name: `Oefenen: ${c.titel}` }).click();
  await page.getByRole('heading', { name: `Casus: ${c.titel}` }).waitFor();
  assert.ok(requests.some((p) => p === `/casussen/${c.id}.json`), 'the casus is fetched when chosen');
  assert.equal(await page.getByLabel('Normloon per uur (€)', { exact: true }).inputValue(), nl(c.normfunctie.normloon));

  const taken = c.gouden_standaard.stappenplan.taken;
  for (let i = 0; i < taken.length; i++) {
    const n = i + 1;
    const t = taken[i];
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    await page.getByLabel(`Naam taak ${n}`, { exact: true }).fill(t.naam);
    await page.getByLabel(`Uren taak ${n}`, { exact: true }).fill(nl(t.uren));
    await page.getByLabel(`Tempo taak ${n}`, { exact: true }).fill(nl(t.tempo));
    await page.getByLabel(`Kwaliteit taak ${n}`, { exact: true }).fill(nl(t.kwaliteit));
    await page.getByLabel(new RegExp(`^(Inzetbaarheid|Netto werktijd) taak ${n}$`)).fill(nl(t.inzet));
  }
  await page.getByRole('button', { name: 'Nakijken', exact: true }).click();
  const oordeel = page.getByTestId('nakijkoordeel');
  await oordeel.filter({ hasText: 'Binnen de bandbreedte' }).waitFor();
  assert.match(await oordeel.innerText(), /wijkt 0% af/);
  await screenshot(page, 'oefenen-goed');
  assert.deepEqual(await seriousA11yViolations(page), []);

  // One score wrong: the judgement follows live, and the tempo of that taak is named first.
  await page.getByLabel('Tempo taak 1', { exact: true }).fill(nl(taken[0].tempo * 0.7));
  await oordeel.filter({ hasText: 'Buiten de bandbreedte' }).waitFor();
  assert.match(await page.getByTestId('verschillen').getByRole('listitem').first().innerText(), new RegExp(`^Tempo ${taken[0].naam}`));
  await page.getByRole('table', { name: 'Per taak: uw scores en die van de Gouden Standaard' }).waitFor();
  await screenshot(page, 'oefenen-fout');

  // Reload: the attempt and its nakijken are still there.
  await page.reload();
  await page.getByTestId('nakijkoordeel').filter({ hasText: 'Buiten de bandbreedte' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

/** Fills the answers of the casussen now on screen: `goed` decides per casus (1-based). */
async function beantwoord(page, goed) {
  for (const sectie of await page.locator('section.examencasus').all()) {
    const label = await sectie.getAttribute('aria-label');
    const nr = Number(label.replace('Casus ', ''));
    const titel = (await sectie.locator('summary').first().innerText()).replace(/^Casus \d+: /, '');
    const c = casus(INDEX.find((x) => x.titel === titel).id);
    const goud = c.gouden_standaard.stappenplan.pi5;
    if (goed(nr)) await page.getByLabel(`Uw Pi5 voor casus ${nr} (€ per uur)`, { exact: true }).fill(nl(goud));
    else await page.getByLabel(`Uw Pi5 voor casus ${nr} (€ per uur)`, { exact: true }).fill(nl((goud * 0.5).toFixed(2)));
  }
}

test('examenmodus: two timed days, the timer hands in day 2, 4 of 6 gives a herexamen of 2 of 3, which is passed', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/examentraining', clock: true });
  await nieuwDossier(page, 'Examen');
  await deel(page, 'Examen').click();
  await page.getByLabel('Minuten per examendag (standaard 180)', { exact: true }).fill('0');
  await page.getByText('Vul een aantal minuten in van 1 tot en met 480.').waitFor();
  assert.ok(await page.getByRole('button', { name: 'Examen starten (6 casussen)' }).isDisabled());
  await page.getByLabel('Minuten per examendag (standaard 180)', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Examen starten (6 casussen)' }).click();
  await page.getByRole('button', { name: 'Dag 1 beginnen' }).click();
  await page.getByTestId('timer').filter({ hasText: /^0:0[12]:\d\d$/ }).waitFor();
  await page.locator('section.examencasus summary').nth(2).waitFor();
  // Nothing is judged while the day runs.
  assert.equal(await page.getByText('binnen de bandbreedte').count(), 0);
  await beantwoord(page, () => true);
  // Typed key by key, as a person types: the field keeps its focus and every character.
  const eerste = page.getByLabel('Uw Pi5 voor casus 1 (€ per uur)', { exact: true });
  const juist = await eerste.inputValue();
  await eerste.fill('');
  await eerste.pressSequentially(juist);
  assert.equal(await eerste.inputValue(), juist);
  await screenshot(page, 'examen-dag1');
  assert.deepEqual(await seriousA11yViolations(page), []);
  await page.getByRole('button', { name: 'Dag 1 inleveren' }).click();
  await page.getByRole('button', { name: 'Ja, inleveren' }).click();
  await page.getByText('Dag 1 ingeleverd').waitFor();
  assert.equal(await page.getByRole('table', { name: 'Beoordeling dag 1' }).getByText('binnen de bandbreedte', { exact: true }).count(), 3);

  // Day 2: one right, then the time runs out and the day is handed in by the timer.
  await page.getByRole('button', { name: 'Dag 2 beginnen' }).click();
  await page.locator('section.examencasus').nth(2).waitFor();
  await beantwoord(page, (nr) => nr === 4);
  assert.match(await page.getByTestId('timer').innerText(), /^0:0[12]:\d\d$/);
  await page.clock.runFor(121_000);
  await page.getByText('Dag 2 ingeleverd (de tijd was om)').waitFor();
  const uitslag = page.getByTestId('examenuitslag');
  await uitslag.filter({ hasText: 'Niet geslaagd, herexamen mogelijk: daarin moeten 2 van de 3 casussen binnen de bandbreedte vallen (4 van 6 binnen de bandbreedte)' }).waitFor();
  await screenshot(page, 'examen-uitslag');

  // Herexamen: three other casussen in one sitting, 2 of 3 right passes.
  await page.getByRole('button', { name: 'Herexamen starten (3 casussen)' }).click();
  await page.getByRole('button', { name: 'Dag 1 beginnen' }).click();
  await page.locator('section.examencasus').nth(2).waitFor();
  await beantwoord(page, (nr) => nr <= 2);
  await page.getByRole('button', { name: 'Dag 1 inleveren' }).click();
  await page.getByRole('button', { name: 'Ja, inleveren' }).click();
  await uitslag.filter({ hasText: 'Herexamen geslaagd (2 van 3 binnen de bandbreedte; norm 2 van 3)' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Herexamen starten (3 casussen)' }).count(), 0, 'one herexamen per exam');

  // The history keeps both, with a chart.
  await deel(page, 'Resultaten').click();
  await page.getByRole('img', { name: /Staafdiagram: binnen de bandbreedte per examen, 2 examens/ }).waitFor();
  const rijen = page.getByRole('table', { name: 'Uitslagen' }).getByRole('row');
  assert.equal(await rijen.count(), 3);
  assert.match(await rijen.nth(1).innerText(), /Examen\s+4 van 6/);
  assert.match(await rijen.nth(2).innerText(), /Herexamen\s+2 van 3\s+Herexamen geslaagd/);
  await screenshot(page, 'examen-resultaten');
  assert.deepEqual(await seriousA11yViolations(page), []);
  await page.reload();
  await page.getByRole('table', { name: 'Uitslagen' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('validatie-simulator: a CSV with one bad row is imported with that row reported by line', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/examentraining' });
  await nieuwDossier(page, 'Validatie');
  await deel(page, 'Validatie-simulator').click();
  await page.getByTestId('validatie').filter({ hasText: 'Nog geen resultaten' }).waitFor();
  const regels = ['uitvoerende;casus;antwoord;goud'];
  const namen = ['Jansen', 'De Vries', 'Bakker', 'Visser', 'Smit'];
  for (let i = 0; i < 20; i++) {
    // 11 of 20 within ±15%: exactly 55%.
    regels.push(`${namen[i % 5]};c${i};${i < 11 ? '10,00' : '12,00'};10,00`);
  }
  regels.splice(4, 0, 'Bakker;c99;tien;10,00');
  await page.getByLabel('CSV-bestand importeren (uitvoerende;casus;antwoord;goud)', { exact: true })
    .setInputFiles({ name: 'resultaten.csv', mimeType: 'text/csv', buffer: Buffer.from(regels.join('\n')) });
  const berichten = page.getByTestId('csv-berichten');
  await berichten.filter({ hasText: 'resultaten.csv: 20 rijen ingelezen, 1 overgeslagen.' }).waitFor();
  assert.match(await berichten.innerText(), /Regel 5: .*tien/);
  await page.getByTestId('validatie').filter({ hasText: 'Gevalideerd voor 2 jaar: 55% binnen de bandbreedte (11 van 20), 5 uitvoerenden' }).waitFor();
  await screenshot(page, 'simulator');
  assert.deepEqual(await seriousA11yViolations(page), []);

  // Hervalidatie: ±10% and 70% needed, so the same rows fail.
  await page.getByLabel('hervalidatie (±10%, ten minste 70%)', { exact: true }).check();
  await page.getByTestId('validatie').filter({ hasText: 'Niet gevalideerd: 55% binnen de bandbreedte (11 van 20); nodig is ten minste 70%' }).waitFor();
  // A typed row with an error is marked and does not count.
  await page.getByRole('button', { name: 'Rij toevoegen' }).click();
  await page.getByLabel('Antwoord Pi5 (€) (rij 21)', { exact: true }).fill('x');
  assert.equal(await page.getByLabel('Antwoord Pi5 (€) (rij 21)', { exact: true }).getAttribute('aria-invalid'), 'true');
  await page.getByTestId('validatie').filter({ hasText: '(11 van 20)' }).waitFor();
  await page.reload();
  await page.getByTestId('validatie').filter({ hasText: 'Niet gevalideerd' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
