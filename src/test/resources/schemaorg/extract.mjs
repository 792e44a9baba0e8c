// Writes vocabulary.json from schema.org's N-Quads, as shipped by the npm package
// @zazuko/rdf-vocabularies (ontologies/schema.nq): node extract.mjs path/to/schema.nq
import { readFileSync, writeFileSync } from 'node:fs';

const SDO = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const quad = /^<([^>]+)> <([^>]+)> (<([^>]+)>|".*") <[^>]+> \.$/;

const types = {}, properties = {}, typesOf = {}, retired = new Set();
const add = (map, key, value) => (map[key] ??= []).push(value);
const local = (iri) => iri.startsWith(SDO) ? iri.slice(SDO.length) : null;

for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const m = quad.exec(line);
  if (!m || !m[4]) continue;
  const [s, p, o] = [local(m[1]), m[2], m[4]];
  if (s === null) continue;
  if (p === RDF_TYPE && o === RDFS + 'Class') types[s] ??= [];
  else if (p === RDF_TYPE && o === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property') properties[s] ??= [[], []];
  else if (p === RDF_TYPE && local(o)) add(typesOf, s, local(o));
  else if (p === RDFS + 'subClassOf' && local(o)) (types[s] ??= []).push(local(o));
  else if (p === SDO + 'domainIncludes') (properties[s] ??= [[], []])[0].push(local(o));
  else if (p === SDO + 'rangeIncludes') (properties[s] ??= [[], []])[1].push(local(o));
  else if (p === SDO + 'supersededBy' || (p === SDO + 'isPartOf' && o === 'http://attic.schema.org')) retired.add(s);
}
// Enumeration members (some, such as Oncologic, are classes too); data types left out.
const members = Object.fromEntries(Object.entries(typesOf)
  .filter(([, of]) => of.some((t) => t !== 'DataType'))
  .sort());
const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))
  .map(([k, v]) => [k, Array.isArray(v[0]) ? v.map((l) => [...l].sort()) : [...v].sort()]));
const out = { source: '@zazuko/rdf-vocabularies 2023.1.19, ontologies/schema.nq (2022-10-12)',
  types: sorted(types), properties: sorted(properties), members: sorted(members), retired: [...retired].sort() };
writeFileSync('vocabulary.json', JSON.stringify(out) + '\n');
