import type { ExerciseView, Scenario } from '@borderline/shared';
import {
  createExerciseOverHttp,
  HeadlessClient,
  joinOverHttp,
  type OutgoingCommand,
} from '@borderline/shared/client';
import { chooseDilemmaOption, decideForTeam } from '../bots';
import type { Temperament } from '../bots/temperament';
import { createExercise, isExerciseEvent, replayEvents, type ExerciseContext } from '../engine';

export interface LiveGameOptions {
  baseUrl: string;
  scenario: Scenario;
  seed: number;
  skipPractice: boolean;
  temperaments: Record<string, Temperament>;
  /** Hears how long each command took to be acknowledged (for the load benchmark). */
  onAck?: (type: string, milliseconds: number) => void;
  /** Hears the exercise's id and Control's key once it is created (e.g. to open its report). */
  onCreated?: (created: { exerciseId: string; facilitatorKey: string }) => void;
}

async function viewOf(client: HeadlessClient): Promise<ExerciseView> {
  const result = await client.sync();
  if (!result.ok) throw new Error(`sync refused: ${result.error.message}`);
  return result.data;
}

/**
 * The exact engine state, rebuilt from Control's log. The bots' brains run
 * here, in the harness that holds the facilitator key, so that each bot
 * decides on the same state as in the in-process simulation; every decision
 * still travels over its own team's socket like a person's.
 */
function contextFromControl(scenario: Scenario, view: ExerciseView, seed: number): ExerciseContext {
  const log = view.control?.log;
  if (log === undefined) throw new Error('the facilitator view has no log');
  const exercise = createExercise(scenario, { seed, config: view.exercise.config });
  const events = log.map(({ seq, event }) => {
    if (!isExerciseEvent(event)) throw new Error(`log entry ${seq} is not an engine event`);
    return { seq, event };
  });
  replayEvents(exercise, events);
  return exercise.context;
}

/** A command of a bot game, sent by Control (`team` null) or by a team's lead. */
export interface BotGameCommand {
  team: string | null;
  command: OutgoingCommand;
}

/**
 * What a game played by bots sends next, read from Control's view: Control
 * advances, publishes each adjudication as proposed and closes the debrief;
 * the teams whose turn it is decide (and a dilemma's team answers) with the
 * bots' policy on the state rebuilt from the log. Null once the game ended.
 */
export function nextBotGameCommands(
  scenario: Scenario,
  view: ExerciseView,
  seed: number,
  temperament: (team: string) => Temperament,
): BotGameCommand[] | null {
  const control = (command: OutgoingCommand): BotGameCommand[] => [{ team: null, command }];
  switch (view.exercise.phase) {
    case 'ended':
      return null;
    case 'decisions': {
      const context = contextFromControl(scenario, view, seed);
      const { current, pending } = view.exercise.turn;
      return (current === null ? pending : [current]).map((team) => ({
        team,
        command: {
          type: 'team.submitDecision',
          decision: decideForTeam(scenario, context, team, temperament(team)),
        },
      }));
    }
    case 'dilemma': {
      const context = contextFromControl(scenario, view, seed);
      const team = context.ending?.dilemma?.team ?? '';
      const option = chooseDilemmaOption(scenario, context, team, temperament(team)) ?? '';
      return [{ team, command: { type: 'team.chooseDilemmaOption', option } }];
    }
    case 'adjudication':
      return control({ type: 'facilitator.publishAdjudication' });
    case 'hotwash':
      return control({ type: 'facilitator.closeHotwash' });
    default:
      return control({ type: 'facilitator.advance' });
  }
}

/**
 * Plays one complete exercise against a running server: Control and a bot
 * for every team connect over real sockets; Control advances and publishes
 * every adjudication as proposed, as the in-process simulation does.
 */
export async function playLiveGame(options: LiveGameOptions): Promise<ExerciseView> {
  const { baseUrl, scenario, seed } = options;
  const created = await createExerciseOverHttp(baseUrl, {
    scenarioId: scenario.id,
    settings: { seed, skipPractice: options.skipPractice },
  });
  const exerciseId = created.exerciseId;
  options.onCreated?.({ exerciseId, facilitatorKey: created.facilitatorKey });
  const facilitator = await HeadlessClient.connect({
    baseUrl,
    auth: { exerciseId, role: 'facilitator', key: created.facilitatorKey },
  });
  const bots = new Map<string, HeadlessClient>();
  const timed = async (client: HeadlessClient, command: OutgoingCommand): Promise<void> => {
    const started = performance.now();
    await client.expectOk(command);
    options.onAck?.(command.type, performance.now() - started);
  };
  try {
    for (const team of scenario.teams) {
      const seat = await joinOverHttp(baseUrl, {
        joinCode: created.joinCode,
        name: `Bot ${team.id}`,
        team: team.id,
      });
      bots.set(
        team.id,
        await HeadlessClient.connect({
          baseUrl,
          auth: { exerciseId, role: 'player', token: seat.token },
        }),
      );
    }
    const botOf = (team: string): HeadlessClient => {
      const bot = bots.get(team);
      if (bot === undefined) throw new Error(`no bot seated for ${team}`);
      return bot;
    };
    const temperament = (team: string): Temperament => options.temperaments[team] ?? 'balanced';

    await timed(facilitator, { type: 'facilitator.start' });
    for (let steps = 0; steps < 10_000; steps += 1) {
      const view = await viewOf(facilitator);
      const next = nextBotGameCommands(scenario, view, seed, temperament);
      if (next === null) return view;
      for (const { team, command } of next) {
        await timed(team === null ? facilitator : botOf(team), command);
      }
    }
    throw new Error('The live exercise did not end.');
  } finally {
    facilitator.close();
    for (const bot of bots.values()) bot.close();
  }
}
