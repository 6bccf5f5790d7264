import { z } from 'zod';

/**
 * Chat channels: `team:<team id>` (a team's own room), `channel:<channel id>`
 * (a private line the scenario declares between teams) and `broadcast`
 * (Control to everybody). Control reads every channel.
 */
export const ChannelKey = z
  .string()
  .regex(
    /^(team:[a-z0-9-]+|channel:[a-z0-9-]+|broadcast)$/,
    'expected "team:<id>", "channel:<id>" or "broadcast"',
  );
export type ChannelKey = z.infer<typeof ChannelKey>;

export const ChatMessage = z.strictObject({
  id: z.string(),
  channel: ChannelKey,
  /** A player id, or "facilitator". */
  sender: z.string(),
  senderName: z.string(),
  text: z.string(),
  at: z.number(),
  move: z.number().int(),
  phase: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;
