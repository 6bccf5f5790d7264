import { z } from 'zod';
import { Condition } from './condition';
import { Effect } from './effect';
import { Id, LocalizedText } from './primitives';

export const INJECT_KINDS = ['news', 'intelligence-brief', 'leak', 'cable', 'statement'] as const;
export const InjectKind = z.enum(INJECT_KINDS);
export type InjectKind = z.infer<typeof InjectKind>;

/** Where a card comes from: one line of the source article and a short excerpt of it. */
export const InjectSource = z.strictObject({
  line: z.number().int().min(1),
  excerpt: z
    .string()
    .trim()
    .min(3)
    .max(240, 'expected an excerpt of at most 240 characters (one sentence)')
    .refine((text) => !/[.!?]["”’)]?\s+["“‘(]?[A-Z]/.test(text), {
      message: 'expected at most one sentence',
    }),
  /** The excerpt in the other languages, shown marked as a translation. */
  translation: z.strictObject({ es: z.string().trim().min(3).max(300) }).optional(),
});
export type InjectSource = z.infer<typeof InjectSource>;

/** A further source a card draws on, and what the card takes from it, in the product's words. */
export const AlsoCites = z.strictObject({ source: Id, finding: LocalizedText });
export type AlsoCites = z.infer<typeof AlsoCites>;

export const ReleaseRule = z.discriminatedUnion('type', [
  /** Released when the given move opens. */
  z.strictObject({ type: z.literal('scheduled'), move: z.number().int().min(0) }),
  /**
   * Released after an adjudication once "when" holds, or when an action
   * names it among its triggers; never before "fromMove".
   */
  z.strictObject({
    type: z.literal('triggered'),
    when: Condition.optional(),
    fromMove: z.number().int().min(0).optional(),
  }),
  /** Only the facilitator releases it. */
  z.strictObject({ type: z.literal('manual') }),
]);
export type ReleaseRule = z.infer<typeof ReleaseRule>;

export const TeamOrAll = z.union([z.literal('all'), Id]);

export const InjectCard = z.strictObject({
  id: Id,
  title: LocalizedText,
  /**
   * In-world date, e.g. "2026-01-15" or "2026-03". A card released by a
   * trigger or by Control may leave it out: it then takes the first month of
   * the move that releases it (see `injectDate`).
   */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected an in-world date such as "2026-01-15" or "2026-03"')
    .optional(),
  kind: InjectKind,
  /** Who it claims to come from (a newspaper, an embassy, the Palace), for the events list. */
  from: LocalizedText,
  audience: z.union([z.literal('all'), z.array(Id).min(1)]),
  body: LocalizedText,
  source: InjectSource,
  alsoCites: z.array(AlsoCites).default([]),
  /**
   * A card that carries the scenario's concluding themes: if the play ends
   * (early, or in a short format) before it was shown, the debrief shows it.
   */
  concluding: z.boolean().optional(),
  effects: z.array(Effect).default([]),
  release: ReleaseRule,
  questions: z
    .array(z.strictObject({ team: TeamOrAll, text: LocalizedText }))
    .min(1, 'expected at least one discussion question'),
  objectives: z.array(Id).min(1, 'expected at least one learning objective'),
  expectedActions: z.array(z.strictObject({ team: TeamOrAll, text: LocalizedText })).default([]),
});
export type InjectCard = z.infer<typeof InjectCard>;

/** The in-world date a card shows when released in `move`: its own, or the move's first month. */
export function injectDate(
  card: Pick<InjectCard, 'date'>,
  move: { months?: { from: string } | undefined } | undefined,
): string {
  return card.date ?? move?.months?.from ?? '';
}
