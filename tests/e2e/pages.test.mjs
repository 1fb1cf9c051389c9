// Every page: reachable from the menu, reachable by deep link and reload on a plain static
// server, accessible (axe: no serious or critical violations), and silent towards other origins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, seriousA11yViolations, screenshot } from './harness.mjs';

const app = withApp();

const PAGES = [
  { menu: null, hash: '#/', heading: 'Werkwaarde', shot: 'start' },
  { menu: 'Zelftoets Keurmerk Arbeid', hash: '#/zelftoets', heading: 'Zelftoets Keurmerk Arbeid', shot: 'zelftoets' },
  { menu: 'Loonwaarde', hash: '#/loonwaarde', heading: 'Loonwaarde', shot: 'loonwaarde' },
  { menu: 'Examentraining', hash: '#/examentraining', heading: 'Examentraining', shot: 'examentraining' },
  { menu: 'Dossiers', hash: '#/dossiers', heading: 'Dossiers', shot: 'dossiers' },
];

test('the start page says what Werkwaarde is and links every area', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Werkwaarde' }).waitFor());
  const intro = await page.locator('.inleiding').innerText();
  assert.match(intro, /Keurmerk Arbeid/);
  assert.match(intro, /loonwaardedeskundigen/);
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const p of PAGES.filter((p) => p.menu)) {
    assert.equal(await nav.getByRole('link', { name: p.menu, exact: true }).count(), 1, p.menu);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('every page opens from the menu, has its heading, passes axe, and loads nothing from elsewhere', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  for (const p of PAGES) {
    if (p.menu) {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: p.menu, exact: true }).click();
    }
    await page.getByRole('heading', { level: 1, name: p.heading, exact: true }).waitFor();
    if (p.menu) {
      const current = page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('[aria-current="page"]');
      assert.equal(await current.innerText(), p.menu);
      // Focus moves to the new page's heading, as after a full page load.
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
    }
    assert.equal(new URL(page.url()).hash, p.hash, `${p.heading} has its own address`);
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe on ${p.hash}`);
    await screenshot(page, `pagina-${p.shot}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link and a reload land on the same page', async () => {
  for (const p of PAGES.slice(1)) {
    const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: p.hash });
    await page.getByRole('heading', { level: 1, name: p.heading, exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: p.heading, exact: true }).waitFor();
    assert.match(await page.title(), new RegExp(p.heading));
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('an unknown address says so and links back', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { hash: '#/bestaat-niet' });
  await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werkwaarde' }).waitFor();
  assert.deepEqual(await seriousA11yViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page declares a Content-Security-Policy that allows only its own origin', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  // The policy is enforced: an injected inline script does not run.
  const ran = await page.evaluate(() => {
    window.__injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    return window.__injected;
  });
  assert.equal(ran, false);
  problems.length = 0; // the refused script above is reported as a console error, as it should
  await context.close();
});

test('on a phone-sized screen the menu and content still fit', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base, { viewport: { width: 390, height: 844 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false);
  await screenshot(page, 'pagina-start-telefoon');
  assert.deepEqual(problems, []);
  await context.close();
});
