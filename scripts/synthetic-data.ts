/**
 * Writes a copy of data/ with `n` synthetic trips added (for benchmarks only; never facts): valid
 * records, spread over the warrant period, to capitals-ish points across the inhabited world.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic random generator, so every run draws the same trips. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeSyntheticData(n: number, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  cpSync('data', outDir, { recursive: true });
  const trips = JSON.parse(readFileSync('data/trips.json', 'utf8'));
  const countries = JSON.parse(readFileSync('data/countries.json', 'utf8')).countries as { iso3: string }[];
  const rand = mulberry32(n);
  const start = Date.parse('2023-03-18T00:00:00Z');
  const end = Date.parse(`${trips.asOf}T00:00:00Z`);
  for (let i = 0; i < n; i++) {
    const day = new Date(start + rand() * (end - start)).toISOString().slice(0, 10);
    trips.trips.push({
      id: `synthetic-${String(i).padStart(5, '0')}`,
      start: day,
      end: day,
      iso3: countries[Math.floor(rand() * countries.length)].iso3,
      city: `Synthetic ${i}`,
      lat: Math.round((rand() * 110 - 45) * 100) / 100,
      lon: Math.round((rand() * 340 - 170) * 100) / 100,
      event: 'Synthetic benchmark trip',
      kind: 'other',
      from: null,
      occupiedUkraine: false,
      notes: 'Not a fact: generated for a benchmark.',
      confidence: 'high',
      sources: [{ url: 'https://example.org/synthetic', title: 'Synthetic' }],
    });
  }
  writeFileSync(join(outDir, 'trips.json'), JSON.stringify(trips));
  // The synthetic source's publisher: a benchmark, never a fact.
  const publishers = JSON.parse(readFileSync('data/publishers.json', 'utf8'));
  publishers.publishers.push({
    id: 'synthetic',
    name: 'Synthetic (benchmark)',
    kind: 'reference',
    domains: ['example.org'],
  });
  writeFileSync(join(outDir, 'publishers.json'), JSON.stringify(publishers));
  return outDir;
}
