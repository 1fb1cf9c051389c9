// Shared set-up for the browser tests: serves the built dist/ on localhost, starts Debian's
// Chromium through playwright-core, and watches every page for requests to other origins,
// console errors (CSP violations land there) and uncaught exceptions.
import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { fouten as schemaFouten, soortVan } from './schema.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.WERKWAARDE_DIST || join(here, '..', '..', 'dist');
export const ARTIFACTS = join(here, 'artifacts');
/** Where the app is served: `/` by default, `/werkwaarde/` when `WERKWAARDE_BASE` says so, as a
 * project page of a static host would serve it. The same dist/ must work at both. */
export const BASE_PATH = (process.env.WERKWAARDE_BASE || '/').replace(/\/?$/, '/');
const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/** A plain static file server, as common static hosts are: a folder's index.html, no rewrites,
 * 404 for what is not there, and an ETag with `Cache-Control: no-cache`, so the browser keeps a
 * copy but asks every time whether it is still current (a 304 when it is). */
/** The path of `url` within the app, as if it were served at the root: `/loonwaarde/` for
 * `http://…/werkwaarde/loonwaarde/#/x` under `/werkwaarde/`. Tests compare paths with this, so
 * they mean the same at the root and under a sub-path. */
export function appPad(url) {
  const pad = new URL(url).pathname;
  return pad.startsWith(BASE_PATH) ? `/${pad.slice(BASE_PATH.length)}` : `(buiten de app) ${pad}`;
}

export async function serveDist(basePath = BASE_PATH, map = DIST) {
  // `zetMap` serves another build from the same address (the update test): a service worker
  // belongs to its origin, so the new version must come from the same one.
  let wortel = map;
  const server = createServer(async (req, res) => {
    const volledig = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // Outside the base path there is nothing, as on a host that serves the app in a sub-folder.
    if (!volledig.startsWith(basePath)) {
      res.writeHead(404).end('niet gevonden');
      return;
    }
    const path = `/${volledig.slice(basePath.length)}`;
    const file = normalize(join(wortel, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(wortel)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      const headers = { 'content-type': MIME[extname(file)] || 'application/octet-stream', etag, 'cache-control': 'no-cache' };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('niet gevonden');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  // Tests append `/#/…` or `/loonwaarde/…`; the base carries the sub-path without its last slash.
  const base = `http://127.0.0.1:${server.address().port}${basePath.replace(/\/$/, '')}`;
  return {
    base,
    zetMap: (nieuw) => {
      wortel = nieuw;
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--lang=nl-NL',
];

export async function startBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * A fresh browser profile (empty storage) with a page that records problems.
 * `problems` collects anything a person would never want: other-origin requests, console errors,
 * uncaught exceptions. Tests assert it stays empty.
 */
export async function openApp(browser, base, { hash = '#/', viewport = { width: 1200, height: 900 }, today, clock = false } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  // A fixed "today" (e.g. '2026-03-10T10:00:00') for pages that show dates relative to it.
  if (today) await page.clock.setFixedTime(new Date(today));
  // A controllable clock (page.clock.runFor) for timers, installed before the app starts.
  if (clock) await page.clock.install();
  const problems = [];
  const origin = new URL(base).origin;
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${base}/${hash}`);
  await page.locator('main h1').first().waitFor();
  return { context, page, problems };
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousA11yViolations(page) {
  // Injected through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page, name, options = {}) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, ...options });
}

/** Waits for a download started by `action` and returns its file name and text. A dossier or a
 * backup is checked against the published JSON Schema on the way (schema.mjs), so every file a
 * test exports is one the schema accepts. */
export async function downloadOf(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  const name = download.suggestedFilename();
  const text = Buffer.concat(chunks).toString('utf8');
  if (name.endsWith('.json')) {
    const soort = soortVan(JSON.parse(text));
    if (soort) assert.deepEqual(schemaFouten(JSON.parse(text)), [], `${name} follows the published schema`);
  }
  return { name, text };
}

/** Registers one static server and one browser for the test file; read them from the result. */
export function withApp() {
  const app = {};
  before(async () => {
    app.server = await serveDist();
    app.browser = await startBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
