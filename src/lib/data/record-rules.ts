/**
 * Rules every sourced record keeps, whatever its file: public notes read as statements for readers
 * (how the research went belongs in `research`); an uncertain fact is named, so the page can flag
 * that fact and no other; and the record's confidence agrees with what it marks uncertain.
 */
import { DataError } from './validate.ts';

/** Words that belong to how the research went, not to what a reader is told. */
const RESEARCH_WORDS =
  /\bmirrors?\b|notes-[a-z]+\.md|\.json\b|\bnull\b|search tool|sources? read\b|could not be (?:read|found)|not found in|read via|https?:\/\//i;

/** Fields that say how a record is known, not what it states: they cannot be flagged uncertain. */
const META = new Set(['notes', 'research', 'confidence', 'uncertain', 'sources']);

export interface Sourced {
  notes?: string;
  confidence?: 'high' | 'medium' | 'low';
  uncertain?: Readonly<Record<string, string>>;
}

/** Throws a DataError for the first rule `r` breaks; `name` is how messages name the record. */
export function checkSourcedRecord(r: Sourced, file: string, name: string): void {
  const fail = (field: string, detail: string): never => {
    throw new DataError(file, name, field, detail);
  };
  const leak = r.notes?.match(RESEARCH_WORDS);
  if (leak)
    fail('notes', `"${leak[0]}" reads like a research note: readers see "notes"; move it to "research"`);
  const flagged = Object.keys(r.uncertain ?? {});
  for (const field of flagged) {
    if (META.has(field) || !(field in r))
      fail(`uncertain.${field}`, `"${field}" is not a fact of this record that can be flagged uncertain`);
  }
  if (r.confidence && r.confidence !== 'high' && flagged.length === 0)
    fail('uncertain', `confidence "${r.confidence}" needs the uncertain fact named here, with the reason`);
  if (r.confidence === 'high' && flagged.length > 0)
    fail('confidence', `"high" cannot go with an uncertain fact (${flagged.join(', ')}): lower it`);
}
