import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/exercise-service-harness';
import { exerciseFingerprint } from '../../support/exercise-fingerprint';
import { startInProcessServer, UNLIMITED } from '../../support/in-process-server';
import { openSocketExercise, type SocketExercise } from '../../support/socket-exercise';
import { connectPlayer, type SeatedPlayer } from '../../support/socket-table';

/** A command id is applied once per exercise, whatever reaches the server again. */
describe('duplicate commands', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  interface Table extends SocketExercise {
    washington: SeatedPlayer;
    mexico: SeatedPlayer;
  }

  async function openTable(dbFile?: string): Promise<Table> {
    const exercise = await openSocketExercise({ seed: 4, skipPractice: true }, { dbFile });
    cleanups.push(() => exercise.close());
    const washington = await exercise.seat('Wa', 'washington');
    const mexico = await exercise.seat('Ma', 'mexico-city');
    return { ...exercise, washington, mexico };
  }

  it('answers an engine command sent twice with duplicate: true and applies it once', async () => {
    const { server, created, control } = await openTable();
    const first = await control.send({ id: 'cmd-start-twice', type: 'facilitator.start' });
    expect(first).toMatchObject({
      ok: true,
      data: { commandId: 'cmd-start-twice', duplicate: false },
    });
    const before = exerciseFingerprint(server.service, created.exerciseId);
    const second = await control.send({ id: 'cmd-start-twice', type: 'facilitator.start' });
    expect(second).toMatchObject({
      ok: true,
      data: { commandId: 'cmd-start-twice', duplicate: true },
    });
    expect(exerciseFingerprint(server.service, created.exerciseId)).toBe(before);
  });

  it('applies chat, drafts and seating once per id too', async () => {
    const { server, created, control, washington } = await openTable();
    const chat = {
      id: 'cmd-chat-twice',
      type: 'chat.send',
      channel: 'team:washington',
      text: 'Once only.',
    } as const;
    expect(await washington.client.send(chat)).toMatchObject({
      ok: true,
      data: { duplicate: false },
    });
    const draft = {
      id: 'cmd-draft-twice',
      type: 'team.updateDraft',
      draft: { kind: 'hold' },
    } as const;
    expect(await washington.client.send(draft)).toMatchObject({ ok: true });
    const lock = { id: 'cmd-lock-twice', type: 'lobby.setLocked', locked: true } as const;
    expect(await control.send(lock)).toMatchObject({ ok: true, data: { duplicate: false } });
    const before = exerciseFingerprint(server.service, created.exerciseId);
    expect(await washington.client.send(chat)).toMatchObject({
      ok: true,
      data: { duplicate: true },
    });
    expect(await washington.client.send(draft)).toMatchObject({
      ok: true,
      data: { duplicate: true },
    });
    expect(await control.send(lock)).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(exerciseFingerprint(server.service, created.exerciseId)).toBe(before);
    expect(server.service.chat(created.exerciseId)).toHaveLength(1);
  });

  it('refuses an id another sender has used, and changes nothing', async () => {
    const { server, created, control, washington, mexico } = await openTable();
    await control.expectOk({ id: 'cmd-shared-id-1', type: 'facilitator.start' });
    await washington.client.expectOk({
      id: 'cmd-shared-id-2',
      type: 'chat.send',
      channel: 'team:washington',
      text: 'Mine.',
    });
    const before = exerciseFingerprint(server.service, created.exerciseId);
    const engine = await washington.client.send({
      id: 'cmd-shared-id-1',
      type: 'player.submitReflection',
      answers: { takeaway: 'x' },
    });
    expect(engine).toEqual({
      ok: false,
      commandId: 'cmd-shared-id-1',
      error: {
        code: 'invalid-message',
        message: 'Another sender already used this command id; use a new id.',
        reason: 'duplicate-command-id',
      },
    });
    const chat = await mexico.client.send({
      id: 'cmd-shared-id-2',
      type: 'chat.send',
      channel: 'team:mexico-city',
      text: 'Not mine.',
    });
    expect(chat).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(exerciseFingerprint(server.service, created.exerciseId)).toBe(before);
  });

  it('does not remember a refused command: fixed, the same id is applied', async () => {
    const { server, created, control, washington } = await openTable();
    const early = await washington.client.send({
      id: 'cmd-decide-later',
      type: 'team.submitDecision',
      decision: { kind: 'hold' },
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'refused', reason: 'wrong-phase' } });
    await control.expectOk({ type: 'facilitator.start' });
    for (let i = 0; i < 3; i += 1) await control.expectOk({ type: 'facilitator.advance' });
    expect(server.service.state(created.exerciseId).context.phase).toBe('decisions');
    const later = await washington.client.send({
      id: 'cmd-decide-later',
      type: 'team.submitDecision',
      decision: { kind: 'hold' },
    });
    expect(later).toMatchObject({ ok: true, data: { duplicate: false } });
  });

  it('remembers applied engine and chat commands across a restart of the server', async () => {
    const { dir, remove } = tempDir('borderline-duplicates-');
    cleanups.push(remove);
    const dbFile = path.join(dir, 'borderline.db');
    const first = await openTable(dbFile);
    await first.control.expectOk({ type: 'facilitator.start' });
    for (let i = 0; i < 3; i += 1) await first.control.expectOk({ type: 'facilitator.advance' });
    await first.washington.client.expectOk({
      id: 'cmd-before-restart',
      type: 'team.submitDecision',
      decision: { kind: 'hold', rationale: 'Before the restart.' },
    });
    await first.washington.client.expectOk({
      id: 'chat-before-restart',
      type: 'chat.send',
      channel: 'team:washington',
      text: 'Said once.',
    });
    const { exerciseId } = first.created;
    await first.close();

    const server = await startInProcessServer({ rateLimits: UNLIMITED, dbFile });
    cleanups.push(() => server.close());
    const washington = await connectPlayer(server.baseUrl, exerciseId, first.washington.token);
    cleanups.push(() => washington.close());
    expect(washington.view.decisions.map((decision) => decision.rationale)).toEqual([
      'Before the restart.',
    ]);
    const before = exerciseFingerprint(server.service, exerciseId);
    const again = await washington.send({
      id: 'cmd-before-restart',
      type: 'team.submitDecision',
      decision: { kind: 'hold', rationale: 'Before the restart.' },
    });
    expect(again).toMatchObject({ ok: true, data: { duplicate: true } });
    const chatAgain = await washington.send({
      id: 'chat-before-restart',
      type: 'chat.send',
      channel: 'team:washington',
      text: 'Said once.',
    });
    expect(chatAgain).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(server.service.chat(exerciseId).map((message) => message.text)).toEqual(['Said once.']);
    expect(exerciseFingerprint(server.service, exerciseId)).toBe(before);
  });
});
