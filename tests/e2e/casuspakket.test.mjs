// Issue 15 as a trainer and a group meet it: the trainer writes a casus from a shipped one, makes a
// pack of six, exports it without and with the Gouden Standaard; two trainees import it, sit it
// as an exam over two days and export their answer files; the trainer reads them back, refuses a
// tampered one and a duplicate, and reads the overview: one geslaagd, one herexamen, and what
// made the difference taak by taak.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, seriousA11yViolations, screenshot, downloadOf } from './harness.mjs';

const app = withApp();
const nl = (s) => String(s).replace('.', ',');

async function nieuwDossier(page, titel) {
  await page.getByLabel('Titel', { exact: true }).fill(titel);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van de examentraining' }).waitFor();
}

const deel = (page, naam) =>
  page.getByRole('navigation', { name: 'Onderdelen van de examentraining' }).getByRole('link', { name: naam, exact: true });

const bestand = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** A trainee sits the pack: `fout(nr)` answers casus nr at half the gold; `rekenhulp(page, nr)`
 * may work a casus in the calculator first. Returns the answer file's text. */
async function deelnemer(naam, pakket, sleutel, fout, rekenhulp = async () => {}) {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/examentraining' });
  const geladen = [];
  page.on('request', (r) => geladen.push(r.url()));
  await nieuwDossier(page, `Oefenexamen ${naam}`);
  await deel(page, 'Casuspakket').click();
  await page.getByLabel('Casuspakket importeren (.json)', { exact: true }).setInputFiles(bestand(pakket.name, pakket.text));
  await page.getByRole('status').filter({ hasText: 'Het pakket ‘Oefenexamen december’ is geïmporteerd.' }).waitFor();
  await page.getByLabel('Uw naam (gaat mee naar de trainer)', { exact: true }).fill(naam);
  await page.getByRole('button', { name: 'Examen starten: Oefenexamen december' }).click();
  for (const dag of [1, 2]) {
    await page.getByRole('button', { name: `Dag ${dag} beginnen` }).click();
    await page.locator('section.examencasus').nth(2).waitFor();
    for (const sectie of await page.locator('section.examencasus').all()) {
      const nr = Number((await sectie.getAttribute('aria-label')).replace('Casus ', ''));
      const titel = (await sectie.locator('summary').first().innerText()).replace(/^Casus \d+: /, '');
      const goud = sleutel.get(titel);
      assert.ok(goud, `de trainer kent casus ‘${titel}’`);
      await rekenhulp(page, nr);
      const antwoord = fout(nr) ? (goud * 0.5).toFixed(2) : goud;
      await page.getByLabel(`Uw Pi5 voor casus ${nr} (€ per uur)`, { exact: true }).fill(nl(antwoord));
    }
    if (dag === 1) {
      // Nothing is judged: the trainee's pack has no Gouden Standaard.
      assert.equal(await page.getByText('Gouden Standaard', { exact: true }).count(), 0);
    }
    await page.getByRole('button', { name: `Dag ${dag} inleveren` }).click();
    await page.getByRole('button', { name: 'Ja, inleveren' }).click();
    await page.getByText(`Dag ${dag} ingeleverd`).waitFor();
  }
  await page.getByTestId('examenuitslag').filter({ hasText: 'De trainer kijkt het casuspakket ‘Oefenexamen december’ na' }).waitFor();
  await deel(page, 'Casuspakket').click();
  const antwoorden = await downloadOf(page, () => page.getByRole('button', { name: 'Antwoordbestand exporteren: Oefenexamen december' }).click());
  assert.match(antwoorden.name, /^antwoorden-.*\.json$/);
  assert.ok(!geladen.some((u) => /\/trainer\//.test(u)), 'a trainee never loads the trainer page');
  assert.deepEqual(problems, []);
  await context.close();
  return antwoorden;
}

test('a trainer hands out a pack, two trainees sit it, the trainer grades the group', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/examentraining' });
  await nieuwDossier(page, 'Trainer groep december');
  await deel(page, 'Trainer').click();
  // The trainer's part is a page of its own: the page every trainee loads does not carry it.
  await page.getByRole('heading', { name: 'Eigen casussen' }).waitFor();
  assert.match(page.url(), /\/trainer\/#\/dossiers\/[^/]+\/trainer$/);

  // A casus of the trainer's own, from a shipped one as a starting point.
  await page.getByLabel('Of begin bij een casus van Werkwaarde:', { exact: true }).selectOption({ label: 'Drie ochtenden een kantoorpand schoon (Schoonmaak)' });
  await page.getByRole('button', { name: 'Als startpunt openen' }).click();
  const controle = page.getByTestId('ontwerp-controle');
  await controle.filter({ hasText: 'De casus klopt: stappenplan 75%, € 11,30 per uur' }).waitFor();
  await page.getByLabel('Titel', { exact: true }).last().fill('Kantoorpand in de avond');
  // A Gouden Standaard that no longer adds up is named, and fixed again.
  await page.getByLabel('Uren taak 1', { exact: true }).fill('10');
  await controle.filter({ hasText: 'Stappenplan: de taken tellen 16 uur op, de contracturen zijn 15' }).waitFor();
  await page.getByLabel('Tempo taak 2', { exact: true }).fill('70');
  await page.getByLabel('Uren taak 1', { exact: true }).fill('9');
  await controle.filter({ hasText: 'De casus klopt: stappenplan 71%, € 10,69 per uur' }).waitFor();
  await screenshot(page, 'trainer-casus');
  assert.deepEqual(await seriousA11yViolations(page), []);

  // The pack: the own casus and five shipped ones.
  await page.getByLabel('Titel van het pakket', { exact: true }).fill('Oefenexamen december');
  await page.getByLabel(/^Minuten per examendag/).fill('20');
  await page.getByLabel('Deeg opbollen in de ochtendploeg (Bakkerij, eenvoudig)', { exact: true }).check();
  await page.getByLabel('Kantoorpand in de avond (eigen casus)', { exact: true }).check();
  for (const titel of ['Schoffelen en blad ruimen in de wijk', 'Vakkenvullen in de avonduren', 'Orderpicken in een distributiecentrum']) {
    await page.getByLabel(new RegExp(`^${titel} \\(`)).check();
  }
  await page.getByRole('button', { name: 'Pakket maken' }).click();
  await page.getByRole('alert').filter({ hasText: 'heeft er 5' }).waitFor();
  await page.getByLabel(/^Koude keuken in een bedrijfsrestaurant \(/).check();
  await page.getByRole('button', { name: 'Pakket maken' }).click();
  await page.getByRole('status').filter({ hasText: 'Het pakket ‘Oefenexamen december’ is gemaakt' }).waitFor();

  const deelnemers = await downloadOf(page, () => page.getByRole('button', { name: 'Exporteren voor deelnemers (zonder Gouden Standaard): Oefenexamen december' }).click());
  assert.equal(deelnemers.name, 'oefenexamen-december-deelnemers.json');
  assert.ok(!deelnemers.text.includes('gouden_standaard'), 'geen Gouden Standaard in het pakket voor deelnemers');
  const trainer = await downloadOf(page, () => page.getByRole('button', { name: 'Exporteren voor de trainer (met Gouden Standaard)' }).click());
  const pakket = JSON.parse(trainer.text);
  assert.equal(pakket.casussen.length, 6);
  const sleutel = new Map(pakket.casussen.map((c) => [c.titel, Number(c.gouden_standaard.stappenplan.pi5)]));

  // Anna answers every casus right. Bram works casus 1 in the calculator with a tempo far too
  // low, and answers casus 1 and 4 at half the gold: 4 of 6.
  const eerste = pakket.casussen[0];
  const taak = eerste.gouden_standaard.stappenplan.taken[0];
  const anna = await deelnemer('Anna de Boer', deelnemers, sleutel, () => false);
  const bram = await deelnemer('Bram Smit', deelnemers, sleutel, (nr) => nr === 1 || nr === 4, async (p, nr) => {
    if (nr !== 1) return;
    await p.getByRole('button', { name: 'Casus 1 uitwerken in de rekenhulp' }).click();
    const hulp = p.getByRole('group', { name: 'Rekenhulp casus 1' });
    for (let i = 0; i < eerste.gouden_standaard.stappenplan.taken.length; i++) {
      const t = eerste.gouden_standaard.stappenplan.taken[i];
      const n = i + 1;
      await hulp.getByRole('button', { name: 'Taak toevoegen' }).click();
      await hulp.getByLabel(`Naam taak ${n}`, { exact: true }).fill(t.naam);
      await hulp.getByLabel(`Uren taak ${n}`, { exact: true }).fill(nl(t.uren));
      await hulp.getByLabel(`Tempo taak ${n}`, { exact: true }).fill(i === 0 ? '45' : nl(t.tempo));
      await hulp.getByLabel(`Kwaliteit taak ${n}`, { exact: true }).fill(nl(t.kwaliteit));
      await hulp.getByLabel(new RegExp(`^(Inzetbaarheid|Netto werktijd) taak ${n}$`)).fill(nl(t.inzet));
    }
    await p.getByRole('button', { name: 'Rekenhulp sluiten' }).click();
  });
  assert.ok(JSON.parse(bram.text).casussen[0].werk.taken.length > 0, 'Brams analyse gaat mee');

  // The trainer reads both files; a tampered one, a duplicate and a pack are refused.
  const knop = page.getByLabel('Antwoordbestanden inlezen (.json)', { exact: true });
  await knop.setInputFiles([bestand(anna.name, anna.text), bestand(bram.name, bram.text)]);
  await page.getByRole('status').filter({ hasText: 'Het antwoordbestand van Bram Smit is ingelezen.' }).waitFor();
  const vervalst = JSON.parse(bram.text);
  vervalst.casussen[0].antwoord = nl(sleutel.get(eerste.titel));
  await knop.setInputFiles([bestand('vervalst.json', JSON.stringify(vervalst)), bestand(anna.name, anna.text), bestand(deelnemers.name, deelnemers.text)]);
  await page.getByRole('alert').filter({ hasText: 'vervalst.json: Het antwoordbestand van Bram Smit is na het inleveren gewijzigd' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Het antwoordbestand van Anna de Boer voor dit pakket is al ingelezen.' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Dit is een casuspakket, geen antwoordbestand.' }).waitFor();

  const tabel = page.getByRole('table', { name: 'Uitslag per deelnemer, Oefenexamen december' });
  const rijen = tabel.getByRole('row');
  assert.equal(await rijen.count(), 3);
  assert.match(await rijen.nth(1).innerText(), /Anna de Boer[\s\S]*\b6\s+geslaagd/);
  assert.match(await rijen.nth(2).innerText(), /Bram Smit[\s\S]*\b4\s+herexamen/);
  const casus1 = page.getByRole('table', { name: 'Antwoorden casus 1' });
  assert.match(await casus1.getByRole('row').filter({ hasText: 'Bram Smit' }).innerText(), new RegExp(`Tempo ${taak.naam}: 45% in plaats van`));
  assert.match(await casus1.getByRole('row').filter({ hasText: 'Anna de Boer' }).innerText(), /Geen analyse in de rekenhulp ingeleverd/);
  await page.getByText(/Casus 1: .* 1 binnen de bandbreedte; laagste/).waitFor();
  await screenshot(page, 'trainer-overzicht');
  assert.deepEqual(await seriousA11yViolations(page), []);

  const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Uitslagen exporteren (CSV)' }).click());
  assert.equal(csv.name, 'oefenexamen-december-uitslagen.csv');
  const regels = csv.text.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.equal(regels.length, 13);
  assert.match(regels[1], /^Oefenexamen december;Anna de Boer;c01-bakkerij;.*;ja;geslaagd$/);
  assert.match(regels[7], /^Oefenexamen december;Bram Smit;c01-bakkerij;.*;nee;herexamen$/);

  // Printed: the overview without the buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Uitslagen exporteren (CSV)' }).isVisible(), false);
  await screenshot(page, 'trainer-overzicht-print');
  await page.emulateMedia({ media: 'screen' });

  // Everything read is kept: after a reload the overview is the same.
  await page.reload();
  await tabel.waitFor();
  assert.match(await tabel.getByRole('row').nth(2).innerText(), /herexamen/);
  // The other parts open on the examentraining's page.
  await deel(page, 'Oefenen').click();
  await page.getByRole('table', { name: 'Oefencasussen' }).waitFor();
  assert.match(page.url(), /\/examen\/#\/dossiers\/[^/]+\/oefenen$/);
  assert.deepEqual(problems, []);
  await context.close();
});
