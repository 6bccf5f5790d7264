import {
  LIMITS,
  mayReadChannel,
  mayWriteChannel,
  type Recipient,
  type Scenario,
} from '@borderline/shared';
import type { ServiceErrorCode } from './service-error';

export const MAX_MESSAGE_LENGTH = LIMITS.chatText;

export type ChatCheck = { ok: true } | { ok: false; code: ServiceErrorCode; message: string };

/**
 * Who may post where, by the protocol's channel rules (shared with the
 * browser): a team member in its team's room and on the lines its team
 * belongs to; only Control broadcasts, and Control may post anywhere;
 * observers only read. Each refusal says why.
 */
export function checkPost(scenario: Scenario, sender: Recipient, channel: string): ChatCheck {
  if (!mayReadChannel(scenario, { kind: 'facilitator' }, channel)) {
    return { ok: false, code: 'unknown-channel', message: `There is no channel "${channel}".` };
  }
  if (mayWriteChannel(scenario, sender, channel)) return { ok: true };
  if (sender.kind === 'observer') {
    return { ok: false, code: 'observer', message: 'Observers read the chat; they do not post.' };
  }
  if (channel === 'broadcast') {
    return { ok: false, code: 'channel-forbidden', message: 'Only Control broadcasts.' };
  }
  return {
    ok: false,
    code: 'channel-forbidden',
    message: `Your team does not take part in ${channel}.`,
  };
}

/** A message's text, trimmed, or why it cannot be posted (empty or too long). */
export function checkMessageText(
  text: string,
): { ok: true; text: string } | { ok: false; code: 'invalid-text'; message: string } {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') {
    return { ok: false, code: 'invalid-text', message: 'The message is empty.' };
  }
  if (trimmed.length > MAX_MESSAGE_LENGTH) {
    return {
      ok: false,
      code: 'invalid-text',
      message: `A message has at most ${MAX_MESSAGE_LENGTH} characters.`,
    };
  }
  return { ok: true, text: trimmed };
}
