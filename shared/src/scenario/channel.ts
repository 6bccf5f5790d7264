import { z } from 'zod';
import { Id, LocalizedText } from './primitives';

/**
 * A private chat line between teams (each team also has its own channel, and
 * Control reads every channel). Only the member teams see it.
 */
export const Channel = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedText,
  members: z.array(Id).min(2, 'expected at least two member teams'),
});
export type Channel = z.infer<typeof Channel>;
