import { chooseDilemmaOption, decideForTeam } from '../bots';
import { currentTeam, indexScenario, pendingTeams, type ExerciseEvent } from '../engine';
import type { Clock } from './clock';
import type { LiveExercise } from './live-exercise';
import type { ServiceLogger } from './service-deps';
import type { EntrySender } from './stored-entry';

/** What the automation needs from the service: the clock, and a way to apply a server-sent event. */
export interface AutomationHost {
  clock: Clock;
  logger: ServiceLogger;
  /** Applies an event the server itself sends (no command id, no authorisation). */
  applySystemEvent(
    live: LiveExercise,
    event: ExerciseEvent,
    sender: EntrySender,
  ): { ok: true } | { ok: false; code: string; message: string };
  /** Whether this exercise object is still the one the service runs (not deleted or reloaded). */
  isCurrent(live: LiveExercise): boolean;
}

/**
 * Keeps one wake-up armed at the running deadline of the exercise's timer,
 * and none when the timer is paused, stopped or the exercise ended. When it
 * fires, the service sends `clock.deadlineReached` stamped with the time.
 */
export function armDeadline(host: AutomationHost, live: LiveExercise): void {
  const { timer } = live.engine.context;
  const at = !live.engine.isEnded && timer?.status === 'running' ? timer.deadline : null;
  if (live.deadline !== null && live.deadline.at === at) return;
  live.deadline?.cancel();
  live.deadline = null;
  if (at === null) return;
  const cancel = host.clock.schedule(at, () => {
    live.deadline = null;
    if (!host.isCurrent(live)) return;
    const now = host.clock.now();
    if (now < at) {
      armDeadline(host, live);
      return;
    }
    const result = host.applySystemEvent(
      live,
      { type: 'clock.deadlineReached', at: now },
      { kind: 'clock' },
    );
    if (!result.ok) {
      host.logger.warn(
        { exerciseId: live.id, code: result.code, reason: result.message },
        'deadline event refused',
      );
    }
  });
  live.deadline = { at, cancel };
}

/** The bot team that owes a move now, if any: its team's decision, or the dilemma it must settle. */
export function owingBotTeam(live: LiveExercise): string | null {
  const { engine, scenario, roster } = live;
  if (engine.isEnded || engine.isPaused) return null;
  const { context } = engine;
  if (context.phase === 'decisions') {
    const index = indexScenario(scenario);
    const current = currentTeam(index, context);
    const teams = current === null ? pendingTeams(index, context) : [current];
    return teams.find((team) => roster.bots.has(team)) ?? null;
  }
  const dilemma = context.ending?.dilemma;
  if (context.phase === 'dilemma' && dilemma && dilemma.option === null) {
    return roster.bots.has(dilemma.team) ? dilemma.team : null;
  }
  return null;
}

/** The bot's event for the team that owes a move, stamped `at`. */
export function botEvent(live: LiveExercise, team: string, at: number): ExerciseEvent | null {
  const { engine, scenario, roster } = live;
  const temperament = roster.bots.get(team) ?? 'balanced';
  if (engine.context.phase === 'dilemma') {
    const option = chooseDilemmaOption(scenario, engine.context, team, temperament);
    return option === null ? null : { type: 'team.chooseDilemmaOption', team, option, at };
  }
  const decision = decideForTeam(scenario, engine.context, team, temperament);
  return { type: 'team.submitDecision', team, decision, at };
}

/**
 * When a bot seat owes a move, plays it on the next tick of the clock (so
 * the event that made it due is stored and announced first). One bot acts
 * per tick; its accepted event schedules the next.
 */
export function scheduleBots(host: AutomationHost, live: LiveExercise): void {
  if (live.botTask !== null || owingBotTeam(live) === null) return;
  live.botTask = host.clock.schedule(host.clock.now(), () => {
    live.botTask = null;
    if (!host.isCurrent(live)) return;
    const team = owingBotTeam(live);
    const event = team === null ? null : botEvent(live, team, host.clock.now());
    if (team === null || event === null) return;
    const result = host.applySystemEvent(live, event, { kind: 'bot', team });
    if (!result.ok) {
      host.logger.error(
        { exerciseId: live.id, team, code: result.code, reason: result.message },
        'bot move refused',
      );
    }
  });
}
