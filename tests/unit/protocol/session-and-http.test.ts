import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import {
  ackError,
  ackOk,
  channelsReadBy,
  CreateExerciseRequest,
  ERROR_CODES,
  JOIN_CODE_ALPHABET,
  JoinCode,
  JoinRequest,
  mayReadChannel,
  mayWriteChannel,
  SocketAuth,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';

const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const key = 'k'.repeat(32);

describe('acknowledgements', () => {
  it('carry data, or a code and a message (and the engine’s reason when refused)', () => {
    expect(ackOk({ commandId: 'cmd-1', duplicate: false })).toEqual({
      ok: true,
      data: { commandId: 'cmd-1', duplicate: false },
    });
    expect(ackError('not-lead', 'Only the lead submits.')).toEqual({
      ok: false,
      error: { code: 'not-lead', message: 'Only the lead submits.' },
    });
    expect(ackError('refused', 'Not your turn.', 'not-their-turn')).toEqual({
      ok: false,
      error: { code: 'refused', message: 'Not your turn.', reason: 'not-their-turn' },
    });
    expect(ERROR_CODES).toContain('rate-limited');
  });
});

describe('session', () => {
  it('normalises a join code typed in lower case with spaces', () => {
    expect(JoinCode.parse(' abc234 ')).toBe('ABC234');
    expect(JoinCode.safeParse('ABC10O').success).toBe(false);
    expect(JoinCode.safeParse('ABC23').success).toBe(false);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01IOL]/);
  });

  it('accepts a facilitator or a player handshake and nothing else', () => {
    expect(
      SocketAuth.safeParse({ exerciseId: 'ex-123456', role: 'facilitator', key }).success,
    ).toBe(true);
    expect(
      SocketAuth.safeParse({ exerciseId: 'ex-123456', role: 'player', token: key }).success,
    ).toBe(true);
    expect(SocketAuth.safeParse({ exerciseId: 'ex-123456', role: 'player', key }).success).toBe(
      false,
    );
    expect(
      SocketAuth.safeParse({ exerciseId: 'ex-123456', role: 'observer', token: key }).success,
    ).toBe(false);
    expect(
      SocketAuth.safeParse({ exerciseId: 'ex-123456', role: 'player', token: 'short' }).success,
    ).toBe(false);
  });

  it('validates the join body: a name of 1 to 40 characters, a team or null', () => {
    expect(JoinRequest.parse({ joinCode: 'abc234', name: '  Ana  ', team: null })).toEqual({
      joinCode: 'ABC234',
      name: 'Ana',
      team: null,
    });
    expect(JoinRequest.safeParse({ joinCode: 'ABC234', name: '   ', team: null }).success).toBe(
      false,
    );
    const long = { joinCode: 'ABC234', name: 'x'.repeat(41), team: 'cartels' };
    expect(JoinRequest.safeParse(long).success).toBe(false);
    expect(JoinRequest.safeParse({ joinCode: 'ABC234', name: 'Ana' }).success).toBe(false);
  });

  it('validates the creation body, with settings optional', () => {
    expect(CreateExerciseRequest.parse({ scenarioId: 'us-mexico-2026' })).toEqual({
      scenarioId: 'us-mexico-2026',
      settings: {},
    });
    const full = {
      scenarioId: 'us-mexico-2026',
      settings: { skipPractice: true, timing: { decisionMinutes: 3 }, language: 'es' },
    };
    expect(CreateExerciseRequest.parse(full)).toEqual(full);
    const bad = { scenarioId: 'us-mexico-2026', settings: { timing: { decisionMinutes: 0 } } };
    expect(CreateExerciseRequest.safeParse(bad).success).toBe(false);
    expect(CreateExerciseRequest.safeParse({ ...full, extra: 1 }).success).toBe(false);
  });
});

describe('channel access', () => {
  const washington = { kind: 'team', team: 'washington', player: 'p-1' } as const;
  const cartels = { kind: 'team', team: 'cartels', player: 'p-2' } as const;
  const observer = { kind: 'observer', player: null } as const;
  const control = { kind: 'facilitator' } as const;

  it('lets a team read its room, its lines and broadcasts', () => {
    expect(channelsReadBy(scenario, washington).map((channel) => channel.key)).toEqual([
      'broadcast',
      'team:washington',
      'channel:washington-mexico-city',
    ]);
    expect(mayReadChannel(scenario, cartels, 'channel:washington-mexico-city')).toBe(false);
    expect(mayReadChannel(scenario, cartels, 'channel:cartels-mexico-city')).toBe(true);
    expect(mayReadChannel(scenario, cartels, 'team:washington')).toBe(false);
  });

  it('lets observers read broadcasts only, and Control read everything', () => {
    expect(channelsReadBy(scenario, observer).map((channel) => channel.key)).toEqual(['broadcast']);
    expect(channelsReadBy(scenario, control)).toHaveLength(1 + 3 + 2);
    expect(mayReadChannel(scenario, control, 'channel:nowhere')).toBe(false);
  });

  it('lets only Control broadcast; observers write nowhere', () => {
    expect(mayWriteChannel(scenario, control, 'broadcast')).toBe(true);
    expect(mayWriteChannel(scenario, control, 'team:cartels')).toBe(true);
    expect(mayWriteChannel(scenario, washington, 'broadcast')).toBe(false);
    expect(mayWriteChannel(scenario, washington, 'team:washington')).toBe(true);
    expect(mayWriteChannel(scenario, washington, 'channel:cartels-mexico-city')).toBe(false);
    expect(mayWriteChannel(scenario, observer, 'broadcast')).toBe(false);
  });
});
