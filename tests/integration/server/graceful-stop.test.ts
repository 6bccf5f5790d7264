import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Ack, CommandReceipt } from '@borderline/shared';
import { createExerciseOverHttp, joinInfoOverHttp } from '@borderline/shared/client';
import { afterAll, describe, expect, it } from 'vitest';
import { connectRaw, emitWithAck } from '../../support/raw-socket';
import { startServer, type RunningServer } from '../../support/start-server';

describe('SIGTERM', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-drain-'));
  let restarted: RunningServer | undefined;

  afterAll(async () => {
    await restarted?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the command in flight, tells every socket when to reconnect, and exits 0 within 10 s', async () => {
    const server = await startServer({ DATA_DIR: dataDir });
    const created = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    const socket = await connectRaw(server.baseUrl, {
      exerciseId: created.exerciseId,
      role: 'facilitator',
      key: created.facilitatorKey,
    });
    const hints: unknown[] = [];
    socket.on('serverClosing', (hint: unknown) => hints.push(hint));
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    const command = { type: 'lobby.setLocked', locked: true, id: 'drain-lock-0001' };
    const answered = emitWithAck(socket, 'command', command) as Promise<Ack<CommandReceipt>>;
    const started = performance.now();
    const exited = server.stop('SIGTERM');
    const answer = await answered;
    expect(await disconnected).toBe('transport close');
    const code = await exited;
    const elapsedMs = performance.now() - started;
    socket.close();

    expect(answer).toMatchObject({ ok: true });
    expect(hints).toEqual([{ reconnectInMs: 2_000 }]);
    expect(code).toBe(0);
    expect(elapsedMs).toBeLessThan(10_000);
    const lines = server.logs.filter(
      (entry): entry is { msg: string } =>
        typeof entry === 'object' && entry !== null && 'msg' in entry,
    );
    expect(lines.map((entry) => entry.msg)).toEqual(
      expect.arrayContaining(['shutting down: draining', 'stopped']),
    );

    // The acknowledged command is kept: the restarted server has the lobby locked.
    restarted = await startServer({ DATA_DIR: dataDir });
    const info = await joinInfoOverHttp(restarted.baseUrl, created.joinCode);
    expect(info.locked).toBe(true);
  }, 40_000);
});
