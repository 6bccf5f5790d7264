import { z } from 'zod';
import { BOT_TEMPERAMENTS } from '../protocol/bot-rationale';
import {
  ReportCard,
  ReportChange,
  ReportCitation,
  ReportQuestion,
  ReportText,
  ReportTracks,
} from './report-parts';

/** How an inject came out: on schedule, by Control's hand, after an action, or when a condition held. */
export const ReportReleaseCause = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scheduled') }),
  z.strictObject({ kind: z.literal('facilitator') }),
  z.strictObject({
    kind: z.literal('action'),
    action: z.string(),
    team: z.string(),
    card: ReportCard.nullable(),
  }),
  z.strictObject({ kind: z.literal('condition') }),
  z.strictObject({ kind: z.literal('debrief') }),
]);
export type ReportReleaseCause = z.infer<typeof ReportReleaseCause>;

/** A further source an inject draws on (a report, an earlier exercise), and what it takes from it. */
export const ReportAlsoCites = z.strictObject({
  id: z.string(),
  publication: z.string(),
  title: z.string(),
  author: z.string(),
  year: z.number(),
  finding: ReportText,
});
export type ReportAlsoCites = z.infer<typeof ReportAlsoCites>;

/**
 * The article's citation, the excerpt's translations and the further sources.
 * Both are optional, so that reports written before them still parse.
 */
export const ReportInjectCitation = ReportCitation.extend({
  translation: z.strictObject({ es: z.string() }).optional(),
  alsoCites: z.array(ReportAlsoCites).optional(),
});
export type ReportInjectCitation = z.infer<typeof ReportInjectCitation>;

/** A released inject card, where it comes from and what it did. */
export const ReportInject = z.strictObject({
  id: z.string(),
  title: ReportText,
  /** In-world date, e.g. "2026-01-15". */
  date: z.string(),
  kind: z.string(),
  from: ReportText,
  audience: z.union([z.literal('all'), z.array(z.string())]),
  body: ReportText,
  move: z.number(),
  at: z.number(),
  // Null only in a view that hides the cause (never the facilitator's).
  cause: ReportReleaseCause.nullable(),
  changes: z.array(ReportChange),
  citation: ReportInjectCitation,
  questions: z.array(ReportQuestion),
  /** Learning objective ids. */
  objectives: z.array(z.string()),
});
export type ReportInject = z.infer<typeof ReportInject>;

/** How one action was adjudicated: odds, the roll, the outcome and what it changed. */
export const ReportResult = z.strictObject({
  /** The chance of success in percent; null while undecided or when vetoed. */
  odds: z.number().nullable(),
  base: z.number().nullable(),
  /** The odds modifiers that applied. */
  modifiers: z.array(z.strictObject({ delta: z.number(), reason: ReportText })),
  /** 1..100, success when roll <= odds; null when the outcome was certain. */
  roll: z.number().nullable(),
  outcome: z.enum(['success', 'failure', 'vetoed', 'pending']),
  /** Control decided the outcome instead of the roll. */
  override: z
    .strictObject({ outcome: z.enum(['success', 'failure']), reason: z.string() })
    .nullable(),
  /** Control's ruling on a free-form action. */
  ruling: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('odds'), odds: z.number(), reason: z.string() }),
      z.strictObject({ kind: z.literal('veto'), reason: z.string() }),
    ])
    .nullable(),
  costs: z.array(ReportChange),
  effects: z.array(ReportChange),
  /** The injects the outcome set off. */
  triggers: z.array(z.strictObject({ id: z.string(), title: ReportText })),
  text: ReportText.nullable(),
});
export type ReportResult = z.infer<typeof ReportResult>;

export const ReportAction = z.strictObject({
  id: z.string(),
  card: ReportCard.nullable(),
  freeform: z.strictObject({ description: z.string(), reasons: z.array(z.string()) }).nullable(),
  visibility: z.enum(['public', 'covert']),
  /** A covert action an outcome made public. */
  revealed: z.boolean(),
  /** Null until the move was adjudicated (an exercise ended mid-move). */
  result: ReportResult.nullable(),
});
export type ReportAction = z.infer<typeof ReportAction>;

export const ReportDecision = z.strictObject({
  team: z.string(),
  /** Position in the move's order of submission (0 = first). */
  order: z.number(),
  at: z.number(),
  kind: z.enum(['actions', 'freeform', 'hold']),
  holdReason: z.enum(['chosen', 'deadline', 'skipped']).nullable(),
  actions: z.array(ReportAction),
  rationale: z.string(),
  /** A bot's decision: its temperament, so the rationale is told in the reader's language. */
  botTemperament: z.enum(BOT_TEMPERAMENTS).nullable(),
  statement: z.string().nullable(),
});
export type ReportDecision = z.infer<typeof ReportDecision>;

export const ReportOverride = z.strictObject({
  at: z.number(),
  kind: z.enum(['outcome', 'track', 'freeform-odds', 'veto']),
  target: z.string(),
  from: z.union([z.string(), z.number()]).nullable(),
  to: z.union([z.string(), z.number()]),
  reason: z.string(),
});
export type ReportOverride = z.infer<typeof ReportOverride>;

export const ReportNote = z.strictObject({
  move: z.number(),
  phase: z.string(),
  at: z.number(),
  text: z.string(),
});
export type ReportNote = z.infer<typeof ReportNote>;

/** One move: what came in, what each team did, how it was adjudicated, what Control noted. */
export const ReportMove = z.strictObject({
  move: z.number(),
  practice: z.boolean(),
  title: ReportText.nullable(),
  period: ReportText.nullable(),
  injects: z.array(ReportInject),
  decisions: z.array(ReportDecision),
  overrides: z.array(ReportOverride),
  /** Tracks Control set by hand during the review, with the reason. */
  trackOverrides: z.array(ReportChange.extend({ reason: z.string() })),
  narrative: z.array(ReportNote),
  /** When the move's results were published; null if the move was never adjudicated. */
  publishedAt: z.number().nullable(),
  tracksBefore: ReportTracks.nullable(),
  tracksAfter: ReportTracks.nullable(),
});
export type ReportMove = z.infer<typeof ReportMove>;
