import type { ChatMessage } from '@borderline/shared';

export interface ChatSlice {
  /** Messages per channel key, oldest first, each id once. */
  byChannel: Record<string, ChatMessage[]>;
}

export const initialChat: ChatSlice = { byChannel: {} };

/** Where a message goes: after every message stamped no later (the server's order on ties). */
function insertInOrder(messages: readonly ChatMessage[], message: ChatMessage): ChatMessage[] {
  let index = messages.length;
  while (index > 0 && (messages[index - 1] as ChatMessage).at > message.at) index -= 1;
  return [...messages.slice(0, index), message, ...messages.slice(index)];
}

/**
 * A message from the `chat` event. The same message comes again in the next
 * view, and a resent command may echo it: ids already held are ignored.
 */
export function messageReceived(chat: ChatSlice, message: ChatMessage): ChatSlice {
  const messages = chat.byChannel[message.channel] ?? [];
  if (messages.some((held) => held.id === message.id)) return chat;
  return {
    byChannel: { ...chat.byChannel, [message.channel]: insertInOrder(messages, message) },
  };
}

const sameIds = (a: readonly ChatMessage[], b: readonly ChatMessage[]) =>
  a.length === b.length && a.every((message, index) => message.id === b[index]?.id);

/**
 * A view carries every message the recipient may read: it replaces what was
 * held, so the channels of a seat the player was moved from disappear. A
 * channel whose messages did not change keeps its array, so that a list
 * selecting it does not render again for every view.
 */
export function chatFromView(
  messages: readonly ChatMessage[],
  previous: ChatSlice = initialChat,
): ChatSlice {
  const next = messages.reduce(messageReceived, initialChat).byChannel;
  const byChannel: Record<string, ChatMessage[]> = {};
  for (const [channel, list] of Object.entries(next)) {
    const held = previous.byChannel[channel];
    byChannel[channel] = held !== undefined && sameIds(held, list) ? held : list;
  }
  return { byChannel };
}
