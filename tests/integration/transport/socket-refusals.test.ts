import {
  MAX_MESSAGE_BYTES,
  RATE_LIMITS,
  type Ack,
  type CommandReceipt,
  type RefusalDetail,
} from '@borderline/shared';
import type { HeadlessClient } from '@borderline/shared/client';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseFingerprint } from '../../support/exercise-fingerprint';
import { startInProcessServer, type InProcessServer } from '../../support/in-process-server';
import { connectRaw, emitWithAck, handshakeRefusal } from '../../support/raw-socket';
import { connectFacilitator, seatPlayer, type SeatedPlayer } from '../../support/socket-table';
import { createExerciseOverHttp } from '@borderline/shared/client';
import type { CreateExerciseResponse } from '@borderline/shared';

/**
 * Every refusal over the wire, with the protocol's default budgets: each
 * answer's code and message, and the exercise exactly as it was afterwards.
 */
describe('refusals over the wire', () => {
  let server: InProcessServer;
  let created: CreateExerciseResponse;
  let control: HeadlessClient;
  let washington: SeatedPlayer;
  let washingtonTwo: SeatedPlayer;
  let mexico: SeatedPlayer;
  let observer: SeatedPlayer;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = await startInProcessServer();
    created = await createExerciseOverHttp(server.baseUrl, {
      scenarioId: 'us-mexico-2026',
      settings: { seed: 3, skipPractice: true },
    });
    control = await connectFacilitator(server.baseUrl, created);
    washington = await seatPlayer(server.baseUrl, created, 'Wa', 'washington');
    washingtonTwo = await seatPlayer(server.baseUrl, created, 'Wb', 'washington');
    mexico = await seatPlayer(server.baseUrl, created, 'Ma', 'mexico-city');
    await seatPlayer(server.baseUrl, created, 'Ca', 'cartels');
    observer = await seatPlayer(server.baseUrl, created, 'Ob', null);
    await control.expectOk({ type: 'facilitator.start' });
    await control.expectOk({ type: 'facilitator.advance' });
    await control.expectOk({ type: 'facilitator.advance' });
    expect(server.service.state(created.exerciseId).context.phase).toBe('deliberation');
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    for (const client of [control, washington?.client, washingtonTwo?.client, mexico?.client]) {
      client?.close();
    }
    observer?.client.close();
    await server?.close();
  });

  const fingerprint = () => exerciseFingerprint(server.service, created.exerciseId);
  const asPlayer = async (player: SeatedPlayer) => {
    const socket = await connectRaw(server.baseUrl, {
      exerciseId: created.exerciseId,
      role: 'player',
      token: player.token,
    });
    sockets.push(socket);
    return socket;
  };
  const asControl = async () => {
    const socket = await connectRaw(server.baseUrl, {
      exerciseId: created.exerciseId,
      role: 'facilitator',
      key: created.facilitatorKey,
    });
    sockets.push(socket);
    return socket;
  };

  /** Sends, and checks that the answer is this refusal and that nothing changed. */
  async function expectRefusal(
    send: () => Promise<unknown>,
    code: string,
    message: string | RegExp,
    reason?: string,
    detail?: RefusalDetail,
  ): Promise<void> {
    const before = fingerprint();
    const answer = (await send()) as Ack<CommandReceipt>;
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe(code);
    if (typeof message === 'string') expect(answer.error.message).toBe(message);
    else expect(answer.error.message).toMatch(message);
    expect(answer.error.reason).toBe(reason);
    // What the refusal is about travels as data, for the reader's own words.
    if (detail !== undefined) expect(answer.error.detail).toEqual(detail);
    // Views are flushed on the next turn of the loop: let any stray change show.
    await new Promise((resolve) => setImmediate(resolve));
    expect(fingerprint()).toBe(before);
  }

  describe('malformed messages', () => {
    let socket: Socket;
    beforeAll(async () => {
      socket = await asControl();
    });

    it.each([
      ['a string', 'advance'],
      ['a number', 42],
      ['null', null],
      ['a list', [1, 2]],
    ])('answers a payload that is %s with invalid-message', async (_what, payload) => {
      await expectRefusal(
        () => emitWithAck(socket, 'command', payload),
        'invalid-message',
        'expected a command object { id, type, ... }',
      );
    });

    it('answers a command event without any payload', async () => {
      await expectRefusal(
        () => emitWithAck(socket, 'command'),
        'invalid-message',
        'expected a JSON command object { id, type, ... }',
      );
    });

    it('answers a command without an id, or with a bad one', async () => {
      await expectRefusal(
        () => emitWithAck(socket, 'command', { type: 'facilitator.advance' }),
        'invalid-message',
        'facilitator.advance: id: missing (expected string)',
      );
      await expectRefusal(
        () => emitWithAck(socket, 'command', { id: 'short', type: 'facilitator.advance' }),
        'invalid-message',
        'facilitator.advance: id: expected a command id of 8 to 64 characters from A-Z, a-z, 0-9, "_" and "-"',
      );
    });

    it('answers an unknown command type with the nearest valid ones', async () => {
      await expectRefusal(
        () => emitWithAck(socket, 'command', { id: 'cmd-typo-0001', type: 'facilitator.advanse' }),
        'unknown-command',
        /^unknown command type "facilitator\.advanse"; nearest valid types: "facilitator\.advance"/,
      );
    });

    it('answers a command that names its team', async () => {
      const player = await asPlayer(washington);
      await expectRefusal(
        () =>
          emitWithAck(player, 'command', {
            id: 'cmd-team-0001',
            type: 'team.updateDraft',
            team: 'cartels',
            draft: null,
          }),
        'invalid-message',
        'team.updateDraft: unexpected field "team" (a team.updateDraft has only: id, type, draft)',
      );
    });

    it('answers a message just over the size limit with too-large', async () => {
      const text = 'x'.repeat(MAX_MESSAGE_BYTES);
      const command = { id: 'cmd-huge-0001', type: 'chat.send', channel: 'broadcast', text };
      const bytes = Buffer.byteLength(JSON.stringify(command));
      await expectRefusal(
        () => emitWithAck(socket, 'command', command),
        'too-large',
        `the message is ${bytes} bytes; at most ${MAX_MESSAGE_BYTES} are accepted`,
      );
    });

    it('answers an unknown event that expects an answer', async () => {
      await expectRefusal(
        () => emitWithAck(socket, 'hello', { id: 'x' }),
        'unknown-command',
        'unknown event "hello"; a client sends "command" or "sync"',
      );
    });

    it('ignores a command without an acknowledgement, and stays connected', async () => {
      const before = fingerprint();
      socket.emit('command', { id: 'cmd-noack-0001', type: 'facilitator.advance' });
      const synced = (await emitWithAck(socket, 'sync')) as { ok: boolean };
      expect(synced.ok).toBe(true);
      expect(fingerprint()).toBe(before);
    });

    it('drops the connection on a frame far past the limit; the client comes back', async () => {
      const big = await connectRaw(
        server.baseUrl,
        { exerciseId: created.exerciseId, role: 'facilitator', key: created.facilitatorKey },
        { reconnection: true },
      );
      sockets.push(big);
      const before = fingerprint();
      const dropped = new Promise<string>((resolve) => big.once('disconnect', resolve));
      const back = new Promise<void>((resolve) => big.io.once('reconnect', () => resolve()));
      big.emit('command', {
        id: 'cmd-huge-0002',
        type: 'chat.send',
        channel: 'broadcast',
        text: 'x'.repeat(4 * MAX_MESSAGE_BYTES),
      });
      expect(await dropped).toBe('transport close');
      await back;
      expect(fingerprint()).toBe(before);
    });
  });

  describe('who may send what', () => {
    it('refuses a facilitator command from a player (forbidden)', async () => {
      await expectRefusal(
        () => washington.client.send({ type: 'facilitator.advance' }),
        'forbidden',
        'Only Control (the facilitator key) can send facilitator.advance.',
        'facilitator-only',
      );
      await expectRefusal(
        () => washington.client.send({ type: 'lobby.makeLead', player: washingtonTwo.playerId }),
        'forbidden',
        'Only Control (the facilitator key) can send lobby.makeLead.',
        'facilitator-only',
      );
    });

    it('refuses a team command from Control and from an observer (forbidden)', async () => {
      await expectRefusal(
        () => control.send({ type: 'team.submitDecision', decision: { kind: 'hold' } }),
        'forbidden',
        /^team\.submitDecision is for a team's players/,
        'team-players-only',
      );
      await expectRefusal(
        () => observer.client.send({ type: 'team.updateDraft', draft: { kind: 'hold' } }),
        'forbidden',
        'Observers follow the exercise; they cannot send team.updateDraft.',
        'observer',
      );
    });

    it('refuses a decision from a player who does not lead (not-lead)', async () => {
      await expectRefusal(
        () =>
          washingtonTwo.client.send({ type: 'team.submitDecision', decision: { kind: 'hold' } }),
        'not-lead',
        "Only your team's lead can send team.submitDecision; ask Control to make you the lead.",
        'not-lead',
      );
    });

    it('refuses chat where the sender may not write', async () => {
      await expectRefusal(
        () =>
          washington.client.send({
            type: 'chat.send',
            channel: 'channel:cartels-mexico-city',
            text: 'hello',
          }),
        'forbidden',
        'Your team does not take part in channel:cartels-mexico-city.',
        'channel-forbidden',
      );
      await expectRefusal(
        () => washington.client.send({ type: 'chat.send', channel: 'broadcast', text: 'hi all' }),
        'forbidden',
        'Only Control broadcasts.',
        'channel-forbidden',
      );
      await expectRefusal(
        () => observer.client.send({ type: 'chat.send', channel: 'broadcast', text: 'hi' }),
        'forbidden',
        'Observers read the chat; they do not post.',
        'observer',
      );
      await expectRefusal(
        () => control.send({ type: 'chat.send', channel: 'channel:nowhere', text: 'hi' }),
        'not-found',
        'There is no channel "channel:nowhere".',
        'unknown-channel',
      );
    });
  });

  describe('out of turn', () => {
    it('refuses a decision in the wrong phase with the engine’s reason', async () => {
      await expectRefusal(
        () => washington.client.send({ type: 'team.submitDecision', decision: { kind: 'hold' } }),
        'refused',
        /is not possible during the deliberation phase\.$/,
        'wrong-phase',
      );
    });

    it('refuses a decision out of turn with the engine’s reason', async () => {
      await control.expectOk({ type: 'facilitator.advance' });
      expect(server.service.state(created.exerciseId).context.phase).toBe('decisions');
      await expectRefusal(
        () => mexico.client.send({ type: 'team.submitDecision', decision: { kind: 'hold' } }),
        'refused',
        "It is Washington's turn, not Mexico City's.",
        'not-their-turn',
        { team: 'mexico-city', current: 'washington' },
      );
    });

    it('refuses Control’s command the engine rejects, with its reason', async () => {
      await expectRefusal(
        () => control.send({ type: 'facilitator.releaseInject', inject: 'no-such-inject' }),
        'refused',
        /no-such-inject/,
        'unknown-inject',
      );
    });
  });

  describe('budgets', () => {
    it(`refuses the ${RATE_LIMITS.commands.points + 1}th message in a burst (rate-limited)`, async () => {
      const socket = await asControl();
      const before = fingerprint();
      const burst = Array.from({ length: RATE_LIMITS.commands.points }, () =>
        emitWithAck(socket, 'command', { id: 'bad', type: 'facilitator.pause' }),
      );
      const answers = (await Promise.all(burst)) as Ack<CommandReceipt>[];
      expect(answers.every((answer) => !answer.ok && answer.error.code === 'invalid-message')).toBe(
        true,
      );
      await expectRefusal(
        () => emitWithAck(socket, 'command', { id: 'cmd-burst-0031', type: 'facilitator.pause' }),
        'rate-limited',
        /^Too many messages: at most 30 in 10 seconds; retry in \d+ s\.$/,
      );
      expect(fingerprint()).toBe(before);
      // Reading the view has its own budget.
      expect(((await emitWithAck(socket, 'sync')) as { ok: boolean }).ok).toBe(true);
    });

    it(`refuses chat past ${RATE_LIMITS.chat.points} messages (rate-limited), the rest applied`, async () => {
      const socket = await asPlayer(mexico);
      const chatBefore = server.service.chat(created.exerciseId).length;
      for (let i = 0; i < RATE_LIMITS.chat.points; i += 1) {
        const answer = (await emitWithAck(socket, 'command', {
          id: `cmd-chat-burst-${i}`,
          type: 'chat.send',
          channel: 'team:mexico-city',
          text: `message ${i}`,
        })) as Ack<CommandReceipt>;
        expect(answer.ok).toBe(true);
      }
      await expectRefusal(
        () =>
          emitWithAck(socket, 'command', {
            id: 'cmd-chat-burst-x',
            type: 'chat.send',
            channel: 'team:mexico-city',
            text: 'one too many',
          }),
        'rate-limited',
        /^Too many chat messages: at most 10 in 10 seconds/,
      );
      expect(server.service.chat(created.exerciseId).length).toBe(
        chatBefore + RATE_LIMITS.chat.points,
      );
    });
  });

  describe('handshakes', () => {
    const auth = (extra: Record<string, unknown>) => ({ exerciseId: created.exerciseId, ...extra });

    it('refuses a connection without valid auth (unauthorized)', async () => {
      expect(await handshakeRefusal(server.baseUrl, {})).toMatchObject({
        code: 'unauthorized',
        message: expect.stringMatching(/^The connection's auth is not valid: /) as string,
      });
      expect(
        await handshakeRefusal(server.baseUrl, auth({ role: 'facilitator', key: 'short' })),
      ).toEqual({
        code: 'unauthorized',
        message:
          "The connection's auth is not valid: key: expected a facilitator key of 22 to 128 URL-safe characters.",
      });
    });

    it('refuses a wrong key or token (unauthorized)', async () => {
      expect(
        await handshakeRefusal(server.baseUrl, auth({ role: 'facilitator', key: 'k'.repeat(43) })),
      ).toEqual({
        code: 'unauthorized',
        message: 'This facilitator key does not open this exercise.',
        reason: 'invalid-key',
      });
      expect(
        await handshakeRefusal(server.baseUrl, auth({ role: 'player', token: 't'.repeat(43) })),
      ).toEqual({
        code: 'unauthorized',
        message: 'This seat is no longer yours; join again with the code.',
        reason: 'invalid-token',
      });
    });

    it('refuses an exercise that does not exist (not-found)', async () => {
      expect(
        await handshakeRefusal(server.baseUrl, {
          exerciseId: 'no-such-exercise',
          role: 'player',
          token: washington.token,
        }),
      ).toEqual({
        code: 'not-found',
        message: 'There is no such exercise.',
        reason: 'unknown-exercise',
      });
    });

    it('logs the refusals by code, never the key or token', () => {
      const refused = server.logs.filter((line) => line['msg'] === 'connection refused');
      expect(refused.map((line) => line['code'])).toContain('not-found');
      expect(server.logText()).not.toContain(created.facilitatorKey);
      expect(server.logText()).not.toContain(washington.token);
    });
  });
});
