import { z } from 'zod';
import { Id } from './primitives';

/**
 * A question about the world, used by objectives, endings, triggers, odds
 * modifiers and prerequisites. Plain data so that the checker can prove it
 * satisfiable and the engine can explain why it held.
 */
export type Condition =
  | { type: 'always' }
  | { type: 'track'; track: string; atLeast?: number | undefined; atMost?: number | undefined }
  | {
      type: 'action';
      action: string;
      outcome?: 'success' | 'failure' | 'any' | undefined;
      within?: 'move' | 'exercise' | undefined;
    }
  | { type: 'inject'; inject: string }
  | { type: 'move'; atLeast?: number | undefined; atMost?: number | undefined }
  | { type: 'all'; of: Condition[] }
  | { type: 'any'; of: Condition[] }
  | { type: 'not'; condition: Condition };

const bounded = <T extends { atLeast?: number | undefined; atMost?: number | undefined }>(
  value: T,
) => value.atLeast !== undefined || value.atMost !== undefined;
const boundedMessage = { message: 'expected "atLeast", "atMost" or both' };
const ordered = <T extends { atLeast?: number | undefined; atMost?: number | undefined }>(
  value: T,
) => value.atLeast === undefined || value.atMost === undefined || value.atLeast <= value.atMost;
const orderedMessage = { message: 'expected "atLeast" to be no greater than "atMost"' };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('always') }),
    z
      .strictObject({
        type: z.literal('track'),
        track: Id,
        atLeast: z.number().int().optional(),
        atMost: z.number().int().optional(),
      })
      .refine(bounded, boundedMessage)
      .refine(ordered, orderedMessage),
    z.strictObject({
      type: z.literal('action'),
      action: Id,
      outcome: z.enum(['success', 'failure', 'any']).optional(),
      within: z.enum(['move', 'exercise']).optional(),
    }),
    z.strictObject({ type: z.literal('inject'), inject: Id }),
    z
      .strictObject({
        type: z.literal('move'),
        atLeast: z.number().int().min(0).optional(),
        atMost: z.number().int().min(0).optional(),
      })
      .refine(bounded, boundedMessage)
      .refine(ordered, orderedMessage),
    z.strictObject({ type: z.literal('all'), of: z.array(Condition).min(1) }),
    z.strictObject({ type: z.literal('any'), of: z.array(Condition).min(1) }),
    z.strictObject({ type: z.literal('not'), condition: Condition }),
  ]),
);
