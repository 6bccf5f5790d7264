import type { Scenario, WhatIfDecision } from '@borderline/shared';
import { decideForTeam, TEMPERAMENTS } from '../bots';
import {
  createExercise,
  restoreExercise,
  type DecisionInput,
  type ExerciseEvent,
  type ExerciseInput,
  type PersistedExercise,
} from '../engine';

/**
 * The points of a played exercise where the ending could have turned: every
 * uncertain roll of a scored move, and every decision a team submitted in
 * one. Each holds the exercise just after that point twice: as it was
 * played, and with the other outcome or the other decision forced.
 */
interface PointCommon {
  move: number;
  team: string;
  /** Engine events before the point: the replay's step there. */
  step: number;
  asPlayed: PersistedExercise;
  otherwise: PersistedExercise;
}

export interface RollPoint extends PointCommon {
  kind: 'roll';
  action: string;
  card: string | null;
  odds: number;
  roll: number;
  outcome: 'success' | 'failure';
}

export interface DecisionPoint extends PointCommon {
  kind: 'decision';
  chosen: WhatIfDecision;
  alternative: WhatIfDecision;
}

export type BranchPoint = RollPoint | DecisionPoint;

export interface PlayedExercise {
  points: BranchPoint[];
  /** The ending reached, or null for none named; undefined if the game never ended. */
  ending: string | null | undefined;
  /** The time of the last event replayed: continuations go on from there. */
  lastAt: number;
  /** Control's rulings of the played free-form actions, by action: a continuation rules them alike. */
  rulings: ReadonlyMap<string, FreeformRuling>;
}

export type FreeformRuling = Extract<
  ExerciseEvent,
  { type: 'facilitator.setFreeformOdds' | 'facilitator.vetoFreeform' }
>;

/** Why a forced branch is in the log: the override's required reason. */
export const WHAT_IF_REASON = 'What if the roll had gone the other way?';

export function summariseDecision(decision: DecisionInput): WhatIfDecision {
  return decision.kind === 'actions'
    ? { kind: 'actions', cards: [...decision.cards].sort() }
    : { kind: decision.kind, cards: [] };
}

function sameDecision(a: WhatIfDecision, b: WhatIfDecision): boolean {
  return a.kind === b.kind && a.cards.join(',') === b.cards.join(',');
}

/**
 * What else the team could have done: the first bot temperament's choice
 * that differs from the played one, else holding (a choice every team has).
 */
function alternativeTo(
  scenario: Scenario,
  persisted: PersistedExercise,
  team: string,
  chosen: WhatIfDecision,
): DecisionInput | null {
  const { context } = restoreExercise(scenario, persisted);
  for (const temperament of TEMPERAMENTS) {
    const candidate = decideForTeam(scenario, context, team, temperament);
    if (!sameDecision(summariseDecision(candidate), chosen)) return candidate;
  }
  if (chosen.kind === 'hold') return null;
  return { kind: 'hold', rationale: 'What if the team had held?' };
}

/** Sends one event to a copy of the persisted exercise; null if the engine refuses it. */
function after(
  scenario: Scenario,
  persisted: PersistedExercise,
  event: ExerciseEvent,
): PersistedExercise | null {
  const engine = restoreExercise(scenario, persisted);
  return engine.send(event).ok ? engine.persist() : null;
}

function rollPoints(
  scenario: Scenario,
  before: PersistedExercise,
  step: number,
  at: number,
): RollPoint[] {
  const { context } = restoreExercise(scenario, before);
  const review = context.review;
  if (review === null || context.move < 1) return [];
  const points: RollPoint[] = [];
  for (const result of review.results) {
    if (result.roll === null || result.override !== null || result.odds === null) continue;
    if (result.outcome !== 'success' && result.outcome !== 'failure') continue;
    const other = result.outcome === 'success' ? 'failure' : 'success';
    const forced = after(scenario, before, {
      type: 'facilitator.overrideOutcome',
      action: result.id,
      outcome: other,
      reason: WHAT_IF_REASON,
      at,
    });
    if (forced === null) continue;
    points.push({
      kind: 'roll',
      move: context.move,
      team: result.team,
      step,
      asPlayed: before,
      otherwise: forced,
      action: result.id,
      card: result.card,
      odds: result.odds.total,
      roll: result.roll,
      outcome: result.outcome,
    });
  }
  return points;
}

function decisionPoint(
  scenario: Scenario,
  before: PersistedExercise,
  event: Extract<ExerciseEvent, { type: 'team.submitDecision' }>,
  step: number,
): DecisionPoint | null {
  const chosen = summariseDecision(event.decision);
  const alternative = alternativeTo(scenario, before, event.team, chosen);
  if (alternative === null) return null;
  const asPlayed = after(scenario, before, event);
  const otherwise = after(scenario, before, { ...event, decision: alternative });
  if (asPlayed === null || otherwise === null) return null;
  const { context } = restoreExercise(scenario, before);
  return {
    kind: 'decision',
    move: context.move,
    team: event.team,
    step,
    asPlayed,
    otherwise,
    chosen,
    alternative: summariseDecision(alternative),
  };
}

/**
 * Replays the played events and collects the branch points up to the
 * ending (the hotwash's opening): the rolls of each scored adjudication
 * just before Control published it (Control's own changes kept), and each
 * scored decision just before it was submitted.
 */
export function findBranchPoints(
  scenario: Scenario,
  input: ExerciseInput,
  events: readonly ExerciseEvent[],
): PlayedExercise {
  const engine = createExercise(scenario, input);
  const points: BranchPoint[] = [];
  const rulings = new Map<string, FreeformRuling>();
  for (const event of events) {
    if (event.type === 'facilitator.setFreeformOdds' || event.type === 'facilitator.vetoFreeform')
      rulings.set(event.action, event);
  }
  let lastAt = 0;
  for (const [step, event] of events.entries()) {
    if (engine.phase === 'hotwash' || engine.isEnded) break;
    if (event.type === 'facilitator.publishAdjudication') {
      points.push(...rollPoints(scenario, engine.persist(), step, event.at));
    } else if (event.type === 'team.submitDecision' && engine.context.move >= 1) {
      const point = decisionPoint(scenario, engine.persist(), event, step);
      if (point !== null) points.push(point);
    }
    const result = engine.send(event);
    if (!result.ok) {
      throw new Error(`Event ${step + 1} (${event.type}) was refused on replay: ${result.message}`);
    }
    lastAt = event.at;
  }
  const reached = engine.phase === 'hotwash' || engine.isEnded;
  const ending = reached ? (engine.context.ending?.id ?? null) : undefined;
  return { points, ending, lastAt, rulings };
}
