import type { Scenario } from '@borderline/shared';
import type { ExerciseContext } from '../engine';
import { TEMPERAMENTS, type Temperament } from '../bots/temperament';
import { gameSeed } from './simulate';
import { runGame, type TemperamentChoice } from './run-game';

/**
 * Whether the teams' choices matter more than the dice, measured over many
 * bot games: how the endings spread, how far each team's temperament moves
 * them, how much of the ending's uncertainty the three temperaments explain,
 * and how often every card is played and every odds modifier applies.
 */
export interface BalanceOptions {
  /** Games per condition: the mixed games, and each team's games per temperament. */
  runs: number;
  seed: number;
  format?: string | undefined;
  skipPractice?: boolean | undefined;
  /** Games per temperament combination of the grid; `runs` / 4 when absent. */
  gridRuns?: number | undefined;
}

export interface BalanceCombination {
  temperaments: Record<string, Temperament>;
  /** Ending id (or "none") -> share of the combination's games. */
  endings: Record<string, number>;
}

export interface BalanceReport {
  scenario: string;
  format: string;
  runs: number;
  gridRuns: number;
  seed: number;
  /** Ending id -> share of the mixed games (every team's temperament drawn per game). */
  endings: Record<string, number>;
  /** One entry per combination of the teams' temperaments. */
  combinations: BalanceCombination[];
  /** The largest share of one ending in one combination. */
  worstCombination: { ending: string; share: number; temperaments: Record<string, Temperament> };
  /** Team -> total variation distance between its hawkish and cooperative games' endings (others mixed). */
  tvd: Record<string, number>;
  /** Team -> its own mean objective score per temperament (others mixed). */
  scores: Record<string, Record<Temperament, number>>;
  /** Team -> its best minus its worst temperament's mean own score. */
  scoreSpread: Record<string, number>;
  /** Mutual information between the temperaments and the ending over the ending's entropy, on the grid. */
  explained: number;
  /** `card#n` (the card's n-th odds modifier) -> share of the mixed games in which it applied. */
  modifiers: Record<string, number>;
  /** Card id -> share of the mixed games in which it was played. */
  cards: Record<string, number>;
}

type Distribution = Record<string, number>;

function ratio(value: number): number {
  return Number(value.toFixed(4));
}

function normalise(counts: Distribution, total: number): Distribution {
  return Object.fromEntries(
    Object.entries(counts)
      .sort(([, a], [, b]) => b - a)
      .map(([key, count]) => [key, ratio(count / Math.max(1, total))]),
  );
}

/** Total variation distance between two distributions. */
export function totalVariation(a: Distribution, b: Distribution): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let sum = 0;
  for (const key of keys) sum += Math.abs((a[key] ?? 0) - (b[key] ?? 0));
  return ratio(sum / 2);
}

function entropy(distribution: Distribution): number {
  let h = 0;
  for (const p of Object.values(distribution)) if (p > 0) h -= p * Math.log2(p);
  return h;
}

/** I(temperaments; ending) / H(ending), each combination weighed equally. */
export function explainedShare(combinations: readonly BalanceCombination[]): number {
  if (combinations.length === 0) return 0;
  const marginal: Distribution = {};
  for (const combination of combinations) {
    for (const [ending, p] of Object.entries(combination.endings)) {
      marginal[ending] = (marginal[ending] ?? 0) + p / combinations.length;
    }
  }
  const total = entropy(marginal);
  if (total === 0) return 0;
  const conditional =
    combinations.reduce((sum, combination) => sum + entropy(combination.endings), 0) /
    combinations.length;
  return ratio((total - conditional) / total);
}

/** Every combination of one temperament per team, in the scenario's team order. */
function temperamentGrid(teams: readonly string[]): Record<string, Temperament>[] {
  let grid: Record<string, Temperament>[] = [{}];
  for (const team of teams) {
    grid = grid.flatMap((partial) =>
      TEMPERAMENTS.map((temperament) => ({ ...partial, [team]: temperament })),
    );
  }
  return grid;
}

interface Batch {
  endings: Distribution;
  games: number;
  scores: Record<string, number>;
  modifiers: Distribution;
  cards: Distribution;
}

function recordGame(batch: Batch, context: ExerciseContext): void {
  const ending = context.ending?.id ?? 'none';
  batch.endings[ending] = (batch.endings[ending] ?? 0) + 1;
  batch.games += 1;
  for (const score of context.scores ?? []) {
    batch.scores[score.team] = (batch.scores[score.team] ?? 0) + score.score;
  }
  // The practice move is a sandbox: only scored moves count.
  const modifiers = new Set<string>();
  const cards = new Set<string>();
  for (const adjudication of context.adjudications) {
    if (adjudication.move === 0) continue;
    for (const result of adjudication.results) {
      if (result.card === null) continue;
      cards.add(result.card);
      result.odds?.modifiers.forEach((modifier, i) => {
        if (modifier.applies) modifiers.add(`${result.card}#${i}`);
      });
    }
  }
  for (const key of modifiers) batch.modifiers[key] = (batch.modifiers[key] ?? 0) + 1;
  for (const key of cards) batch.cards[key] = (batch.cards[key] ?? 0) + 1;
}

function playBatch(
  scenario: Scenario,
  options: BalanceOptions,
  temperaments: Partial<Record<string, TemperamentChoice>>,
  runs: number,
  salt: number,
): Batch {
  const batch: Batch = { endings: {}, games: 0, scores: {}, modifiers: {}, cards: {} };
  for (let run = 0; run < runs; run += 1) {
    const seed = gameSeed(options.seed + salt, run);
    const game = runGame(scenario, {
      seed,
      temperaments,
      format: options.format,
      skipPractice: options.skipPractice,
    });
    recordGame(batch, game.context);
  }
  return batch;
}

export function balance(scenario: Scenario, options: BalanceOptions): BalanceReport {
  const teams = scenario.teams.map((team) => team.id);
  const gridRuns = options.gridRuns ?? Math.max(1, Math.round(options.runs / 4));
  const mixed = playBatch(scenario, options, {}, options.runs, 0);
  const cardIds = scenario.actions.map((card) => card.id);
  const modifierIds = scenario.actions.flatMap((card) =>
    card.odds.modifiers.map((_, i) => `${card.id}#${i}`),
  );

  const tvd: Record<string, number> = {};
  const scores: Record<string, Record<Temperament, number>> = {};
  const scoreSpread: Record<string, number> = {};
  teams.forEach((team, t) => {
    const byTemperament = Object.fromEntries(
      TEMPERAMENTS.map((temperament, k) => [
        temperament,
        playBatch(scenario, options, { [team]: temperament }, options.runs, 1000 * (t + 1) + k),
      ]),
    ) as Record<Temperament, Batch>;
    const share = (batch: Batch) => normalise(batch.endings, batch.games);
    tvd[team] = totalVariation(share(byTemperament.hawkish), share(byTemperament.cooperative));
    const own = Object.fromEntries(
      TEMPERAMENTS.map((temperament) => {
        const batch = byTemperament[temperament];
        return [temperament, ratio((batch.scores[team] ?? 0) / Math.max(1, batch.games))];
      }),
    ) as Record<Temperament, number>;
    scores[team] = own;
    scoreSpread[team] = ratio(Math.max(...Object.values(own)) - Math.min(...Object.values(own)));
  });

  const combinations = temperamentGrid(teams).map((temperaments, c) => {
    const batch = playBatch(scenario, options, temperaments, gridRuns, 100_000 + c);
    return { temperaments, endings: normalise(batch.endings, batch.games) };
  });
  let worst = { ending: 'none', share: 0, temperaments: {} as Record<string, Temperament> };
  for (const combination of combinations) {
    for (const [ending, share] of Object.entries(combination.endings)) {
      if (share > worst.share) worst = { ending, share, temperaments: combination.temperaments };
    }
  }
  const endings = normalise(mixed.endings, mixed.games);
  for (const ending of scenario.endings) endings[ending.id] ??= 0;
  return {
    scenario: scenario.id,
    format: options.format ?? scenario.formats[0]?.id ?? 'standard',
    runs: options.runs,
    gridRuns,
    seed: options.seed,
    endings,
    combinations,
    worstCombination: worst,
    tvd,
    scores,
    scoreSpread,
    explained: explainedShare(combinations),
    modifiers: Object.fromEntries(
      modifierIds.map((id) => [id, ratio((mixed.modifiers[id] ?? 0) / mixed.games)]),
    ),
    cards: Object.fromEntries(
      cardIds.map((id) => [id, ratio((mixed.cards[id] ?? 0) / mixed.games)]),
    ),
  };
}
