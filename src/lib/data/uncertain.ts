/** The uncertain facts of a record, in words, so the page flags each on the fact itself. */
import { t } from '../i18n/current.ts';

export interface Uncertainty {
  field: string;
  label: string;
  reason: string;
}

/** The uncertain facts of `record` (only `fields`, when given), each with its label and reason. */
export function uncertainties(
  record: { uncertain?: Readonly<Record<string, string>> },
  fields?: readonly string[],
): Uncertainty[] {
  return Object.entries(record.uncertain ?? {})
    .filter(([field]) => !fields || fields.includes(field))
    .map(([field, reason]) => ({
      field,
      // What a field is, for a reader ("Uncertain: signature date").
      label: (t.panel.field as Readonly<Record<string, string>>)[field] ?? field,
      reason,
    }));
}
