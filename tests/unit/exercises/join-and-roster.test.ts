import { afterEach, describe, expect, it } from 'vitest';
import type { ClientCommand } from '@borderline/shared';
import { hashSecret } from '../../../server/src/exercises';
import {
  CountingSecrets,
  makeHarness,
  serviceErrorOf,
  T0,
  type Harness,
} from '../../support/exercise-service-harness';
import { submitAs } from '../../support/submit-as';

/** A lobby command as Control writes it, without its id. */
type LobbyCommand = ClientCommand extends infer C
  ? C extends { type: `lobby.${string}` }
    ? Omit<C, 'id'>
    : never
  : never;

describe('creating, joining and resuming', () => {
  const harnesses: Harness[] = [];
  const harness = (...args: Parameters<typeof makeHarness>) => {
    const made = makeHarness(...args);
    harnesses.push(made);
    return made;
  };
  afterEach(() => {
    for (const { service, store } of harnesses.splice(0)) {
      service.stop();
      store.close();
    }
  });

  it('creates an exercise with a join code and a facilitator key kept only as a hash', () => {
    const { service, store } = harness();
    const created = service.createExercise({
      scenarioId: 'engine-fixture',
      settings: { skipPractice: true, timing: { decisionMinutes: 2 }, seed: 99 },
    });
    expect(created).toEqual({
      exerciseId: 'id-0001',
      joinCode: 'CODE01',
      facilitatorKey: 'secret-key-1-0123456789abcdef',
    });
    const record = store.findExercise('id-0001');
    expect(record?.facilitatorKeyHash).toBe(hashSecret(created.facilitatorKey));
    expect(JSON.stringify(record)).not.toContain(created.facilitatorKey);
    expect(record?.seed).toBe(99);
    expect(record?.settings).toEqual({ skipPractice: true, timing: { decisionMinutes: 2 } });
    expect(record?.createdAt).toBe(T0);
    const state = service.state(created.exerciseId);
    expect(state.context.config.timing.decisionMinutes).toBe(2);
    expect(state.context.config.skipPractice).toBe(true);
    expect(state.context.seed).toBe(99);
    expect(state.context.phase).toBe('lobby');
  });

  it('refuses an unknown scenario and invalid settings with clear messages', () => {
    const { service } = harness();
    expect(serviceErrorOf(() => service.createExercise({ scenarioId: 'atlantis' }))).toEqual({
      code: 'unknown-scenario',
      message: 'There is no scenario "atlantis"; this server has: engine-fixture.',
    });
    const invalid = serviceErrorOf(() =>
      service.createExercise({
        scenarioId: 'engine-fixture',
        settings: { timing: { decisionMinutes: 0 } },
      }),
    );
    expect(invalid.code).toBe('invalid-settings');
    expect(invalid.message).toMatch(/^Invalid timing: decisionMinutes: /);
  });

  it('retries a join code already in use', () => {
    const { service } = harness({
      secrets: new CountingSecrets(7, ['AAAAAA', 'AAAAAA', 'BBBBBB']),
    });
    expect(service.createExercise({ scenarioId: 'engine-fixture' }).joinCode).toBe('AAAAAA');
    expect(service.createExercise({ scenarioId: 'engine-fixture' }).joinCode).toBe('BBBBBB');
  });

  it('checks the facilitator key', () => {
    const { service } = harness();
    const { exerciseId, facilitatorKey } = service.createExercise({ scenarioId: 'engine-fixture' });
    expect(() => service.authenticateFacilitator(exerciseId, facilitatorKey)).not.toThrow();
    expect(serviceErrorOf(() => service.authenticateFacilitator(exerciseId, 'guess'))).toEqual({
      code: 'invalid-key',
      message: 'This facilitator key does not open this exercise.',
    });
    expect(serviceErrorOf(() => service.authenticateFacilitator('nope', facilitatorKey)).code).toBe(
      'unknown-exercise',
    );
  });

  it('joins by code (any case, spaces ignored), makes the first player of a team its lead, and resumes by token', () => {
    const { service, store } = harness();
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    const ana = service.joinExercise(' code01 ', { name: '  Ana  ', team: 'washington' });
    const ben = service.joinExercise(joinCode, { name: 'Ben', team: 'washington' });
    const eve = service.joinExercise(joinCode, { name: 'Eve', team: null });
    expect(ana.exerciseId).toBe(exerciseId);
    expect(service.roster(exerciseId)).toEqual([
      {
        id: ana.playerId,
        name: 'Ana',
        team: 'washington',
        isLead: true,
        isBot: false,
        connected: false,
      },
      {
        id: ben.playerId,
        name: 'Ben',
        team: 'washington',
        isLead: false,
        isBot: false,
        connected: false,
      },
      { id: eve.playerId, name: 'Eve', team: null, isLead: false, isBot: false, connected: false },
    ]);
    expect(service.resumePlayer(exerciseId, ben.token)).toEqual({
      exerciseId,
      playerId: ben.playerId,
      name: 'Ben',
      team: 'washington',
      isLead: false,
    });
    expect(service.recipient(exerciseId, eve.playerId)).toEqual({
      kind: 'observer',
      player: eve.playerId,
    });
    expect(service.recipient(exerciseId, ana.playerId)).toEqual({
      kind: 'team',
      team: 'washington',
      player: ana.playerId,
    });
    const stored = store.listPlayers(exerciseId);
    expect(stored.map((player) => player.tokenHash)).toEqual([
      hashSecret(ana.token),
      hashSecret(ben.token),
      hashSecret(eve.token),
    ]);
    expect(JSON.stringify(stored)).not.toContain(ana.token);
    expect(serviceErrorOf(() => service.resumePlayer(exerciseId, 'forged'))).toEqual({
      code: 'invalid-token',
      message: 'This seat is no longer yours; join again with the code.',
    });
  });

  it('refuses joins with the reason', () => {
    const { service } = harness();
    const { joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    const join = (code: string, name: string, team: string | null) =>
      serviceErrorOf(() => service.joinExercise(code, { name, team }));
    expect(join('ZZZZZZ', 'Ben', 'mexico')).toEqual({
      code: 'unknown-join-code',
      message: 'No exercise has the code "ZZZZZZ".',
    });
    expect(join(joinCode, 'Ben', 'atlantis')).toEqual({
      code: 'unknown-team',
      message: 'This scenario has no team "atlantis".',
    });
    expect(join(joinCode, '   ', 'mexico')).toEqual({
      code: 'invalid-name',
      message: 'Enter a name to join.',
    });
    expect(join(joinCode, 'x'.repeat(41), 'mexico')).toEqual({
      code: 'invalid-name',
      message: 'A name has at most 40 characters.',
    });
    expect(join(joinCode, 'ANA', 'mexico')).toEqual({
      code: 'duplicate-name',
      message: 'Somebody in this exercise is already called "ANA"; choose another name.',
    });
  });

  it('keeps a locked lobby closed to newcomers but open to seated players', () => {
    const { service } = harness();
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    const ana = service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    service.setLobbyLocked(exerciseId, true);
    expect(service.info(exerciseId).lobbyLocked).toBe(true);
    expect(
      serviceErrorOf(() => service.joinExercise(joinCode, { name: 'Ben', team: 'mexico' })),
    ).toEqual({
      code: 'lobby-locked',
      message: 'Control has locked this exercise; ask them to let you in.',
    });
    expect(service.resumePlayer(exerciseId, ana.token).name).toBe('Ana');
    service.setLobbyLocked(exerciseId, false);
    const ben = service.joinExercise(joinCode, { name: 'Ben', team: 'mexico' });
    expect(service.player(exerciseId, ben.playerId)?.name).toBe('Ben');
  });

  it('moves players, passes the lead on when the lead leaves, and makes a lead', () => {
    const { service, store } = harness();
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    const ana = service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    const ben = service.joinExercise(joinCode, { name: 'Ben', team: 'washington' });
    const cy = service.joinExercise(joinCode, { name: 'Cy', team: 'washington' });
    const leads = () =>
      service
        .roster(exerciseId)
        .filter((entry) => entry.isLead)
        .map((entry) => `${entry.name}@${entry.team}`);

    let counter = 0;
    const lobby = (command: LobbyCommand) =>
      service.submit(exerciseId, { kind: 'facilitator' }, {
        ...command,
        id: `lobby-${(counter += 1)}`,
      } as ClientCommand);
    lobby({ type: 'lobby.movePlayer', player: ana.playerId, team: 'mexico' });
    expect(leads()).toEqual(['Ana@mexico', 'Ben@washington']);
    lobby({ type: 'lobby.makeLead', player: cy.playerId });
    expect(leads()).toEqual(['Ana@mexico', 'Cy@washington']);
    lobby({ type: 'lobby.removePlayer', player: cy.playerId });
    expect(leads()).toEqual(['Ana@mexico', 'Ben@washington']);
    lobby({ type: 'lobby.movePlayer', player: ben.playerId, team: null });
    expect(leads()).toEqual(['Ana@mexico']);
    expect(lobby({ type: 'lobby.makeLead', player: ben.playerId })).toEqual({
      ok: false,
      reason: 'observer',
      message: 'An observer cannot lead a team; move the player first.',
    });
    expect(
      lobby({ type: 'lobby.movePlayer', player: ben.playerId, team: 'atlantis' }),
    ).toMatchObject({
      ok: false,
      reason: 'unknown-team',
    });
    // What the store keeps is what the service shows.
    const stored = store.listPlayers(exerciseId).map((p) => [p.name, p.team, p.isLead, p.removed]);
    expect(stored).toEqual([
      ['Ana', 'mexico', true, false],
      ['Ben', null, false, false],
      ['Cy', 'washington', false, true],
    ]);
  });

  it("stops a removed player's token, commands and name reservation", () => {
    const { service } = harness();
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    const ana = service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    const remove = (id: string) =>
      service.submit(
        exerciseId,
        { kind: 'facilitator' },
        {
          id,
          type: 'lobby.removePlayer',
          player: ana.playerId,
        },
      );
    expect(remove('remove-1')).toEqual({ ok: true, duplicate: false });
    expect(serviceErrorOf(() => service.resumePlayer(exerciseId, ana.token)).code).toBe(
      'invalid-token',
    );
    expect(service.player(exerciseId, ana.playerId)).toBeUndefined();
    const result = submitAs(service, exerciseId, { kind: 'player', playerId: ana.playerId }, 'c1', {
      type: 'team.submitDecision',
      team: 'washington',
      decision: { kind: 'hold' },
    });
    expect(result).toEqual({
      ok: false,
      reason: 'not-seated',
      message: 'You are no longer seated in this exercise; join again.',
    });
    expect(remove('remove-2')).toMatchObject({ ok: false, reason: 'unknown-player' });
    // The name is free again.
    expect(service.joinExercise(joinCode, { name: 'Ana', team: 'mexico' }).playerId).toBe(
      'id-0003',
    );
  });

  it('gives empty seats to bots, refuses people on bot seats and bots on people', () => {
    const { service } = harness();
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    expect(service.seats(exerciseId)).toEqual({
      washington: 'human',
      mexico: 'empty',
      cartels: 'empty',
    });
    service.setSeat(exerciseId, 'cartels', 'bot', 'hawkish');
    expect(service.seats(exerciseId).cartels).toBe('bot');
    expect(service.roster(exerciseId).at(-1)).toEqual({
      id: 'bot:cartels',
      name: 'Bot (Cartels)',
      team: 'cartels',
      isLead: true,
      isBot: true,
      connected: true,
    });
    expect(
      serviceErrorOf(() => service.joinExercise(joinCode, { name: 'Ben', team: 'cartels' })),
    ).toEqual({
      code: 'seat-taken-by-bot',
      message: 'A bot plays Cartels; Control must open the seat to people first.',
    });
    expect(serviceErrorOf(() => service.setSeat(exerciseId, 'washington', 'bot'))).toEqual({
      code: 'seat-occupied',
      message: 'People play Washington; move or remove them before a bot takes the seat.',
    });
    service.setSeat(exerciseId, 'cartels', 'human');
    expect(service.seats(exerciseId).cartels).toBe('empty');
    expect(service.joinExercise(joinCode, { name: 'Ben', team: 'cartels' }).exerciseId).toBe(
      exerciseId,
    );
  });

  it('counts open connections per player and announces arrivals as presence', () => {
    const { service } = harness();
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    const changes: string[] = [];
    service.onChange((id, change) => changes.push(`${id}:${change.kind}`));
    const ana = service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    const connected = () => service.roster(exerciseId)[0]?.connected;
    service.setConnected(exerciseId, ana.playerId, true);
    service.setConnected(exerciseId, ana.playerId, true);
    service.setConnected(exerciseId, ana.playerId, false);
    expect(connected()).toBe(true);
    service.setConnected(exerciseId, ana.playerId, false);
    expect(connected()).toBe(false);
    // The seat taken, then the first and last connection (presence, which the broadcaster batches).
    expect(changes).toEqual([
      `${exerciseId}:roster`,
      `${exerciseId}:presence`,
      `${exerciseId}:presence`,
    ]);
  });
});
