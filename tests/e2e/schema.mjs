// The published JSON Schema (public/schema/, generated from the Rust types) loaded into ajv, an
// independent validator from npm. `valideer` checks a file Werkwaarde reads or writes: a dossier,
// a backup, a casus pack, an answer file, a casus or the casus index, chosen by what the file says it is.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const MAP = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'schema');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// The integer formats schemars writes for Rust's unsigned types: checked, not ignored.
for (const [naam, max] of [['uint8', 2 ** 8 - 1], ['uint32', 2 ** 32 - 1], ['uint64', Infinity], ['uint', Infinity]]) {
  ajv.addFormat(naam, { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= max });
}
for (const bestand of readdirSync(MAP)) ajv.addSchema(JSON.parse(readFileSync(join(MAP, bestand), 'utf8')));

const id = (naam) => `urn:werkwaarde:schema:${naam}`;

/** The schema a file is meant to follow, by its own `format` (or shape, for casussen). */
export function soortVan(json) {
  if (json?.format === 'werkwaarde-dossier') return 'dossier';
  if (json?.format === 'werkwaarde-backup') return 'backup';
  if (json?.format === 'werkwaarde-casuspakket') return 'casuspakket';
  if (json?.format === 'werkwaarde-antwoorden') return 'antwoordbestand';
  if (Array.isArray(json)) return 'casusindex';
  if (json?.gouden_standaard !== undefined) return 'casus';
  return null;
}

/** The errors of `json` against schema `naam` (default: what the file says it is); [] when valid. */
export function fouten(json, naam = soortVan(json)) {
  if (!naam) return ['not a file of a kind Werkwaarde publishes a schema for'];
  const valideer = ajv.getSchema(id(naam));
  if (valideer(json)) return [];
  return valideer.errors.map((f) => `${naam}${f.instancePath} ${f.message}`);
}
