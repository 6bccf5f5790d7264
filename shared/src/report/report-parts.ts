import { z } from 'zod';

/**
 * The small pieces the after-action report is made of. The report is plain
 * JSON: scenario texts stay `{en, es}` (each reader picks a language), what
 * people wrote stays as written. No field is optional or defaulted, so that
 * parsing an exported report gives back exactly the report that was built.
 */

/** A scenario text in its languages (the scenario's LocalizedText, without trimming). */
export const ReportText = z.strictObject({ en: z.string(), es: z.string().optional() });
export type ReportText = z.infer<typeof ReportText>;

/** One track moved: the value before and after. */
export const ReportChange = z.strictObject({
  track: z.string(),
  from: z.number(),
  to: z.number(),
});
export type ReportChange = z.infer<typeof ReportChange>;

export const ReportTracks = z.record(z.string(), z.number());
export type ReportTracks = z.infer<typeof ReportTracks>;

export const ReportCard = z.strictObject({ id: z.string(), name: ReportText });
export type ReportCard = z.infer<typeof ReportCard>;

const Bound = z.number().nullable();

/**
 * One part of a condition as data, with the names it needs (a card's, an
 * inject's title; a track by its id, which the report's tracks name), so a
 * reader's page and the Markdown export word it in the reader's language.
 */
export const ReportFact = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('always') }),
  z.strictObject({
    type: z.literal('track'),
    track: z.string(),
    value: z.number().nullable(),
    atLeast: Bound,
    atMost: Bound,
  }),
  z.strictObject({ type: z.literal('move'), value: z.number(), atLeast: Bound, atMost: Bound }),
  z.strictObject({
    type: z.literal('action'),
    card: ReportCard,
    outcome: z.enum(['success', 'failure', 'any']),
    thisMove: z.boolean(),
  }),
  z.strictObject({ type: z.literal('inject'), inject: z.string(), title: ReportText }),
  z.strictObject({ type: z.literal('all') }),
  z.strictObject({ type: z.literal('any') }),
  z.strictObject({ type: z.literal('not') }),
]);
export type ReportFact = z.infer<typeof ReportFact>;

/** Why a condition held or not, as the engine explains it (objectives, endings). */
export interface ReportTrace {
  holds: boolean;
  /** The engine's sentence, in English: for records kept before `fact`. */
  text: string;
  /** The same part as data, for the reader's words (null in records kept before it). */
  fact: ReportFact | null;
  children: ReportTrace[];
}
export const ReportTrace: z.ZodType<ReportTrace> = z.lazy(() =>
  z.strictObject({
    holds: z.boolean(),
    text: z.string(),
    fact: ReportFact.nullable(),
    children: z.array(ReportTrace),
  }),
);

/** What moved a track: a played action, an inject, Control's override, or a dilemma's answer. */
export const ReportCause = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('action'),
    action: z.string(),
    team: z.string(),
    card: ReportCard.nullable(),
    /** A free-form action's description (null for a card). */
    freeform: z.string().nullable(),
    outcome: z.enum(['success', 'failure', 'vetoed', 'pending']),
  }),
  z.strictObject({ kind: z.literal('inject'), inject: z.string(), title: ReportText }),
  z.strictObject({ kind: z.literal('override'), reason: z.string() }),
  /** The world moving by itself after the move (a scenario dynamic). */
  z.strictObject({ kind: z.literal('dynamic'), dynamic: z.string(), text: ReportText }),
  z.strictObject({
    kind: z.literal('dilemma'),
    team: z.string(),
    option: z.string().nullable(),
    label: ReportText.nullable(),
  }),
]);
export type ReportCause = z.infer<typeof ReportCause>;

export const ReportTeam = z.strictObject({
  id: z.string(),
  name: ReportText,
  role: ReportText,
  color: z.string().nullable(),
});
export type ReportTeam = z.infer<typeof ReportTeam>;

export const ReportTrack = z.strictObject({
  id: z.string(),
  name: ReportText,
  min: z.number(),
  max: z.number(),
  start: z.number(),
  /** A ladder's named rungs (the escalation ladder); null for a plain range. */
  steps: z.array(z.strictObject({ value: z.number(), label: ReportText })).nullable(),
});
export type ReportTrack = z.infer<typeof ReportTrack>;

export const LearningObjectiveKind = z.enum(['knowledge', 'skill', 'attitude']);

/** Where an inject comes from: the article's citation, the line and the excerpt. */
export const ReportCitation = z.strictObject({
  publication: z.string(),
  title: z.string(),
  author: z.string(),
  year: z.number(),
  line: z.number(),
  excerpt: z.string(),
});
export type ReportCitation = z.infer<typeof ReportCitation>;

export const ReportQuestion = z.strictObject({
  /** "all", or the team the question is for. */
  team: z.string(),
  text: ReportText,
});
export type ReportQuestion = z.infer<typeof ReportQuestion>;
