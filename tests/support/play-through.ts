import type { CommandSender, ExerciseService } from '../../server/src/exercises';
import type { FakeClock } from './fake-clock';
import { submitAs, type ExerciseCommand } from './submit-as';

export interface PlayThrough {
  service: ExerciseService;
  clock: FakeClock;
  exerciseId: string;
  /** The lead's player id for each team people play; bot seats are left to the service. */
  leads?: Record<string, string>;
  /** Command ids are `<prefix><n>`. */
  prefix?: string;
  /** Time passing between steps. */
  stepMs?: number;
}

/**
 * Plays an exercise to its end through the service: Control advances and
 * publishes each adjudication as proposed, human leads hold (or choose a
 * dilemma's first option), and bots play their seats on the clock's ticks.
 * Returns the number of steps taken.
 */
export function playToEnd(options: PlayThrough): number {
  const { service, clock, exerciseId, leads = {}, prefix = 'play-', stepMs = 1_000 } = options;
  let counter = 0;
  const send = (sender: CommandSender, command: ExerciseCommand) => {
    const result = submitAs(service, exerciseId, sender, `${prefix}${(counter += 1)}`, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.reason}: ${result.message}`);
  };
  const control = (command: ExerciseCommand) => send({ kind: 'facilitator' }, command);
  for (let steps = 0; ; steps += 1) {
    clock.runDue();
    const state = service.state(exerciseId);
    if (state.ended) return steps;
    if (steps > 2_000) throw new Error(`the exercise did not end (phase ${state.context.phase})`);
    clock.advanceBy(stepMs);
    const { context } = state;
    switch (context.phase) {
      case 'lobby':
        control({ type: 'facilitator.start' });
        break;
      case 'decisions': {
        const decided = new Set(
          context.decisions.filter((d) => d.move === context.move).map((d) => d.team),
        );
        const team = state.scenario.rules.turnOrder.find((t) => !decided.has(t));
        const lead = team === undefined ? undefined : leads[team];
        if (team === undefined || lead === undefined) {
          throw new Error(`nobody decides for ${team ?? 'no team'} in move ${context.move}`);
        }
        send(
          { kind: 'player', playerId: lead },
          {
            type: 'team.submitDecision',
            team,
            decision: { kind: 'hold', rationale: 'we wait' },
          },
        );
        break;
      }
      case 'adjudication':
        control({ type: 'facilitator.publishAdjudication' });
        break;
      case 'dilemma': {
        const dilemma = context.ending?.dilemma;
        const lead = dilemma === undefined || dilemma === null ? undefined : leads[dilemma.team];
        const ending = state.scenario.endings.find((e) => e.id === context.ending?.id);
        const option = ending?.dilemma?.options[0]?.id;
        if (
          dilemma === undefined ||
          dilemma === null ||
          lead === undefined ||
          option === undefined
        ) {
          throw new Error('nobody settles the dilemma');
        }
        send(
          { kind: 'player', playerId: lead },
          {
            type: 'team.chooseDilemmaOption',
            team: dilemma.team,
            option,
          },
        );
        break;
      }
      case 'hotwash':
        control({ type: 'facilitator.closeHotwash' });
        break;
      default:
        control({ type: 'facilitator.advance' });
    }
  }
}
