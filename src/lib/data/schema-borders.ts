/** The shape of data/borders.json: the border policy the reader sees, and the rules the geometry build applies. */
import * as v from 'valibot';
import { Text } from './schema.ts';

const Code = v.pipe(
  v.string('must be text'),
  v.regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3 or the atlas’s own code)'),
);
const LonLat = v.tuple([
  v.pipe(v.number('must be a number'), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number('must be a number'), v.minValue(-90), v.maxValue(90)),
]);

export const BordersFileSchema = v.strictObject({
  /** Where the geometry comes from, for the dialog's small print. */
  description: Text,
  /** The policy, one sentence a line, as the "How borders are drawn" dialog shows it. */
  policy: v.pipe(v.array(Text), v.minLength(1, 'must say how borders are drawn')),
  /** Areas the atlas draws that the map leaves out. */
  drop: v.array(Code),
  /** Areas drawn as part of another (Somaliland → Somalia). */
  mergeInto: v.record(Code, Code),
  /** Areas drawn without a country (Siachen). */
  noIso3: v.array(Code),
  /** Names the map uses in place of the atlas's. */
  names: v.record(Code, Text),
  /** Countries smaller than this (km²) get a clickable symbol at world zoom. */
  smallStateKm2: v.pipe(v.number('must be a number'), v.minValue(1, 'must be positive')),
  /** Where a small state's symbol goes when its centroid will not do. */
  symbolAt: v.record(Code, LonLat),
});
export type BordersFile = v.InferOutput<typeof BordersFileSchema>;
