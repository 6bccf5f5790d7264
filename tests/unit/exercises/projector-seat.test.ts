import { afterEach, describe, expect, it } from 'vitest';
import { buildReport, type ClientCommand } from '@borderline/shared';
import { hashSecret } from '../../../server/src/exercises';
import { projectorToken } from '../../../server/src/exercises/projector-seat';
import { project } from '../../../server/src/projection';
import { materialOf } from '../../../server/src/report/report-material';
import { makeHarness, T0, type Harness } from '../../support/exercise-service-harness';

type LobbyCommand = Extract<ClientCommand, { type: `lobby.${string}` }>;

/**
 * The room's projector takes an observer seat, but it is a screen, not a
 * person: no player list, participation count or report names it.
 */
describe('the projector seat', () => {
  const harnesses: Harness[] = [];
  afterEach(() => {
    for (const { service, store } of harnesses.splice(0)) {
      service.stop();
      store.close();
    }
  });

  function projectedExercise() {
    const harness = makeHarness();
    harnesses.push(harness);
    const { service } = harness;
    const { exerciseId, joinCode, facilitatorKey } = service.createExercise({
      scenarioId: 'engine-fixture',
    });
    const ana = service.joinExercise(joinCode, { name: 'Ana', team: 'washington' }).playerId;
    const eve = service.joinExercise(joinCode, { name: 'Eve', team: null }).playerId;
    const projector = service.seatProjector(exerciseId, facilitatorKey).playerId;
    let counter = 0;
    const lobby = (command: Omit<LobbyCommand, 'id'>) =>
      service.submit(exerciseId, { kind: 'facilitator' }, {
        ...command,
        id: `lobby-${(counter += 1)}`,
      } as ClientCommand);
    return { ...harness, exerciseId, facilitatorKey, ana, eve, projector, lobby };
  }

  it('is stored as a projector, and every view’s roster leaves it out', () => {
    const { service, store, exerciseId, ana, eve, projector } = projectedExercise();
    expect(store.listPlayers(exerciseId).map((player) => [player.name, player.kind])).toEqual([
      ['Ana', 'person'],
      ['Eve', 'person'],
      ['Projector', 'projector'],
    ]);
    // The service's roster (the projection's input and the report export) marks it.
    expect(service.roster(exerciseId).find((entry) => entry.id === projector)).toMatchObject({
      name: 'Projector',
      team: null,
      kind: 'projector',
    });
    const input = service.projectionInput(exerciseId);
    const control = project(input, { kind: 'facilitator' });
    const observer = project(input, { kind: 'observer', player: eve });
    const team = project(input, { kind: 'team', team: 'washington', player: ana });
    for (const view of [control, observer, team]) {
      expect(view.roster.map((entry) => entry.id)).toEqual([ana, eve]);
    }
    expect(control.control?.projectors).toEqual([{ id: projector, connected: false }]);
    service.setConnected(exerciseId, projector, true);
    expect(
      project(service.projectionInput(exerciseId), { kind: 'facilitator' }).control?.projectors,
    ).toEqual([{ id: projector, connected: true }]);
  });

  it('is not counted in participation, nor named among the report’s participants', () => {
    const { service, exerciseId, ana, eve, projector } = projectedExercise();
    expect(Object.keys(service.participation(exerciseId)).sort()).toEqual([ana, eve].sort());
    const material = materialOf(service.projectionInput(exerciseId));
    expect(Object.keys(material.view.control?.participation ?? {})).not.toContain(projector);
    const report = buildReport(material.view);
    const named = report.overview.participants.flatMap((group) =>
      group.players.map((player) => player.name),
    );
    expect(named).toEqual(['Ana', 'Eve']);
    expect(report.participation.map((entry) => entry.player)).toEqual([ana, eve]);
    expect(JSON.stringify(report)).not.toContain('Projector');
  });

  it('cannot be moved to a team, made lead or removed by Control', () => {
    const { service, exerciseId, projector, lobby } = projectedExercise();
    for (const command of [
      { type: 'lobby.movePlayer', player: projector, team: 'washington' },
      { type: 'lobby.makeLead', player: projector },
      { type: 'lobby.removePlayer', player: projector },
    ] as const) {
      expect(lobby(command)).toMatchObject({ ok: false, reason: 'projector-seat' });
    }
    expect(service.player(exerciseId, projector)).toMatchObject({ team: null, isLead: false });
  });

  it('recognises by its token a projector seat stored before seats had a kind', () => {
    const { service, store, exerciseId, facilitatorKey, joinCode } = (() => {
      const harness = makeHarness();
      harnesses.push(harness);
      const created = harness.service.createExercise({ scenarioId: 'engine-fixture' });
      return { ...harness, ...created };
    })();
    service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    // An old projector seat Control had moved into a team, so the migration's name rule missed it.
    const old = {
      id: 'p-old-screen',
      exerciseId,
      tokenHash: hashSecret(projectorToken(exerciseId, facilitatorKey)),
      name: 'Projector',
      team: 'washington',
      isLead: false,
      joinedAt: T0 + 1,
      removed: false,
      kind: 'person' as const,
    };
    store.savePlayer(old);
    service.stop();
    const restarted = makeHarness({ store });
    harnesses.push({ ...restarted, store: { ...store, close: () => undefined } });
    restarted.service.restoreAll();
    const seat = restarted.service.seatProjector(exerciseId, facilitatorKey);
    expect(seat).toMatchObject({ playerId: 'p-old-screen', created: false });
    expect(store.listPlayers(exerciseId).find((player) => player.id === old.id)).toMatchObject({
      kind: 'projector',
      team: null,
    });
    const view = project(restarted.service.projectionInput(exerciseId), { kind: 'facilitator' });
    expect(view.roster.map((entry) => entry.name)).toEqual(['Ana']);
  });
});
