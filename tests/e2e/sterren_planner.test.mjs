// Issue 5 as a provider meets it: the sterren page with K7's Dienst 3 and a what-if, the
// meetperiodeplanner with today marked and its .ics read back by an independent parser
// (ical.js), and the vrijstelling questionnaire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { withApp, openApp, seriousA11yViolations, screenshot, downloadOf } from './harness.mjs';

const app = withApp();

async function vul(page, waarden) {
  for (const [id, waarde] of Object.entries(waarden)) {
    const veld = page.locator(`[id="veld-${id}"]`);
    if ((await veld.evaluate((e) => e.tagName)) === 'SELECT') await veld.selectOption(waarde);
    else await veld.fill(waarde);
  }
}

async function nieuweZelftoets(page, titel) {
  await page.getByLabel('Titel', { exact: true }).fill(titel);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByLabel('Datum van de audit', { exact: true }).waitFor();
}

const stap = (page, naam) => page.getByRole('navigation', { name: 'Stappen van de zelftoets' }).getByRole('link', { name: naam, exact: true });

test('sterren: K7 Dienst 3 gives 7,70, a what-if moves only the what-if, no opdrachtgevers gives 7,58', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets' });
  await nieuweZelftoets(page, 'Sterren BV');

  await stap(page, 'Hoofdnorm 1: organisatie').click();
  await page.getByLabel('Passend gekwalificeerde personeelsleden', { exact: true }).fill('24');
  await page.getByLabel('Personeelsleden in totaal', { exact: true }).fill('25');
  await stap(page, 'Hoofdnorm 2: Diensten').click();
  await page.getByLabel(/^Dienst 3: /).check();
  await vul(page, { 'd3-tvo-o': '10', 'd3-omzet': '100000', 'transparantie-2.0.1': '10', 'transparantie-2.0.2': '8' });
  await stap(page, 'Hoofdnorm 3: tevredenheid').click();
  await vul(page, { 't3-c-uitgenodigd': '100', 't3-c-respondenten': '40', 't3-c-cijfer': '7,5',
    't3-o-uitgenodigd': '10', 't3-o-respondenten': '5', 't3-o-cijfer': '8' });

  await stap(page, 'Sterren').click();
  const subscore = page.getByTestId('subscore-3');
  await subscore.filter({ hasText: '7,70' }).waitFor();
  assert.equal(await page.getByTestId('totaalscore').innerText(), '7,70');
  // Any star count is labelled indicatief, with its mapping in view.
  assert.match(await page.getByTestId('sterren').innerText(), /★★★★ \(indicatief\)/);
  assert.match(await page.getByTestId('sterren-indeling').innerText(), /7,5 of hoger → 4 sterren/);
  const tabel = page.getByRole('table', { name: /Subscore Dienst 3/ });
  for (const [code, score] of [['TC', '7,5'], ['TO', '8'], ['TR', '7,5'], ['PE', '8']]) {
    const rij = tabel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: code }) });
    assert.equal(await rij.getByRole('cell').nth(1).innerText(), score, code);
  }

  // What if the transparantie were 96%: TR → 8, the what-if says 7,78 and the subscore stays.
  await page.getByLabel('Wat als, Dienst 3: onderdeel', { exact: true }).selectOption('tr');
  await page.getByLabel('Wat als, Dienst 3: andere waarde', { exact: true }).fill('96');
  await page.getByTestId('watals-3').filter({ hasText: 'Met TR = 96%: subscore 7,78 (nu 7,70).' }).waitFor();
  assert.equal(await subscore.innerText(), '7,70');
  await screenshot(page, 'sterren');
  assert.deepEqual(await seriousA11yViolations(page), []);
  // A bad what-if is marked at its field; nothing else changes.
  await page.getByLabel('Wat als, Dienst 3: andere waarde', { exact: true }).fill('150');
  await page.getByText('Een percentage ligt tussen 0 en 100.').waitFor();
  assert.equal(await page.getByLabel('Wat als, Dienst 3: andere waarde', { exact: true }).getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Wat als, Dienst 3: andere waarde', { exact: true }).fill('96');

  // Persisted: after a reload the what-if is still there.
  await page.reload();
  await page.getByTestId('watals-3').filter({ hasText: 'subscore 7,78' }).waitFor();

  // No opdrachtgevers: TO = TC = 7,5 → 7,575 → shown as 7,58.
  await stap(page, 'Hoofdnorm 2: Diensten').click();
  await vul(page, { 'd3-tvo-o': '0' });
  await stap(page, 'Sterren').click();
  await subscore.filter({ hasText: '7,58' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('planner: start 1 april 2025 on 10 maart 2026, the next deadline, Tabel 1, and the .ics read back event by event', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets', today: '2026-03-10T10:00:00' });
  await nieuweZelftoets(page, 'Planner BV');
  await stap(page, 'Meetperiodeplanner').click();
  await page.getByText('Nog geen planning').waitFor();
  await page.getByLabel('Start van de meetperiode', { exact: true }).selectOption('april');
  const jaar = page.getByLabel('Jaar waarin de meetperiode begint', { exact: true });
  await jaar.fill('20255');
  await page.getByText('Vul een jaar in van 2000 tot en met 2100.').waitFor();
  await jaar.fill('2025');

  const tijdlijn = page.getByRole('list', { name: 'Tijdlijn van de meetperiode' });
  await tijdlijn.waitFor();
  await page.getByTestId('vandaag').filter({ hasText: '10 maart 2026' }).waitFor();
  assert.equal(await page.getByTestId('volgende-deadline').innerText(),
    'Eerstvolgende deadline: aanleveren gegevens tevredenheidsonderzoek, 15 maart 2026 (over 5 dagen).');
  const volgende = tijdlijn.locator('li[aria-current="step"]');
  assert.match(await volgende.innerText(), /15 maart 2026[\s\S]*Deadline aanleveren gegevens tevredenheidsonderzoek/);
  // The applicatie window is open today.
  assert.match(await tijdlijn.getByRole('listitem').filter({ hasText: 'Keurmerk-applicatie' }).innerText(), /nu open/);
  for (const [datum, wat] of [['1 mei 2025', 'Start aanleveren gegevens'], ['15 april 2026', 'Conceptrapport'],
    ['21 april 2026', 'Deadline aanleveren resultaatgegevens'], ['1 juli 2026', 'Deadline uitvoering resultatenaudit'],
    ['1 augustus 2026', 'Streefdatum beoordeling']]) {
    await tijdlijn.getByRole('listitem').filter({ hasText: wat }).filter({ hasText: datum }).first().waitFor();
  }
  // Outside Tabel 1's year, the app says what it assumes.
  await page.getByText(/Tabel 1 beschrijft alleen meetperiodes die in 2023 beginnen/).waitFor();
  await screenshot(page, 'planner');
  assert.deepEqual(await seriousA11yViolations(page), []);

  const items = (await tijdlijn.getByRole('listitem').count()) - 1; // minus "vandaag"
  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Agenda downloaden (.ics)' }).click());
  assert.equal(file.name, 'keurmerk-meetperiode-2025-04.ics');
  await page.getByText(`${file.name} is gedownload: ${items} datums.`).waitFor();
  // RFC 5545 shape: CRLF everywhere, no line above 75 octets.
  assert.ok(file.text.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(file.text), 'every line ends with CRLF');
  for (const regel of file.text.split('\r\n')) assert.ok(Buffer.byteLength(regel) <= 75, regel);

  const kal = new ICAL.Component(ICAL.parse(file.text));
  assert.equal(kal.getFirstPropertyValue('version'), '2.0');
  const events = kal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, items);
  const uids = new Set();
  for (const e of events) {
    assert.ok(e.startDate.isDate, `${e.summary} is all-day`);
    assert.ok(e.endDate.compare(e.startDate) > 0, `${e.summary} ends after it starts`);
    assert.match(e.summary, /^Keurmerk Arbeid: /);
    assert.match(e.description, /Bron: /);
    assert.ok(!uids.has(e.uid), 'unique UID');
    uids.add(e.uid);
    assert.ok(e.component.getFirstPropertyValue('dtstamp'), 'DTSTAMP');
  }
  const op = (tekst) => events.find((e) => e.summary.includes(tekst))?.startDate.toString();
  assert.equal(op('Deadline aanleveren gegevens tevredenheidsonderzoek'), '2026-03-15');
  assert.equal(op('Conceptrapport'), '2026-04-15');
  assert.equal(op('Deadline aanleveren resultaatgegevens'), '2026-04-21');
  assert.equal(op('Deadline uitvoering resultatenaudit'), '2026-07-01');
  assert.equal(op('Streefdatum beoordeling'), '2026-08-01');
  const app_ = events.find((e) => e.summary.includes('applicatie'));
  assert.equal(app_.startDate.toString(), '2026-03-10');
  assert.equal(app_.endDate.toString(), '2026-04-22', 'DTEND is the day after the window closes');

  // Tabel 1 for a meetperiode of 2023, and the UWV variant from the profiel for a januari start.
  await jaar.fill('2023');
  await page.getByRole('table', { name: 'Geldigheid per deel van de Handleiding' }).waitFor();
  await stap(page, 'Profiel').click();
  await vul(page, { 'p-uwv': 'ja' });
  await stap(page, 'Meetperiodeplanner').click();
  await page.getByLabel('Start van de meetperiode', { exact: true }).selectOption('januari');
  await jaar.fill('2025');
  await tijdlijn.getByRole('listitem').filter({ hasText: '(UWV als opdrachtgever)' }).filter({ hasText: '15 januari 2026' }).first().waitFor();
  await page.reload();
  assert.equal(await page.getByLabel('Jaar waarin de meetperiode begint', { exact: true }).inputValue(), '2025');
  assert.deepEqual(problems, []);
  await context.close();
});

test('vrijstelling: cyclusjaar 4 qualifies, one "nee" names what is missing, year 5 has none, year 6 weighs the cliëntenaudit', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/zelftoets' });
  await nieuweZelftoets(page, 'Vrijstelling BV');
  await vul(page, { 'p-aanvrager': 'keurmerkhouder' });
  await stap(page, 'Vrijstelling resultatenaudit').click();
  const uitslag = page.getByTestId('vrijstelling');
  await uitslag.filter({ hasText: 'Vul in welk cyclusjaar' }).waitFor();
  await page.getByLabel('Cyclusjaar van deze meetperiode', { exact: true }).fill('4');
  await uitslag.filter({ hasText: 'nog niet te zeggen; 9 vragen staan nog open' }).waitFor();
  // The first question answered from the keyboard keeps its focus while the verdict changes.
  const eerste = page.locator('[id="veld-vs4-normen-eerder"]');
  await eerste.focus();
  await eerste.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.id === 'veld-vs4-normen-eerder');
  for (const select of await page.locator('select[id^="veld-vs4-"]').all()) await select.selectOption('ja');
  await uitslag.filter({ hasText: 'u zou in aanmerking komen' }).waitFor();
  await screenshot(page, 'vrijstelling');
  assert.deepEqual(await seriousA11yViolations(page), []);

  await vul(page, { 'vs4-facturen': 'nee' });
  await uitslag.filter({ hasText: 'u komt niet in aanmerking; aan 1 voorwaarde is niet voldaan' }).waitFor();
  await page.getByRole('status').getByRole('link', { name: 'naar de vraag' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'veld-vs4-facturen');

  await page.getByLabel('Cyclusjaar van deze meetperiode', { exact: true }).fill('5');
  await uitslag.filter({ hasText: 'In cyclusjaar 5 is er geen vrijstelling' }).waitFor();

  await page.getByLabel('Cyclusjaar van deze meetperiode', { exact: true }).fill('6');
  for (const select of await page.locator('select[id^="veld-vs6-"]').all()) await select.selectOption('ja');
  await page.getByLabel('Gemiddelde klanttevredenheid over de laatste vier jaar', { exact: true }).fill('6,8');
  await uitslag.filter({ hasText: 'u zou in aanmerking komen' }).waitFor();
  await vul(page, { 'vs6-clientenaudit': 'nee' });
  await uitslag.filter({ hasText: 'u komt niet in aanmerking' }).waitFor();
  await page.getByText('6,8 < 7').first().waitFor({ state: 'attached' });
  await page.reload();
  await uitslag.filter({ hasText: 'u komt niet in aanmerking' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
