import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExerciseView } from '@borderline/shared';
import { startServer, type RunningServer } from '../../support/start-server';
import { freshView as currentView, playFullExercise } from '../../support/play-full-exercise';
import { closeFullTable, seatFullTable, type FullTable } from '../../support/socket-table';

/** What must survive a crash: where the exercise is, what was decided and said, and when time runs out. */
function essentials(view: ExerciseView) {
  return {
    phase: view.exercise.phase,
    move: view.exercise.move,
    deadline: view.exercise.timer?.deadline ?? null,
    turn: view.exercise.turn.current,
    decisions: view.decisions.map((decision) => JSON.stringify(decision)),
    chat: view.chat.map((message) => `${message.channel}|${message.senderName}|${message.text}`),
    tracks: view.tracks.current,
    roster: view.roster.map((entry) => `${entry.name}|${entry.team}|${entry.isLead}`),
  };
}

describe('a server killed in the middle of a move', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-kill-'));
  let server: RunningServer | undefined;
  let table: FullTable | undefined;

  afterAll(async () => {
    closeFullTable(table);
    await server?.stop('SIGKILL');
  });

  it('resumes every exercise as it was, and connected clients recover on their own', async () => {
    // the table plays faster than a person: raise the per-socket budgets.
    server = await startServer({ DATA_DIR: dataDir, RATE_LIMIT_FACTOR: '100' });
    const port = server.port;
    table = await seatFullTable(server.baseUrl, { settings: { seed: 11, skipPractice: true } });
    const { facilitator } = table;
    const washington = table.teams.washington[0].client;

    await facilitator.expectOk({ type: 'facilitator.start' });
    while ((await currentView(facilitator)).exercise.phase !== 'decisions') {
      await facilitator.expectOk({ type: 'facilitator.advance' });
    }
    const hand = (await currentView(washington)).team?.cards ?? [];
    const card = hand.find((candidate) => candidate.prerequisitesMet !== false);
    if (card === undefined) throw new Error('Washington has no playable card');
    await washington.expectOk({
      type: 'team.submitDecision',
      decision: { kind: 'actions', cards: [card.id], rationale: 'Show resolve early.' },
    });
    await washington.expectOk({
      type: 'chat.send',
      channel: 'team:washington',
      text: 'Mexico City decides next; keep the line open.',
    });
    const before = essentials(await currentView(facilitator));
    expect(before.phase).toBe('decisions');
    expect(before.turn).toBe('mexico-city');
    expect(before.deadline).not.toBeNull();
    expect(before.decisions).toHaveLength(1);

    // No shutdown: the process dies as a power cut would kill it.
    await server.stop('SIGKILL');
    const reconnected = new Promise<void>((resolve) => facilitator.socket.once('connect', resolve));
    server = await startServer({
      DATA_DIR: dataDir,
      PORT: String(port),
      RATE_LIMIT_FACTOR: '100',
    });
    await reconnected;

    const after = essentials(await currentView(facilitator));
    expect(after).toEqual(before);
    const washingtonView = await washington.waitForView(() => true);
    expect(washingtonView.team?.id).toBe('washington');

    // The game goes on from where it stopped, to its end.
    const { final } = await playFullExercise(table);
    expect(final.exercise.ended).toBe(true);
    expect(final.ending).not.toBeNull();
  }, 120_000);
});
