// Builds Passerelle's compact geography resource from Etalab's @etalab/decoupage-administratif.
// Usage: npm install && node build.mjs   (writes ../../src/main/resources/territory/geography/*.csv.gz)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const data = (name) => require(`@etalab/decoupage-administratif/data/${name}.json`);
const out = new URL('../../src/main/resources/territory/geography/', import.meta.url);

const clean = (value) => String(value ?? '').replaceAll(';', ',').replaceAll('\n', ' ');
const write = (file, header, rows) => {
  const text = [header, ...rows.map((r) => r.map(clean).join(';'))].join('\n') + '\n';
  writeFileSync(new URL(file, out), gzipSync(text, { level: 9 }));
  console.log(`${file}: ${rows.length} rows`);
};

const epcis = data('epci');
const epciOfCommune = new Map();
for (const epci of epcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);

write('regions.csv.gz', 'code;name', data('regions').map((r) => [r.code, r.nom]));
write('departements.csv.gz', 'code;name;region', data('departements').map((d) => [d.code, d.nom, d.region]));
write('epci.csv.gz', 'siren;name;kind;population', epcis.map((e) => [e.code, e.nom, e.type, e.populationMunicipale]));
write(
  'communes.csv.gz',
  'code;name;departement;region;epci;population;postal_codes',
  data('communes')
    .filter((c) => c.type === 'commune-actuelle')
    .map((c) => [c.code, c.nom, c.departement, c.region, epciOfCommune.get(c.code), c.population, (c.codesPostaux ?? []).join(' ')]),
);

// The former communes each current commune absorbed (its "anciens codes" that no current commune bears), so that a
// commune created by a merger can inherit the classes a reference file gives the communes it joined.
const actuelles = data('communes').filter((c) => c.type === 'commune-actuelle');
const current = new Set(actuelles.map((c) => c.code));
write(
  'predecessors.csv.gz',
  'code;predecessor',
  actuelles.flatMap((c) => (c.anciensCodes ?? []).filter((old) => !current.has(old)).map((old) => [c.code, old])),
);
