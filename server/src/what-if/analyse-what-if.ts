import type {
  LocalizedText,
  Scenario,
  WhatIfAnalysis,
  WhatIfDecisionBranch,
  WhatIfDistribution,
  WhatIfRollBranch,
} from '@borderline/shared';
import {
  hashSeed,
  indexScenario,
  type ExerciseEvent,
  type ExerciseInput,
  type PersistedExercise,
  type ScenarioIndex,
} from '../engine';
import { findBranchPoints, type BranchPoint, type PlayedExercise } from './branch-points';
import { playRest } from './play-rest';

export interface WhatIfOptions {
  /** Continuations per distribution (as played, and otherwise) of each branch kept. */
  continuations: number;
  /** Continuations of both sides of every candidate, to choose the branches kept. */
  pilot: number;
  /** How many decisive rolls are kept. */
  rolls: number;
  /** How many key decisions are kept per team. */
  decisionsPerTeam: number;
}

/**
 * Measured on this project's 2-core machine (see the README): a
 * continuation from mid-game costs about 10 ms, so the whole analysis of a
 * five-move game is a few thousand continuations, under a minute of
 * background work.
 */
export const DEFAULT_WHAT_IF_OPTIONS: WhatIfOptions = {
  continuations: 200,
  pilot: 12,
  rolls: 4,
  decisionsPerTeam: 1,
};

/** The ending of each continuation, by its number (the seed's index). */
type Endings = (string | null)[];

function toDistribution(endings: Endings): WhatIfDistribution {
  const counts = new Map<string | null, number>();
  for (const ending of endings) counts.set(ending, (counts.get(ending) ?? 0) + 1);
  return [...counts.entries()]
    .map(([ending, count]) => ({ ending, count }))
    .sort((a, b) => b.count - a.count || (a.ending ?? '').localeCompare(b.ending ?? ''));
}

/** Total variation distance between two distributions of the same size. */
export function distributionShift(a: WhatIfDistribution, b: WhatIfDistribution): number {
  const total = (list: WhatIfDistribution) => list.reduce((sum, entry) => sum + entry.count, 0);
  const [na, nb] = [total(a), total(b)];
  if (na === 0 || nb === 0) return 0;
  const endings = new Set([...a, ...b].map((entry) => entry.ending));
  let distance = 0;
  for (const ending of endings) {
    const share = (list: WhatIfDistribution, n: number) =>
      (list.find((entry) => entry.ending === ending)?.count ?? 0) / n;
    distance += Math.abs(share(a, na) - share(b, nb));
  }
  return round(distance / 2);
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The share of paired continuations (same seed) whose ending differs. */
function changedShare(a: Endings, b: Endings): number {
  const n = Math.min(a.length, b.length);
  let changed = 0;
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) changed += 1;
  return n === 0 ? 0 : round(changed / n);
}

/**
 * Continuation i of every branch from the same point uses the same seed, as
 * played and otherwise: the two sides differ by the forced change alone
 * (common random numbers), which keeps the comparison's noise low and lets
 * each pair say whether the change alone changed the ending.
 */
function continuationSeed(exerciseSeed: number, point: BranchPoint, i: number): number {
  return hashSeed(exerciseSeed, 'what-if', point.step, i);
}

/** Plays continuations until `endings` holds `upTo` of them. */
function extend(
  scenario: Scenario,
  index: ScenarioIndex,
  exerciseSeed: number,
  played: PlayedExercise,
  point: BranchPoint,
  from: PersistedExercise,
  endings: Endings,
  upTo: number,
): void {
  while (endings.length < upTo) {
    const seed = continuationSeed(exerciseSeed, point, endings.length);
    endings.push(playRest(scenario, index, from, seed, played));
  }
}

function chooseBranches(
  scored: { point: BranchPoint; change: number }[],
  options: WhatIfOptions,
): BranchPoint[] {
  const byChange = [...scored].sort((a, b) => b.change - a.change || a.point.step - b.point.step);
  const rolls = byChange.filter(({ point }) => point.kind === 'roll').slice(0, options.rolls);
  const perTeam = new Map<string, number>();
  const decisions = byChange.filter(({ point }) => {
    if (point.kind !== 'decision') return false;
    const kept = perTeam.get(point.team) ?? 0;
    perTeam.set(point.team, kept + 1);
    return kept < options.decisionsPerTeam;
  });
  return [...rolls, ...decisions].map(({ point }) => point);
}

function namesOf(scenario: Scenario, analysis: Omit<WhatIfAnalysis, 'names'>) {
  const endings: Record<string, LocalizedText> = {};
  const cards: Record<string, LocalizedText> = {};
  const teams: Record<string, LocalizedText> = {};
  const branches = [...analysis.rolls, ...analysis.decisions];
  const endingIds = [
    analysis.playedEnding,
    ...branches.flatMap((branch) => [...branch.asPlayed, ...branch.otherwise]).map((e) => e.ending),
  ];
  for (const ending of scenario.endings) {
    if (endingIds.includes(ending.id)) endings[ending.id] = ending.title;
  }
  const cardIds = new Set(
    branches.flatMap((branch) =>
      branch.kind === 'roll'
        ? branch.card === null
          ? []
          : [branch.card]
        : [...branch.chosen.cards, ...branch.alternative.cards],
    ),
  );
  for (const card of scenario.actions) if (cardIds.has(card.id)) cards[card.id] = card.name;
  for (const team of scenario.teams) teams[team.id] = team.name;
  return { endings, cards, teams };
}

/**
 * Choices versus dice for a played exercise (pure: no I/O, no clock). Every
 * candidate branch (each uncertain roll of a scored move forced the other
 * way, each scored decision replaced by what a bot would have chosen) is
 * first played out `pilot` times on both sides (as played and otherwise,
 * in pairs under the same seeds) and scored by how often the change alone
 * changed the ending; the most decisive rolls and each team's most
 * decisive decisions are then played out `continuations` times on both
 * sides, with bots in every seat under varied seeds (the server runs it on
 * a worker thread: what-if-thread.ts); returns null when the log never
 * reached an ending.
 */
export function analyseWhatIf(
  scenario: Scenario,
  input: ExerciseInput,
  events: readonly ExerciseEvent[],
  options: WhatIfOptions = DEFAULT_WHAT_IF_OPTIONS,
): WhatIfAnalysis | null {
  const index = indexScenario(scenario);
  const played = findBranchPoints(scenario, input, events);
  if (played.ending === undefined) return null;
  const pilot = Math.min(options.pilot, options.continuations);
  // The rolls of one adjudication share their point as played: it is played out once.
  const endingsOf = new Map<PersistedExercise, Endings>();
  const endingsFrom = (from: PersistedExercise): Endings => {
    const known = endingsOf.get(from);
    if (known !== undefined) return known;
    const fresh: Endings = [];
    endingsOf.set(from, fresh);
    return fresh;
  };
  const play = (point: BranchPoint, from: PersistedExercise, upTo: number) =>
    extend(scenario, index, input.seed, played, point, from, endingsFrom(from), upTo);
  const scored: { point: BranchPoint; change: number }[] = [];
  for (const point of played.points) {
    play(point, point.asPlayed, pilot);
    play(point, point.otherwise, pilot);
    const change = changedShare(endingsFrom(point.asPlayed), endingsFrom(point.otherwise));
    scored.push({ point, change });
  }
  const rolls: WhatIfRollBranch[] = [];
  const decisions: WhatIfDecisionBranch[] = [];
  for (const point of chooseBranches(scored, options)) {
    play(point, point.asPlayed, options.continuations);
    play(point, point.otherwise, options.continuations);
    const asPlayedEndings = endingsFrom(point.asPlayed).slice(0, options.continuations);
    const otherwiseEndings = endingsFrom(point.otherwise).slice(0, options.continuations);
    const asPlayed = toDistribution(asPlayedEndings);
    const otherwise = toDistribution(otherwiseEndings);
    const common = {
      move: point.move,
      team: point.team,
      step: point.step,
      asPlayed,
      otherwise,
      shift: distributionShift(asPlayed, otherwise),
      changed: changedShare(asPlayedEndings, otherwiseEndings),
    };
    if (point.kind === 'roll') {
      const { card, odds, roll, outcome } = point;
      rolls.push({ kind: 'roll', ...common, card, odds, roll, outcome });
    } else {
      const { chosen, alternative } = point;
      decisions.push({ kind: 'decision', ...common, chosen, alternative });
    }
  }
  const byShift = <T extends { shift: number; step: number }>(a: T, b: T) =>
    b.shift - a.shift || a.step - b.step;
  const analysis = {
    playedEnding: played.ending,
    continuations: options.continuations,
    rolls: rolls.sort(byShift),
    decisions: decisions.sort(byShift),
  };
  return { ...analysis, names: namesOf(scenario, analysis) };
}
