import type {
  ClientCommand,
  KnowledgeAnswers,
  RateTeamCommand,
  ReflectionAnswers,
} from '@borderline/shared';
import { chooseDilemmaOption, decideForTeam, type Temperament } from '../../../../server/src/bots';
import type { CommandSender, ExerciseService } from '../../../../server/src/exercises';
import type { FakeClock } from '../../../support/fake-clock';
import { submitAs, type ExerciseCommand } from '../../../support/submit-as';

export interface EndedExerciseOptions {
  service: ExerciseService;
  clock: FakeClock;
  exerciseId: string;
  /** The lead's player id of every team. */
  leads: Record<string, string>;
  /** Reflections written in the hotwash, by player id. */
  reflections: Record<string, ReflectionAnswers>;
  /** Knowledge-check answers, by player id: in the lobby (`before`) and in the hotwash (`after`). */
  knowledge?: Record<string, { before: KnowledgeAnswers; after: KnowledgeAnswers }>;
  /** Control's ratings, given in the hotwash once the reflections are in. */
  ratings?: Pick<RateTeamCommand, 'team' | 'objective' | 'level' | 'note'>[];
  /** How the leads' bots choose (hawkish unless said). */
  temperament?: Temperament;
  /** Stop in the hotwash, before Control closes it (the exercise has not ended). */
  stopInHotwash?: boolean;
  /** Command ids are `<prefix><n>`: a second call on the same exercise needs its own. */
  prefix?: string;
}

/**
 * Plays an exercise of the first scenario through the service as a seminar
 * would: Control releases and advances, the leads decide as bots would
 * (hawkish unless told otherwise) through their own seats, Control rules on
 * free-form actions and notes each move, the dilemma's team answers it, the players write their
 * reflections (and sit the knowledge check, before and after, when given
 * answers), Control rates the teams when given ratings, and closes the hotwash.
 */
export function playEndedExercise(options: EndedExerciseOptions): void {
  const { service, clock, exerciseId, leads, reflections } = options;
  let counter = 0;
  const send = (sender: CommandSender, command: ExerciseCommand) => {
    const result = submitAs(
      service,
      exerciseId,
      sender,
      `${options.prefix ?? 'end-'}${(counter += 1)}`,
      command,
    );
    if (!result.ok) throw new Error(`${command.type} refused: ${result.reason}: ${result.message}`);
  };
  const control = (command: ExerciseCommand) => send({ kind: 'facilitator' }, command);
  /** A command the client sends as it is (no engine event to strip: the server adds the rest). */
  const sendClient = (sender: CommandSender, command: ClientCommand) => {
    const result = service.submit(exerciseId, sender, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.reason}: ${result.message}`);
  };
  const nextId = () => `${options.prefix ?? 'end-'}${(counter += 1)}`;
  const lead = (team: string) => {
    const playerId = leads[team];
    if (playerId === undefined) throw new Error(`nobody leads ${team}`);
    return { kind: 'player' as const, playerId };
  };
  const noted = new Set<number>();
  const rated = new Set<number>();
  const sat = (player: string, attempt: 'before' | 'after') =>
    service
      .state(exerciseId)
      .context.knowledgeAttempts.some(
        (entry) => entry.player === player && entry.attempt === attempt,
      );
  /** The first player yet to sit this sitting, answered for; false when everyone has. */
  const sitNext = (attempt: 'before' | 'after'): boolean => {
    const next = Object.entries(options.knowledge ?? {}).find(([player]) => !sat(player, attempt));
    if (next === undefined) return false;
    const [player, answers] = next;
    sendClient(
      { kind: 'player', playerId: player },
      { id: nextId(), type: 'player.answerKnowledgeCheck', attempt, answers: answers[attempt] },
    );
    return true;
  };
  for (let steps = 0; ; steps += 1) {
    clock.runDue();
    const state = service.state(exerciseId);
    if (state.ended) return;
    if (steps > 2_000) throw new Error(`the exercise did not end (phase ${state.context.phase})`);
    clock.advanceBy(30_000);
    const { context, scenario } = state;
    switch (context.phase) {
      case 'lobby':
        if (!sitNext('before')) control({ type: 'facilitator.start' });
        break;
      case 'decisions': {
        const decided = new Set(
          context.decisions.filter((d) => d.move === context.move).map((d) => d.team),
        );
        const team = scenario.rules.turnOrder.find((candidate) => !decided.has(candidate));
        if (team === undefined) throw new Error('every team has decided');
        const decision = decideForTeam(scenario, context, team, options.temperament ?? 'hawkish');
        send(lead(team), { type: 'team.submitDecision', team, decision });
        break;
      }
      case 'adjudication': {
        const pending = context.review?.results.find((result) => result.outcome === 'pending');
        if (pending !== undefined) {
          control({
            type: 'facilitator.setFreeformOdds',
            action: pending.id,
            odds: 50,
            reason: 'Even odds.',
          });
        } else if (!noted.has(context.move)) {
          noted.add(context.move);
          control({
            type: 'facilitator.addNarrative',
            text: `Control's note on move ${context.move}`,
          });
        } else {
          control({ type: 'facilitator.publishAdjudication' });
        }
        break;
      }
      case 'dilemma': {
        const team = context.ending?.dilemma?.team ?? '';
        const option = chooseDilemmaOption(scenario, context, team, 'balanced') ?? '';
        send(lead(team), { type: 'team.chooseDilemmaOption', team, option });
        break;
      }
      case 'hotwash': {
        const written = new Set(context.reflections.map((reflection) => reflection.player));
        const next = Object.entries(reflections).find(([player]) => !written.has(player));
        if (next !== undefined) {
          const [player, answers] = next;
          send(
            { kind: 'player', playerId: player },
            { type: 'player.submitReflection', player, answers },
          );
        } else if (sitNext('after')) {
          break;
        } else if (rated.size < (options.ratings ?? []).length) {
          const index = rated.size;
          rated.add(index);
          const rating = options.ratings?.[index];
          if (rating !== undefined) {
            sendClient(
              { kind: 'facilitator' },
              { id: nextId(), type: 'assessment.rateTeam', ...rating },
            );
          }
        } else if (options.stopInHotwash === true) {
          return;
        } else {
          control({ type: 'facilitator.closeHotwash' });
        }
        break;
      }
      default:
        control({ type: 'facilitator.advance' });
    }
  }
}
