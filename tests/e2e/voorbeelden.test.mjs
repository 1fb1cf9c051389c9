// First use: each area offers a voorbeeld that opens as an ordinary dossier, fetched only when
// asked for, and shows what it promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, seriousA11yViolations, appPad } from './harness.mjs';

const app = withApp();

async function openVoorbeeld(page, hash, titel) {
  await page.goto(`${app.server.base}/${hash}`);
  await page.getByRole('heading', { level: 2, name: 'Voorbeeld' }).waitFor();
  assert.deepEqual(await seriousA11yViolations(page), []);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await page.getByRole('heading', { level: 1, name: titel }).waitFor();
}

test('each area opens its voorbeeld as a dossier that shows its figures', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  const requests = [];
  page.on('request', (r) => requests.push(appPad(r.url())));
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.ok(!requests.some((p) => p.startsWith('/voorbeelden/')), 'no voorbeeld is fetched on first load');

  await openVoorbeeld(page, '#/loonwaarde', 'Voorbeeld: loonwaarde inpakker (casus L1)');
  await page.getByText('71%').first().waitFor();
  await page.getByText('€ 11,36').first().waitFor();
  // Its jobcoach, typed "3.120": three thousand one hundred and twenty euro a year, not € 3,12.
  await page.getByText('structureel € 3.120,00 per jaar').waitFor();

  await openVoorbeeld(page, '#/zelftoets', 'Voorbeeld: zelftoets Re-integratiebureau Noorderlicht');
  await page.getByRole('link', { name: 'Uitkomst', exact: true }).click();
  await page.getByTestId('oordeel').filter({ hasText: 'Keurmerk Arbeid kan worden toegekend' }).waitFor();

  await openVoorbeeld(page, '#/examentraining', 'Voorbeeld: examentraining met een oefencasus en een examen');
  await page.getByTestId('nakijkoordeel').waitFor();
  await page.getByRole('link', { name: 'Resultaten', exact: true }).click();
  await page.getByRole('table', { name: 'Uitslagen' }).getByText('Geslaagd (5 van 6 binnen de bandbreedte)').waitFor();

  // Three voorbeelden are three ordinary dossiers.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dossiers' }).click();
  for (const t of ['Voorbeeld: loonwaarde inpakker (casus L1)', 'Voorbeeld: zelftoets Re-integratiebureau Noorderlicht']) {
    await page.getByRole('link', { name: t }).first().waitFor();
  }
  assert.deepEqual(problems, []);
  await context.close();
});
