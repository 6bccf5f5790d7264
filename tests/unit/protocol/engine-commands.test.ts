import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import {
  ENGINE_COMMAND_TYPES,
  isEngineCommand,
  type DecisionInput,
  type EngineCommand,
  type ReflectionAnswers,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import {
  createExercise,
  EVENT_TYPES,
  type DecisionInput as EngineDecisionInput,
  type ExerciseEvent,
  type ReflectionAnswers as EngineReflectionAnswers,
} from '../../../server/src/engine';
import { VALID_COMMANDS } from './command-examples';

/** Who sent a command, as the transport knows it from the socket's seat. */
interface Seat {
  team: string | null;
  player: string | null;
}

/**
 * How a transport turns a validated engine command into an engine event: drop
 * the id, stamp the time, take the team and player from the seat. That this
 * compiles proves the command schemas line up with the engine's events.
 */
function toEngineEvent(
  { id: _id, ...fields }: EngineCommand,
  seat: Seat,
  at: number,
): ExerciseEvent {
  switch (fields.type) {
    case 'team.submitDecision':
    case 'team.chooseDilemmaOption':
      return { ...fields, team: seat.team ?? '', at };
    case 'player.submitReflection':
      return { ...fields, player: seat.player ?? '', team: seat.team ?? undefined, at };
    case 'player.answerKnowledgeCheck':
      return { ...fields, player: seat.player ?? '', team: seat.team ?? '', at };
    default:
      return { ...fields, at };
  }
}

// Both ways: the wire's shapes and the engine's are the same.
const wireToEngine = (input: DecisionInput): EngineDecisionInput => input;
const engineToWire = (input: EngineDecisionInput): DecisionInput => input;
const answersBothWays = (answers: ReflectionAnswers): EngineReflectionAnswers => answers;

describe('engine commands', () => {
  it('name every engine event but the clock’s and the fork’s', () => {
    expect([...ENGINE_COMMAND_TYPES].sort()).toEqual(
      EVENT_TYPES.filter(
        (type) => type !== 'clock.deadlineReached' && type !== 'fork.openLobby',
      ).sort(),
    );
    expect(wireToEngine({ kind: 'hold' })).toEqual(engineToWire({ kind: 'hold' }));
    expect(answersBothWays({ why: 'x' })).toEqual({ why: 'x' });
  });

  it('tells engine commands from session commands', () => {
    expect(isEngineCommand(VALID_COMMANDS['facilitator.advance'])).toBe(true);
    expect(isEngineCommand(VALID_COMMANDS['player.submitReflection'])).toBe(true);
    expect(isEngineCommand(VALID_COMMANDS['chat.send'])).toBe(false);
    expect(isEngineCommand(VALID_COMMANDS['team.updateDraft'])).toBe(false);
  });

  it('drive a real exercise of the first scenario once mapped to events', () => {
    const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
    const exercise = createExercise(scenario, { seed: 1 });
    let at = 1_767_225_600_000;
    const send = (command: EngineCommand, seat: Seat = { team: null, player: null }) =>
      exercise.send(toEngineEvent(command, seat, (at += 1000)));
    expect(send({ id: 'cmd-start-0001', type: 'facilitator.start', skipPractice: true })).toEqual({
      ok: true,
    });
    for (let step = 0; step < 3; step += 1) {
      expect(send({ id: `cmd-advance-${step}`, type: 'facilitator.advance' }).ok).toBe(true);
    }
    expect(exercise.phase).toBe('decisions');
    const decision = VALID_COMMANDS['team.submitDecision'];
    const washington = { team: 'washington', player: 'p-1' };
    expect(send(decision, washington)).toEqual({ ok: true });
    const again = send(decision, washington);
    expect(again.ok).toBe(false);
  });
});
