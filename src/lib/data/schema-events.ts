/** The shapes of the event files: warrants, trips, avoided visits, outcomes, obligations. */
import * as v from 'valibot';
import { Confidence, IsoDate, OptionalDate, Research, Sources, Text, Uncertainties } from './schema.ts';

/** A record whose unknown fields are errors (a misspelt field must not vanish silently). */
const record = <E extends v.ObjectEntries>(entries: E) => v.strictObject(entries);

const Iso3 = v.pipe(
  v.string('must be text'),
  v.regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)'),
);
const Id = v.pipe(
  v.string('must be text'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
);
const Lat = v.pipe(
  v.number('must be a number'),
  v.minValue(-90, 'must be ≥ −90'),
  v.maxValue(90, 'must be ≤ 90'),
);
const Lon = v.pipe(
  v.number('must be a number'),
  v.minValue(-180, 'must be ≥ −180'),
  v.maxValue(180, 'must be ≤ 180'),
);
const Place = record({ city: Text, lat: Lat, lon: Lon });
const Notes = v.string('must be text');
/** What every sourced record carries besides its facts: public notes, research notes, confidence, uncertain facts, sources. */
const SOURCED = {
  notes: Notes,
  research: Research,
  confidence: Confidence,
  uncertain: Uncertainties,
  sources: Sources,
};

/** Where a person the Court has a warrant for is now, as the sources say. */
export const PERSON_STATUS = [
  'at large',
  'in ICC custody',
  'held by a state, not surrendered',
  'deceased',
] as const;

export const WarrantSchema = record({
  id: Id,
  /** The person's id (several warrants can name one person); trips and precedents name it. */
  personId: Id,
  person: Text,
  status: v.picklist(PERSON_STATUS, `must be one of: ${PERSON_STATUS.join(', ')}`),
  role: Text,
  issued: IsoDate,
  chamber: Text,
  situation: Text,
  charges: v.pipe(
    v.array(record({ text: Text, articles: v.array(Text, 'must be a list') }), 'must be a list'),
    v.minLength(1, 'needs at least one charge'),
  ),
  responsibility: v.string('must be text'),
  public: OptionalDate,
  ...SOURCED,
});

export const TRIP_KINDS = [
  'state visit',
  'official visit',
  'working visit',
  'summit',
  'occupied territory',
  'other',
] as const;

/** What a trip and an avoided visit share: when, where, what. */
const EVENT_ENTRIES = {
  id: Id,
  start: IsoDate,
  end: IsoDate,
  iso3: Iso3,
  city: Text,
  lat: Lat,
  lon: Lon,
  event: Text,
};

export const TripSchema = record({
  ...EVENT_ENTRIES,
  /** Whose trip it is: a `personId` in warrants.json. */
  person: Id,
  kind: v.picklist(TRIP_KINDS, `must be one of: ${TRIP_KINDS.join(', ')}`),
  /** Where he came from when it was not Russia (null: Moscow). */
  from: v.nullable(Place),
  occupiedUkraine: v.boolean('must be true or false'),
  ...SOURCED,
});

export const AvoidedSchema = record({
  ...EVENT_ENTRIES,
  participation: Text,
  reason: Text,
  /** Whether the warrant was given as the reason: by Russia or the host ("stated"), by the press ("reported"), or not at all. */
  warrantLink: v.picklist(
    ['stated', 'reported', 'not stated'],
    'must be "stated", "reported" or "not stated"',
  ),
  ...SOURCED,
});

export const OutcomeSchema = record({
  iso3: Iso3,
  /** The day of the official programme; visitStart–visitEnd is the whole stay. */
  visit: IsoDate,
  visitStart: IsoDate,
  visitEnd: IsoDate,
  place: Text,
  arrested: v.boolean('must be true or false'),
  justification: Text,
  court: v.array(
    record({
      date: IsoDate,
      body: Text,
      decision: Text,
      reference: v.nullable(v.string('must be text')),
      sources: Sources,
    }),
    'must be a list',
  ),
  courtStatus: v.picklist(
    ['finding', 'pending', 'none-known'],
    'must be "finding", "pending" or "none-known"',
  ),
  reactions: v.array(record({ who: Text, date: IsoDate, summary: Text, sources: Sources }), 'must be a list'),
  ...SOURCED,
});

/** What the Court did after a visit: one decision (or judgment) of a Chamber. */
export const DECISION_KINDS = ['request', 'informed', 'finding', 'no finding', 'appeal', 'other'] as const;
export const REFERRALS = [
  'ASP and Security Council',
  'Security Council',
  'ASP',
  'none',
  'not applicable',
] as const;

export const PrecedentDecisionSchema = record({
  date: IsoDate,
  body: Text,
  /** request: to arrest or to explain; informed: the Security Council and the ASP told, no finding;
   * finding: non-compliance under article 87(7); no finding; appeal: an Appeals Chamber judgment; other. */
  kind: v.picklist(DECISION_KINDS, `must be one of: ${DECISION_KINDS.join(', ')}`),
  holding: Text,
  referral: v.picklist(REFERRALS, `must be one of: ${REFERRALS.join(', ')}`),
  /** What the decision held on head-of-state immunity, where it did (the line the Mongolia finding follows). */
  immunity: v.nullable(Text),
  reference: v.nullable(v.string('must be text')),
  sources: Sources,
});

export const PRECEDENT_OUTCOMES = [
  'not arrested',
  'arrested and surrendered',
  'arrested, then released',
] as const;

/** Another suspect's visit to a State Party, or an arrest by a state, and what the Court did. */
export const PrecedentSchema = record({
  ...EVENT_ENTRIES,
  /** Whose visit: a `personId` in warrants.json. */
  person: Id,
  outcome: v.picklist(PRECEDENT_OUTCOMES, `must be one of: ${PRECEDENT_OUTCOMES.join(', ')}`),
  /** What happened, in a sentence or two. */
  summary: Text,
  decisions: v.array(PrecedentDecisionSchema, 'must be a list'),
  ...SOURCED,
});

export const ObligationSchema = record({
  id: Id,
  article: Text,
  title: Text,
  plain: Text,
  legal: Text,
  sources: Sources,
});

export const LessonStepSchema = record({
  id: Id,
  /** The map's date at this step; null: today. */
  date: OptionalDate,
  view: record({
    center: v.tuple([Lon, Lat], 'must be [longitude, latitude]'),
    zoom: v.pipe(v.number('must be a number'), v.minValue(0, 'must be ≥ 0'), v.maxValue(9, 'must be ≤ 9')),
  }),
  country: v.nullable(Iso3),
  trip: v.nullable(Id),
  /** What the teacher reads out; "{parties}" becomes the number of States Parties on the step's date. */
  caption: Text,
  /** A question asked before the outcome is shown; the caption shows until the teacher reveals `reveal`. */
  predict: v.nullable(Text),
  reveal: v.nullable(Text),
  notes: Text,
  /** A step the teacher may skip (shown as optional). */
  optional: v.optional(v.boolean('must be true or false')),
  /** The step shows the Precedents layer (other suspects' visits). */
  precedents: v.optional(v.boolean('must be true or false')),
  sources: Sources,
});

/** Every file opens with these; a misspelt top-level key is an error too (strictObject). */
const header = { asOf: IsoDate, description: v.optional(v.string('must be text')) };
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'must be a list');

export const WarrantsFileSchema = v.strictObject({ ...header, warrants: list(WarrantSchema) });
export const PrecedentsFileSchema = v.strictObject({ ...header, visits: list(PrecedentSchema) });
export const TripsFileSchema = v.strictObject({ ...header, trips: list(TripSchema) });
export const AvoidedFileSchema = v.strictObject({ ...header, avoided: list(AvoidedSchema) });
export const OutcomesFileSchema = v.strictObject({ ...header, outcomes: list(OutcomeSchema) });
export const ObligationsFileSchema = v.strictObject({ ...header, obligations: list(ObligationSchema) });
export const LessonFileSchema = v.strictObject({ ...header, title: Text, steps: list(LessonStepSchema) });

export type Warrant = v.InferOutput<typeof WarrantSchema>;
export type Trip = v.InferOutput<typeof TripSchema>;
export type Precedent = v.InferOutput<typeof PrecedentSchema>;
export type PrecedentDecision = v.InferOutput<typeof PrecedentDecisionSchema>;
export type Avoided = v.InferOutput<typeof AvoidedSchema>;
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
export type Obligation = v.InferOutput<typeof ObligationSchema>;
export type LessonStep = v.InferOutput<typeof LessonStepSchema>;
export type Lesson = v.InferOutput<typeof LessonFileSchema>;
