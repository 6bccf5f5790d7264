import { describe, expect, it } from 'vitest';
import { chatFromView, initialChat, messageReceived } from '../../../client/src/state/chat-slice';
import { chatMessage } from './client-fixtures';

const ids = (messages: { id: string }[] | undefined) => (messages ?? []).map(({ id }) => id);

describe('the chat slice', () => {
  it('groups messages by channel, oldest first, whatever order they arrive in', () => {
    const chat = [
      chatMessage('m-3', 300),
      chatMessage('m-1', 100),
      chatMessage('c-1', 150, 'channel:washington-mexico-city'),
      chatMessage('m-2', 200),
    ].reduce(messageReceived, initialChat);
    expect(ids(chat.byChannel['team:washington'])).toEqual(['m-1', 'm-2', 'm-3']);
    expect(ids(chat.byChannel['channel:washington-mexico-city'])).toEqual(['c-1']);
  });

  it('keeps the order of arrival for messages stamped the same millisecond', () => {
    const chat = [chatMessage('m-10', 100), chatMessage('m-9', 100), chatMessage('m-0', 50)].reduce(
      messageReceived,
      initialChat,
    );
    expect(ids(chat.byChannel['team:washington'])).toEqual(['m-0', 'm-10', 'm-9']);
  });

  it('holds each id once: a message seen again (event, then view; a resend) changes nothing', () => {
    const once = messageReceived(initialChat, chatMessage('m-1', 100));
    expect(messageReceived(once, chatMessage('m-1', 100))).toBe(once);
    const fromView = chatFromView([chatMessage('m-1', 100), chatMessage('m-1', 100)]);
    expect(ids(fromView.byChannel['team:washington'])).toEqual(['m-1']);
  });

  it('takes a view’s messages as the whole truth: channels the seat no longer reads go', () => {
    const before = messageReceived(initialChat, chatMessage('m-1', 100, 'team:cartels'));
    const after = chatFromView([chatMessage('m-2', 200)]);
    expect(after.byChannel['team:cartels']).toBeUndefined();
    expect(ids(after.byChannel['team:washington'])).toEqual(['m-2']);
    expect(ids(before.byChannel['team:cartels'])).toEqual(['m-1']);
  });

  it('keeps a channel’s array when a view brings the same messages, for selectors', () => {
    const held = chatFromView([chatMessage('m-1', 100), chatMessage('c-1', 100, 'broadcast')]);
    const same = chatFromView(
      [chatMessage('m-1', 100), chatMessage('c-1', 100, 'broadcast')],
      held,
    );
    expect(same.byChannel['team:washington']).toBe(held.byChannel['team:washington']);
    const more = chatFromView([chatMessage('m-1', 100), chatMessage('m-2', 200)], held);
    expect(more.byChannel['team:washington']).not.toBe(held.byChannel['team:washington']);
    expect(more.byChannel.broadcast).toBeUndefined();
  });
});
