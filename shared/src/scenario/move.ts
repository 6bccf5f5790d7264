import { z } from 'zod';
import { LocalizedText } from './primitives';

const YearMonth = z.string().regex(/^\d{4}-\d{2}$/, 'expected a month such as "2026-01"');

/** One round of play covering weeks or months of the crisis. Move 0 is the unscored practice move. */
export const Move = z
  .strictObject({
    number: z.number().int().min(0),
    period: LocalizedText,
    title: LocalizedText,
    situation: LocalizedText,
    practice: z.boolean().optional(),
    /** The in-world months the move covers, for checking the cards' dates. */
    months: z
      .strictObject({ from: YearMonth, to: YearMonth })
      .refine((months) => months.from <= months.to, {
        message: 'expected "from" to be no later than "to"',
      })
      .optional(),
  })
  .refine((move) => (move.number === 0) === (move.practice === true), {
    message: 'expected move 0, and only move 0, to be marked "practice: true"',
    path: ['practice'],
  });
export type Move = z.infer<typeof Move>;
