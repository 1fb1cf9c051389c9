// Two tabs of one dossier never lose an edit: for each area, an edit in one tab and then another
// in the second tab are both in a third; edits made at the same moment are merged; the same field
// changed in both is asked about, with both values, and nothing is discarded unseen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp } from './harness.mjs';

const app = withApp();

// A tab that is not in front may not paint, so conditions are polled on a timer, not per frame.
const PEILEN = { polling: 100 };
const opgeslagen = (page, tekst) => page.waitForFunction(
  (t) => Object.entries(localStorage).some(([k, v]) => k.startsWith('werkwaarde.dossier.') && v.includes(t)), tekst, PEILEN);

async function nieuw(page, gebied, titel) {
  await page.goto(`${app.server.base}/#/${gebied}`);
  await page.getByLabel('Titel', { exact: true }).fill(titel);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: titel }).waitFor();
  return page.url();
}

const gebieden = [
  {
    naam: 'loonwaarde',
    hash: 'loonwaarde',
    eerste: async (p) => p.getByLabel('Werknemer', { exact: true }).fill('Jan Jansen'),
    tweede: async (p) => p.getByLabel('Werkgever', { exact: true }).fill('Bakkerij De Korst'),
    controleer: async (p) => {
      assert.equal(await p.getByLabel('Werknemer', { exact: true }).inputValue(), 'Jan Jansen');
      assert.equal(await p.getByLabel('Werkgever', { exact: true }).inputValue(), 'Bakkerij De Korst');
    },
    tekens: ['Jan Jansen', 'Bakkerij De Korst'],
  },
  {
    naam: 'zelftoets',
    hash: 'zelftoets',
    eerste: async (p) => p.getByLabel('Datum van de audit', { exact: true }).fill('2026-03-01'),
    tweede: async (p) => p.getByLabel('Rechtsvorm', { exact: true }).selectOption({ label: 'Stichting' }),
    controleer: async (p) => {
      assert.equal(await p.getByLabel('Datum van de audit', { exact: true }).inputValue(), '2026-03-01');
      assert.equal(await p.getByLabel('Rechtsvorm', { exact: true }).inputValue(), 'stichting');
    },
    tekens: ['2026-03-01', 'stichting'],
  },
  {
    naam: 'examentraining',
    hash: 'examentraining',
    open: async (p) => {
      await p.getByRole('navigation', { name: 'Onderdelen van de examentraining' }).getByRole('link', { name: 'Examen', exact: true }).click();
      await p.getByLabel('Minuten per examendag (standaard 180)', { exact: true }).waitFor();
    },
    eerste: async (p) => p.getByLabel('Minuten per examendag (standaard 180)', { exact: true }).fill('150'),
    tweede: async (p) => p.getByRole('radio', { name: 'Uniforme Loonwaardebepaling (ULW)' }).check(),
    controleer: async (p) => {
      assert.equal(await p.getByLabel('Minuten per examendag (standaard 180)', { exact: true }).inputValue(), '150');
      assert.ok(await p.getByRole('radio', { name: 'Uniforme Loonwaardebepaling (ULW)' }).isChecked());
    },
    tekens: ['"minuten":"150"', '"examenmethode":"ulw"'],
  },
];

for (const g of gebieden) {
  test(`${g.naam}: an edit in one tab, then another in a second tab: a third has both`, async () => {
    const { page: a, problems, context } = await openApp(app.browser, app.server.base);
    const url = await nieuw(a, g.hash, `Twee tabbladen ${g.naam}`);
    const b = await context.newPage();
    await b.goto(url);
    await b.getByRole('heading', { level: 1, name: `Twee tabbladen ${g.naam}` }).waitFor();
    if (g.open) { await g.open(a); await g.open(b); }

    await g.eerste(a);
    await opgeslagen(a, g.tekens[0]);
    await g.tweede(b);
    await opgeslagen(b, g.tekens[1]);
    // Both edits are in storage, together.
    await b.waitForFunction((t) => Object.entries(localStorage).some(([k, v]) => k.startsWith('werkwaarde.dossier.') && t.every((x) => v.includes(x))), g.tekens, PEILEN);

    const c = await context.newPage();
    await c.goto(url);
    await c.getByRole('heading', { level: 1, name: `Twee tabbladen ${g.naam}` }).waitFor();
    if (g.open) await g.open(c);
    await g.controleer(c);
    // The first tab shows the second tab's edit as well.
    await g.controleer(a);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('edits at the same moment in two tabs are merged, and one field changed in both is asked about', async () => {
  const { page: a, problems, context } = await openApp(app.browser, app.server.base);
  const url = await nieuw(a, 'loonwaarde', 'Tegelijk');
  const b = await context.newPage();
  await b.goto(url);
  await b.getByRole('heading', { level: 1, name: 'Tegelijk' }).waitFor();

  // Both type before either is written: different fields are both kept.
  await a.getByLabel('Werknemer', { exact: true }).fill('Jan Jansen');
  await b.getByLabel('Werkgever', { exact: true }).fill('Bakkerij De Korst');
  await opgeslagen(a, 'Jan Jansen');
  await a.waitForFunction(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('werkwaarde.dossier.') && v.includes('Jan Jansen') && v.includes('Bakkerij De Korst')), undefined, PEILEN);
  await a.waitForFunction(() => document.getElementById('lw-werkgever').value === 'Bakkerij De Korst', undefined, PEILEN);
  await b.waitForFunction(() => document.getElementById('lw-werknemer').value === 'Jan Jansen', undefined, PEILEN);

  // The same field in both: the second tab to hear of it asks, showing both values.
  await a.getByLabel('Normloon per uur (€)', { exact: true }).fill('16,00');
  await b.getByLabel('Normloon per uur (€)', { exact: true }).fill('17,50');
  const vraag = (p) => p.getByRole('region', { name: 'Wijzigingen uit een ander tabblad' });
  const gevraagd = await Promise.race([
    vraag(a).waitFor().then(() => a),
    vraag(b).waitFor().then(() => b),
  ]);
  const regio = vraag(gevraagd);
  // Named by the field's label, with the JSON path after it for the expert.
  await regio.getByText('Normloon per uur (€)', { exact: true }).waitFor();
  await regio.getByText('$.data.normloon', { exact: true }).waitFor();
  const mijn = await gevraagd.getByLabel('Normloon per uur (€)', { exact: true }).inputValue();
  const hun = mijn === '16,00' ? '17,50' : '16,00';
  await regio.getByText(`“${hun}”`, { exact: false }).waitFor();
  await regio.getByRole('button', { name: 'Waarde uit het andere tabblad nemen' }).click();
  await regio.waitFor({ state: 'detached' });
  await gevraagd.waitForFunction((h) => document.getElementById('lw-normloon').value === h, hun, PEILEN);
  await opgeslagen(gevraagd, `"normloon":"${hun}"`);
  assert.deepEqual(problems, []);
  await context.close();
});

// Holds this page's storage events until `__laatLos()`, so both tabs write before either hears of
// the other: the crossing is made, not waited for.
function houdOpslagBerichtenVast() {
  const wacht = [];
  window.__opslagVast = false;
  const origineel = window.addEventListener;
  window.addEventListener = function (soort, functie, opties) {
    if (soort !== 'storage') return origineel.call(this, soort, functie, opties);
    const omhulsel = (ev) => (window.__opslagVast ? wacht.push(() => functie.call(window, ev)) : functie.call(window, ev));
    return origineel.call(this, soort, omhulsel, opties);
  };
  window.__laatLos = () => {
    window.__opslagVast = false;
    for (const f of wacht.splice(0)) f();
  };
}

test('two writes that cross, before either tab hears of the other, are both kept in both tabs', async () => {
  const { page: a, problems, context } = await openApp(app.browser, app.server.base);
  await context.addInitScript(houdOpslagBerichtenVast);
  const url = await nieuw(a, 'loonwaarde', 'Gekruist');
  const b = await context.newPage();
  await b.goto(url);
  await b.getByRole('heading', { level: 1, name: 'Gekruist' }).waitFor();
  for (const p of [a, b]) await p.evaluate(() => { window.__opslagVast = true; });

  await a.getByLabel('Werknemer', { exact: true }).fill('Jan Jansen');
  await opgeslagen(a, 'Jan Jansen');
  await b.getByLabel('Werkgever', { exact: true }).fill('Bakkerij De Korst');
  await opgeslagen(b, 'Bakkerij De Korst');
  // The second write replaced the first in storage, without the first edit in it.
  const voor = await b.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('werkwaarde.dossier.'))[1]);
  assert.ok(!voor.includes('Jan Jansen'), 'the writes crossed');

  for (const p of [a, b]) await p.evaluate(() => window.__laatLos());
  const beide = (p) => p.waitForFunction(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('werkwaarde.dossier.') && v.includes('Jan Jansen') && v.includes('Bakkerij De Korst')), undefined, PEILEN);
  await beide(a);
  await beide(b);
  await a.waitForFunction(() => document.getElementById('lw-werkgever').value === 'Bakkerij De Korst', undefined, PEILEN);
  await b.waitForFunction(() => document.getElementById('lw-werknemer').value === 'Jan Jansen', undefined, PEILEN);
  assert.equal(await a.getByLabel('Werknemer', { exact: true }).inputValue(), 'Jan Jansen');
  assert.equal(await b.getByLabel('Werkgever', { exact: true }).inputValue(), 'Bakkerij De Korst');

  const c = await context.newPage();
  await c.goto(url);
  await c.getByRole('heading', { level: 1, name: 'Gekruist' }).waitFor();
  assert.equal(await c.getByLabel('Werknemer', { exact: true }).inputValue(), 'Jan Jansen');
  assert.equal(await c.getByLabel('Werkgever', { exact: true }).inputValue(), 'Bakkerij De Korst');
  assert.equal(await a.getByRole('region', { name: 'Wijzigingen uit een ander tabblad' }).count(), 0, 'nothing to ask: different fields');
  assert.deepEqual(problems, []);
  await context.close();
});
