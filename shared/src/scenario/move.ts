import { z } from 'zod';
import { LocalizedText } from './primitives';

/** One round of play covering weeks or months of the crisis. Move 0 is the unscored practice move. */
export const Move = z
  .strictObject({
    number: z.number().int().min(0),
    period: LocalizedText,
    title: LocalizedText,
    situation: LocalizedText,
    practice: z.boolean().optional(),
  })
  .refine((move) => (move.number === 0) === (move.practice === true), {
    message: 'expected move 0, and only move 0, to be marked "practice: true"',
    path: ['practice'],
  });
export type Move = z.infer<typeof Move>;
