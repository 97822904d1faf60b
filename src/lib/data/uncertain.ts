/** The uncertain facts of a record, in words, so the page flags each on the fact itself. */

/** What a field is, for a reader ("Uncertain: signature date"). */
const FIELD_LABEL: Readonly<Record<string, string>> = {
  signed: 'signature date',
  ratified: 'date of ratification or accession',
  ratificationType: 'type of instrument',
  entryIntoForce: 'entry into force',
  withdrawalNotified: 'whether a withdrawal was notified',
  withdrawalEffective: 'whether the withdrawal took effect',
  signatureWithdrawn: 'date the signature was withdrawn',
  declarations12_3: 'Article 12(3) declaration',
  announcements: 'announcement',
  start: 'date of the visit',
  end: 'date he left',
  city: 'place',
  lat: 'place',
  lon: 'place',
  event: 'what the visit was',
  reason: 'stated reason',
  warrantLink: 'link to the warrant',
  participation: 'how Russia took part',
  justification: 'stated reasons',
  courtStatus: 'the Court’s response',
  arrested: 'outcome',
  coverage: 'whether the Statute applies there',
  from: 'date the Statute began to apply there',
  issued: 'date of the warrant',
  decisions: 'the Court’s decisions',
  status: 'where he is now',
  charges: 'articles of the charges',
};

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
    .map(([field, reason]) => ({ field, label: FIELD_LABEL[field] ?? field, reason }));
}
