import path from 'node:path';
import {
  FACILITATOR_KEY_HEADER,
  type CreateExerciseResponse,
  type WhatIfDecisionBranch,
  type WhatIfResponse,
} from '@borderline/shared';
import { createExerciseOverHttp, reportOverHttp, whatIfOverHttp } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WhatIfSettings } from '../../../server/src/exercises/what-if-jobs';
import { tempDir } from '../../support/exercise-service-harness';
import {
  installedScenarios,
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../../support/in-process-server';
import { freshView, playFullExercise } from '../../support/play-full-exercise';
import {
  closeFullTable,
  seatFullTable,
  TEAM_IDS,
  type FullTable,
} from '../../support/socket-table';
import { readableInView } from '../../unit/projection/what-if-in-view';

/** Few continuations, so that the test waits seconds, not a minute. */
const SETTINGS: WhatIfSettings = {
  options: { continuations: 12, pilot: 3, rolls: 2, decisionsPerTeam: 1 },
};

async function whenReady(
  read: () => Promise<WhatIfResponse>,
  seen: WhatIfResponse['status'][],
): Promise<WhatIfResponse> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const answer = await read();
    seen.push(answer.status);
    if (answer.status !== 'computing') return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The what-if analysis never got ready.');
}

describe('the what-if route', () => {
  const folder = tempDir('borderline-what-if-');
  const dbFile = path.join(folder.dir, 'what-if.db');
  let server: InProcessServer;
  let table: FullTable;
  let created: CreateExerciseResponse;
  let endingId: string | null | undefined;

  beforeAll(async () => {
    server = await startInProcessServer({ rateLimits: UNLIMITED, dbFile, whatIf: SETTINGS });
    table = await seatFullTable(server.baseUrl, { settings: { seed: 5 } });
    created = table.created;
    await playFullExercise(table);
    endingId = server.service.state(created.exerciseId).context.ending?.id;
  }, 90_000);

  afterAll(async () => {
    if (table !== undefined) closeFullTable(table);
    await server?.close();
    folder.remove();
  });

  const control = () => ({ role: 'facilitator' as const, key: created.facilitatorKey });

  it('computes the ended exercise in the background, stores it and serves it to Control', async () => {
    const seen: WhatIfResponse['status'][] = [];
    const answer = await whenReady(
      () => whatIfOverHttp(server.baseUrl, created.exerciseId, control()),
      seen,
    );
    expect(answer.status).toBe('ready');
    if (answer.status !== 'ready') return;
    const { analysis } = answer;
    expect(endingId).not.toBeUndefined();
    expect(analysis.playedEnding).toBe(endingId);
    expect(analysis.continuations).toBe(12);
    expect(analysis.rolls.length).toBeGreaterThan(0);
    expect(analysis.decisions.length).toBeGreaterThan(0);
    for (const branch of [...analysis.rolls, ...analysis.decisions]) {
      expect(branch.asPlayed.reduce((sum, entry) => sum + entry.count, 0)).toBe(12);
      expect(branch.otherwise.reduce((sum, entry) => sum + entry.count, 0)).toBe(12);
      expect(analysis.names.teams[branch.team]?.en).toBeTruthy();
    }
    const stored = server.store.findWhatIf(created.exerciseId);
    expect(stored?.method).toBe(1);
    expect(stored?.analysis).toEqual(analysis);
  }, 90_000);

  it('carries the analysis in the report, JSON and Markdown', async () => {
    const report = await reportOverHttp(server.baseUrl, created.exerciseId, control());
    expect(report.whatIf).toEqual(server.store.findWhatIf(created.exerciseId)?.analysis);
    const markdown = await (
      await fetch(`${server.baseUrl}/api/exercises/${created.exerciseId}/report.md?language=es`, {
        headers: { [FACILITATOR_KEY_HEADER]: created.facilitatorKey },
      })
    ).text();
    expect(markdown).toContain('## Decisiones frente a dados');
    expect(markdown).toContain('### Tiradas decisivas');
    expect(markdown).toContain('si hubiera salido al revés: ');
  });

  it('serves a player the branches without another team’s unrevealed covert cards', async () => {
    const player = table.teams['mexico-city'][0];
    const answer = await whatIfOverHttp(server.baseUrl, created.exerciseId, {
      role: 'player',
      token: player.token,
    });
    expect(answer.status).toBe('ready');
    if (answer.status !== 'ready') return;
    const scenario = installedScenarios().find((candidate) => candidate.id === 'us-mexico-2026');
    // A covert card an outcome revealed is public from then on, in the view as here.
    const revealed = new Set(
      server.service
        .state(created.exerciseId)
        .context.decisions.flatMap((decision) => decision.actions)
        .flatMap((action) => (action.revealed && action.card !== null ? [action.card] : [])),
    );
    const covert = new Set(
      (scenario?.actions ?? [])
        .filter((c) => c.visibility === 'covert' && !revealed.has(c.id))
        .map((c) => c.id),
    );
    for (const branch of [...answer.analysis.rolls, ...answer.analysis.decisions]) {
      if (branch.team === 'mexico-city') continue;
      const cards =
        branch.kind === 'roll'
          ? [branch.card]
          : [...branch.chosen.cards, ...branch.alternative.cards];
      for (const card of cards) expect(card === null || !covert.has(card)).toBe(true);
    }
    for (const card of Object.keys(answer.analysis.names.cards)) {
      const named = [...answer.analysis.rolls, ...answer.analysis.decisions].some((branch) =>
        branch.kind === 'roll'
          ? branch.card === card
          : [...branch.chosen.cards, ...branch.alternative.cards].includes(card),
      );
      expect(named).toBe(true);
    }
  });

  it('serves each player only the branches their own view shows: Mexico City’s covert free-form action stays its own', async () => {
    const control = await whatIfOverHttp(server.baseUrl, created.exerciseId, {
      role: 'facilitator',
      key: created.facilitatorKey,
    });
    if (control.status !== 'ready') throw new Error('the analysis is not ready');
    // The game's covert free-form decision is among the branches kept: the case to test.
    const covertFreeform = (branch: WhatIfDecisionBranch) =>
      branch.team === 'mexico-city' && branch.chosen.kind === 'freeform';
    expect(control.analysis.decisions.some(covertFreeform)).toBe(true);
    for (const team of TEAM_IDS) {
      const player = table.teams[team][0];
      const answer = await whatIfOverHttp(server.baseUrl, created.exerciseId, {
        role: 'player',
        token: player.token,
      });
      if (answer.status !== 'ready') throw new Error('the analysis is not ready');
      const view = await freshView(player.client);
      const { rolls, decisions } = control.analysis;
      expect(answer.analysis.rolls, team).toEqual(rolls.filter((b) => readableInView(view, b)));
      expect(answer.analysis.decisions, team).toEqual(
        decisions.filter((b) => readableInView(view, b)),
      );
      expect(answer.analysis.decisions.some(covertFreeform), team).toBe(team === 'mexico-city');
    }
  });

  it('is not computed before the play is over', async () => {
    const running = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    const answer = await whatIfOverHttp(server.baseUrl, running.exerciseId, {
      role: 'facilitator',
      key: running.facilitatorKey,
    });
    expect(answer).toEqual({ status: 'unavailable', reason: 'not-ended' });
  });

  it('survives a restart without being computed again', async () => {
    const before = server.store.findWhatIf(created.exerciseId);
    closeFullTable(table);
    await server.close();
    server = await startInProcessServer({ rateLimits: UNLIMITED, dbFile, whatIf: SETTINGS });
    const answer = await whatIfOverHttp(server.baseUrl, created.exerciseId, control());
    expect(answer.status).toBe('ready');
    if (answer.status === 'ready') expect(answer.analysis).toEqual(before?.analysis);
    expect(server.logText()).not.toContain('what-if analysis stored');
  });
});
