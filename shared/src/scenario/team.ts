import { z } from 'zod';
import { Condition } from './condition';
import { Id, LocalizedText } from './primitives';

/** A team's goal, scored from the tracks when the exercise ends. */
export const TeamObjective = z.strictObject({
  id: Id,
  text: LocalizedText,
  visibility: z.enum(['public', 'secret']),
  weight: z.number().int().min(1).max(3),
  target: Condition,
});
export type TeamObjective = z.infer<typeof TeamObjective>;

export const Team = z.strictObject({
  id: Id,
  name: LocalizedText,
  role: LocalizedText,
  publicBriefing: LocalizedText,
  secretBriefing: LocalizedText,
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, 'expected a colour such as "#1f4e79"')
    .optional(),
  objectives: z.array(TeamObjective).min(1),
});
export type Team = z.infer<typeof Team>;
