import type { Ack, ClientCommand, CommandReceipt } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { CommandQueue } from '../../../client/src/connection/command-queue';

/** A wire that records what was sent and lets the test answer (or lose) each send. */
function fakeWire() {
  const sent: { command: ClientCommand; answer: (ack: Ack<CommandReceipt>) => void }[] = [];
  const queue = new CommandQueue((command, answer) => sent.push({ command, answer }));
  const ok = (commandId: string, duplicate = false): Ack<CommandReceipt> => ({
    ok: true,
    data: { commandId, duplicate },
  });
  return { sent, queue, ok };
}

describe('the command queue', () => {
  it('gives each command a protocol-valid id and resolves with its Ack', async () => {
    const { sent, queue, ok } = fakeWire();
    queue.connected();
    const answered = queue.send({ type: 'facilitator.advance' });
    const [first] = sent;
    expect(first?.command.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    first?.answer(ok(first.command.id));
    await expect(answered).resolves.toEqual(ok(first?.command.id ?? ''));
    expect(queue.size).toBe(0);
  });

  it('resends an unanswered command with the same id after a reconnection, and settles once', async () => {
    const { sent, queue, ok } = fakeWire();
    queue.connected();
    const answered = queue.send({ type: 'facilitator.pause' });
    queue.disconnected(); // the ack is lost with the connection
    queue.connected();
    expect(sent).toHaveLength(2);
    const [lost, resent] = sent;
    expect(resent?.command).toEqual(lost?.command);
    resent?.answer(ok(resent.command.id, true));
    lost?.answer(ok(lost.command.id)); // a late answer to the first send is ignored
    await expect(answered).resolves.toMatchObject({ ok: true, data: { duplicate: true } });
  });

  it('holds commands sent while disconnected until the connection is back', () => {
    const { sent, queue } = fakeWire();
    void queue.send({ id: 'cmd-offline-1', type: 'facilitator.resume' });
    expect(sent).toHaveLength(0);
    queue.connected();
    expect(sent.map(({ command }) => command.id)).toEqual(['cmd-offline-1']);
  });

  it('does not resend what was answered, even a refusal', async () => {
    const { sent, queue } = fakeWire();
    queue.connected();
    const answered = queue.send({ type: 'facilitator.advance' });
    sent[0]?.answer({ ok: false, error: { code: 'refused', message: 'wrong phase' } });
    await expect(answered).resolves.toMatchObject({ ok: false });
    queue.disconnected();
    queue.connected();
    expect(sent).toHaveLength(1);
  });

  it('refuses an id already waiting, and rejects everything when the connection ends', async () => {
    const { queue } = fakeWire();
    const waiting = queue.send({ id: 'cmd-same-0001', type: 'facilitator.advance' });
    await expect(queue.send({ id: 'cmd-same-0001', type: 'facilitator.advance' })).rejects.toThrow(
      /already waiting/,
    );
    queue.failAll(new Error('closed'));
    await expect(waiting).rejects.toThrow('closed');
    expect(queue.size).toBe(0);
  });
});
