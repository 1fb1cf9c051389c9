// Issue 14, item 5: every file the project ships validates against the published JSON Schema with
// an independent validator (ajv from npm): the voorbeelden, every casus and the casus index, the
// test fixtures of schema version 1. Files the browser tests export are checked as they are
// downloaded (harness.mjs, downloadOf). The schema is also served with the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fouten, soortVan } from './schema.mjs';
import { withApp, openApp } from './harness.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const json = (pad) => JSON.parse(readFileSync(pad, 'utf8'));
const inMap = (map) => readdirSync(join(ROOT, map)).filter((f) => f.endsWith('.json')).map((f) => join(map, f));

const app = withApp();

test('every voorbeeld, casus and fixture validates against the published schema', () => {
  const bestanden = [...inMap('public/voorbeelden'), ...inMap('public/casussen'), ...inMap('tests/fixtures/v1')];
  assert.ok(bestanden.length >= 3 + 13 + 6, `${bestanden.length} files`);
  const soorten = new Set();
  for (const pad of bestanden) {
    const inhoud = json(join(ROOT, pad));
    soorten.add(soortVan(inhoud));
    assert.deepEqual(fouten(inhoud), [], pad);
  }
  assert.deepEqual([...soorten].sort(), ['casus', 'casusindex', 'dossier']);
});

test('the schema refuses what the app refuses: another format, an unknown kind, a wrong type in an area', () => {
  const goed = json(join(ROOT, 'public/voorbeelden/loonwaarde.json'));
  assert.deepEqual(fouten(goed), []);
  const kopie = () => JSON.parse(JSON.stringify(goed));
  const anders = kopie();
  anders.format = 'iets-anders';
  assert.notDeepEqual(fouten(anders, 'dossier'), []);
  const soort = kopie();
  soort.kind = 'onbekend';
  assert.notDeepEqual(fouten(soort), []);
  const taak = kopie();
  taak.data.taken[0].uren = 24;
  assert.ok(fouten(taak).some((f) => f.includes('/data/taken/0/uren')), fouten(taak).join('; '));
  const titel = kopie();
  titel.title = 'x'.repeat(121);
  assert.notDeepEqual(fouten(titel), []);
  // A key of a later version is allowed: such a file still reads.
  const later = kopie();
  later.data.nieuw_veld = 'later';
  assert.deepEqual(fouten(later), []);
});

test('the app serves its schema at a stable address beside its pages', async () => {
  const { page, problems, context } = await openApp(app.browser, app.server.base);
  const schema = await page.evaluate(async () => (await fetch('schema/dossier.schema.json')).json());
  assert.equal(schema.$id, 'urn:werkwaarde:schema:dossier');
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(problems, []);
  await context.close();
});
