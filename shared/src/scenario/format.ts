import { z } from 'zod';
import { Id, LocalizedText } from './primitives';
import type { Scenario } from './scenario';

const Minutes = z.number().int().min(1).max(240);

/** The clocked phases of a format, plus Control's unclocked time per move. */
export const FormatTiming = z.strictObject({
  briefingMinutes: Minutes,
  deliberationMinutes: Minutes,
  /** Each team's decision window; in sequential mode every team gets its own in turn. */
  decisionMinutes: Minutes,
  /**
   * Control's time per move to review the adjudication and talk the room
   * through the results. Not clocked by the engine, but part of the plan:
   * a seminar that forgets it overruns.
   */
  resultsMinutes: z.number().int().min(0).max(60),
  hotwashMinutes: Minutes,
});
export type FormatTiming = z.infer<typeof FormatTiming>;

/**
 * A way to play the scenario in a seminar of a given length: which moves are
 * played, their timings and how decisions are taken. The scenario checker
 * proves that its phases add up to the minutes it announces.
 */
export const Format = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedText,
  /** The length it announces; the checker proves the timing adds up to it. */
  minutes: z.number().int().min(15).max(600),
  /** Move numbers played, in order; move 0 is the practice move. */
  moves: z.array(z.number().int().min(0)).min(1),
  decisionMode: z.enum(['sequential', 'simultaneous']),
  timing: FormatTiming,
  /**
   * Scheduled cards this format leaves out to fit its time. Every other card
   * scheduled for a move it skips is released at the next move it plays.
   */
  omitInjects: z.array(Id).default([]),
});
export type Format = z.infer<typeof Format>;

/** The minutes a format's phases add up to, for a scenario with `teams` teams deciding. */
export function formatTotalMinutes(
  format: Pick<Format, 'moves' | 'decisionMode' | 'timing'>,
  teams: number,
): number {
  const { timing } = format;
  const decisions =
    format.decisionMode === 'sequential' ? timing.decisionMinutes * teams : timing.decisionMinutes;
  const perMove = timing.deliberationMinutes + decisions + timing.resultsMinutes;
  return timing.briefingMinutes + format.moves.length * perMove + timing.hotwashMinutes;
}

/**
 * The formats a scenario is played in: its own, or for a scenario that
 * declares none, one that plays every move with its own timing and rules.
 */
export function scenarioFormats(scenario: Scenario): Format[] {
  if (scenario.formats.length > 0) return scenario.formats;
  const moves = scenario.moves.map((move) => move.number).sort((a, b) => a - b);
  const format = {
    moves,
    decisionMode: scenario.rules.decisionMode,
    timing: { ...scenario.timing, resultsMinutes: 0 },
  };
  return [
    {
      id: 'standard',
      name: { en: 'Every move', es: 'Todas las rondas' },
      description: { en: 'Every move of the scenario.', es: 'Todas las rondas del escenario.' },
      minutes: formatTotalMinutes(format, scenario.rules.turnOrder.length),
      omitInjects: [],
      ...format,
    },
  ];
}
