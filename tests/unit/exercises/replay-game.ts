import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import type { DecisionInput } from '@borderline/shared';
import { decideForTeam } from '../../../server/src/bots';
import { currentTeam, indexScenario } from '../../../server/src/engine';
import type { CommandSender, ExerciseService } from '../../../server/src/exercises';
import type { FakeClock } from '../../support/fake-clock';
import { submitAs, type ExerciseCommand } from '../../support/submit-as';

/** The first scenario, as the server loads it. */
export const usMexico = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));

/** Text markers, to find a secret in a view (or make sure it is not there). */
export const mark = {
  rationale: (team: string, move: number) => `RATIONALE<${team},${move}>`,
  chat: (channel: string, move: number) => `CHAT<${channel},${move}>`,
  draft: (team: string, move: number) => `DRAFT<${team},${move}>`,
};

/** How each people-played team decides, given the move. */
export type Deciders = Record<string, (move: number) => DecisionInput>;

export interface GameSeats {
  service: ExerciseService;
  clock: FakeClock;
  exerciseId: string;
  /** Player ids of the people-played teams' leads, by team. */
  leads: Record<string, string>;
  deciders: Deciders;
  /** Called once at each move's deliberation (chat, drafts, late joiners). */
  onDeliberation?: (move: number) => void;
  prefix?: string;
}

/**
 * Plays an exercise of the first scenario to its end (or until `stop` says
 * so) through the service, as a seminar would: Control advances and
 * publishes the adjudications as proposed, people decide as `deciders`
 * say, bots play their seats on the clock's ticks, everybody reflects.
 */
export function playOn(seats: GameSeats, stop?: (phase: string, move: number) => boolean): void {
  const { service, clock, exerciseId, leads, deciders } = seats;
  const index = indexScenario(usMexico);
  const prefix = seats.prefix ?? 'play-';
  let counter = 0;
  const send = (sender: CommandSender, command: ExerciseCommand) => {
    const result = submitAs(service, exerciseId, sender, `${prefix}${(counter += 1)}`, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.reason}: ${result.message}`);
  };
  const control = (command: ExerciseCommand) => send({ kind: 'facilitator' }, command);
  const talked = new Set<number>();
  for (let steps = 0; steps < 2_000; steps += 1) {
    clock.runDue();
    const state = service.state(exerciseId);
    const { context } = state;
    if (state.ended || stop?.(context.phase, context.move) === true) return;
    clock.advanceBy(1_000);
    switch (context.phase) {
      case 'lobby':
        control({ type: 'facilitator.start' });
        break;
      case 'deliberation':
        if (!talked.has(context.move)) {
          talked.add(context.move);
          seats.onDeliberation?.(context.move);
        }
        control({ type: 'facilitator.advance' });
        break;
      case 'decisions': {
        const team = currentTeam(index, context);
        const lead = team === null ? undefined : leads[team];
        const decide = team === null ? undefined : deciders[team];
        // A bot's seat: it plays on the next tick.
        if (team === null || lead === undefined || decide === undefined) break;
        send(
          { kind: 'player', playerId: lead },
          { type: 'team.submitDecision', team, decision: decide(context.move) },
        );
        break;
      }
      case 'adjudication':
        control({ type: 'facilitator.publishAdjudication' });
        break;
      case 'dilemma': {
        const dilemma = context.ending?.dilemma;
        const lead = dilemma === undefined || dilemma === null ? undefined : leads[dilemma.team];
        const option = usMexico.endings.find((e) => e.id === context.ending?.id)?.dilemma
          ?.options[0]?.id;
        if (dilemma === undefined || dilemma === null || lead === undefined) break;
        if (option === undefined) throw new Error('a dilemma without options');
        send(
          { kind: 'player', playerId: lead },
          { type: 'team.chooseDilemmaOption', team: dilemma.team, option },
        );
        break;
      }
      case 'hotwash':
        for (const lead of Object.values(leads)) {
          send(
            { kind: 'player', playerId: lead },
            {
              type: 'player.submitReflection',
              player: lead,
              answers: { whatHappened: 'We held the line.', takeaway: 'Talk early.' },
            },
          );
        }
        control({ type: 'facilitator.closeHotwash' });
        break;
      default:
        control({ type: 'facilitator.advance' });
    }
  }
  throw new Error('the exercise did not end within 2000 steps');
}

export interface OriginalGame {
  exerciseId: string;
  joinCode: string;
  facilitatorKey: string;
  ana: string;
  carla: string;
  /** The observer who joined during move 1's deliberation. */
  olga: string | undefined;
}

/**
 * The original game the replay and fork tests look at: Ana leads
 * Washington and plays what a hawkish bot would, Carla leads Mexico City and
 * publicly refuses foreign troops every move, a hawkish bot plays the
 * Cartels (covert cards); every move Ana drafts and both talk, and Olga
 * joins as an observer during move 1.
 */
export function playOriginal(
  service: ExerciseService,
  clock: FakeClock,
  seed: number,
): OriginalGame {
  const created = service.createExercise({ scenarioId: usMexico.id, settings: { seed } });
  const { exerciseId, joinCode } = created;
  const ana = service.joinExercise(joinCode, { name: 'Ana', team: 'washington' }).playerId;
  const carla = service.joinExercise(joinCode, { name: 'Carla', team: 'mexico-city' }).playerId;
  service.setSeat(exerciseId, 'cartels', 'bot', 'hawkish');
  let olga: string | undefined;
  playOn({
    service,
    clock,
    exerciseId,
    leads: { washington: ana, 'mexico-city': carla },
    deciders: {
      washington: (move) => ({
        ...decideForTeam(usMexico, service.state(exerciseId).context, 'washington', 'balanced'),
        rationale: mark.rationale('washington', move),
      }),
      'mexico-city': (move) => ({
        kind: 'actions',
        // Refusing foreign troops is rationed to two uses; then the team surges its own raids.
        cards: [move <= 2 ? 'refuse-foreign-troops' : 'lab-and-seizure-surge'],
        rationale: mark.rationale('mexico-city', move),
        statement: `No foreign troops, move ${move}.`,
      }),
    },
    onDeliberation: (move) => {
      if (move === 1) {
        olga = service.joinExercise(joinCode, { name: 'Olga', team: null }).playerId;
      }
      service.updateDraft(exerciseId, ana, {
        kind: 'hold',
        rationale: mark.draft('washington', move),
      });
      const player = (playerId: string) => ({ kind: 'player' as const, playerId });
      service.postChat(
        exerciseId,
        player(ana),
        'team:washington',
        mark.chat('team:washington', move),
      );
      service.postChat(
        exerciseId,
        player(carla),
        'channel:washington-mexico-city',
        mark.chat('line', move),
      );
      service.postChat(
        exerciseId,
        { kind: 'facilitator' },
        'broadcast',
        mark.chat('broadcast', move),
      );
      clock.advanceBy(1_000);
    },
  });
  return { exerciseId, joinCode, facilitatorKey: created.facilitatorKey, ana, carla, olga };
}
