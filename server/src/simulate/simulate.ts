import type { Scenario } from '@borderline/shared';
import { hashSeed } from '../engine';
import { resolveTemperaments, runGame, type PlayedGame, type TemperamentChoice } from './run-game';

export interface SimulationOptions {
  runs: number;
  seed: number;
  temperaments?: Partial<Record<string, TemperamentChoice>> | undefined;
  format?: string | undefined;
  skipPractice?: boolean | undefined;
  /** Called with every finished game (the CLI keeps the only one of a single run). */
  onGame?: ((game: PlayedGame, gameSeed: number) => void) | undefined;
}

export interface Range {
  min: number;
  mean: number;
  max: number;
}

export interface SimulationSummary {
  scenario: string;
  format: string;
  runs: number;
  seed: number;
  temperaments: Partial<Record<string, TemperamentChoice>>;
  gamesPerSecond: number;
  eventsPerGame: number;
  /** Ending id (or "none") -> games. */
  endings: Record<string, number>;
  tracks: Record<string, Range>;
  /** Team -> weighted objective score (0..1) over the games, and how often each objective was met. */
  scores: Record<string, Range & { objectives: Record<string, number> }>;
  /** Team -> temperament -> games, when temperaments are mixed. */
  temperamentsPlayed: Record<string, Record<string, number>>;
}

function accumulate(range: Range & { sum: number }, value: number): void {
  range.min = Math.min(range.min, value);
  range.max = Math.max(range.max, value);
  range.sum += value;
}

function newRange(): Range & { sum: number } {
  return { min: Infinity, mean: 0, max: -Infinity, sum: 0 };
}

function finish(range: Range & { sum: number }, runs: number): Range {
  return { min: range.min, mean: Number((range.sum / runs).toFixed(3)), max: range.max };
}

/** The seed of game `run` of a batch. */
export function gameSeed(seed: number, run: number): number {
  return hashSeed(seed, run);
}

/** Plays `runs` complete exercises with bots in every seat and summarises them. */
export function simulate(scenario: Scenario, options: SimulationOptions): SimulationSummary {
  const endings: Record<string, number> = {};
  const tracks = new Map(scenario.tracks.map((track) => [track.id, newRange()]));
  const scores = new Map(scenario.teams.map((team) => [team.id, newRange()]));
  const met: Record<string, Record<string, number>> = {};
  const played: Record<string, Record<string, number>> = {};
  let events = 0;
  const started = performance.now();
  for (let run = 0; run < options.runs; run += 1) {
    const seed = gameSeed(options.seed, run);
    const game = runGame(scenario, {
      seed,
      temperaments: options.temperaments,
      format: options.format,
      skipPractice: options.skipPractice,
    });
    const { context } = game;
    const ending = context.ending?.id ?? 'none';
    endings[ending] = (endings[ending] ?? 0) + 1;
    events += game.log.length;
    for (const [track, range] of tracks) accumulate(range, context.tracks[track] ?? NaN);
    for (const score of context.scores ?? []) {
      const range = scores.get(score.team);
      if (range) accumulate(range, score.score);
      const teamMet = (met[score.team] ??= {});
      for (const objective of score.objectives) {
        teamMet[objective.objective] =
          (teamMet[objective.objective] ?? 0) + (objective.met ? 1 : 0);
      }
    }
    const temperaments = resolveTemperaments(scenario, seed, options.temperaments);
    for (const [team, temperament] of Object.entries(temperaments)) {
      const counts = (played[team] ??= {});
      counts[temperament] = (counts[temperament] ?? 0) + 1;
    }
    options.onGame?.(game, seed);
  }
  const seconds = (performance.now() - started) / 1000;
  const runs = Math.max(1, options.runs);
  return {
    scenario: scenario.id,
    format: options.format ?? scenario.formats[0]?.id ?? 'standard',
    runs: options.runs,
    seed: options.seed,
    temperaments: options.temperaments ?? {},
    gamesPerSecond: Math.round(options.runs / Math.max(seconds, 1e-9)),
    eventsPerGame: Number((events / runs).toFixed(1)),
    endings,
    tracks: Object.fromEntries([...tracks].map(([track, range]) => [track, finish(range, runs)])),
    scores: Object.fromEntries(
      [...scores].map(([team, range]) => [
        team,
        {
          ...finish(range, runs),
          objectives: Object.fromEntries(
            Object.entries(met[team] ?? {}).map(([id, count]) => [id, count / runs]),
          ),
        },
      ]),
    ),
    temperamentsPlayed: played,
  };
}
