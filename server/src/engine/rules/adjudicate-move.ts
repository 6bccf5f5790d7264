import type { ActionCard } from '@borderline/shared';
import type {
  ActionResult,
  Adjudication,
  ExerciseContext,
  Outcome,
  PendingTrigger,
  PlayedAction,
  ReleaseCause,
  TrackChange,
} from '../exercise-context';
import { lastMoveOf, type ScenarioIndex } from '../scenario-index';
import { applyEffects, setTrack } from './apply-effects';
import { applyDynamics } from './apply-dynamics';
import { checkEndings } from './check-endings';
import { computeOdds, fixedOdds } from './compute-odds';
import { fireTriggers, releasableFrom, releaseWhenConditionsHold } from './release-injects';
import type { RngState } from './rng';
import { rollAgainst } from './roll';
import { decisionsThisMove } from './turns';
import { worldOf, type World } from './world';

/** What Control may change in a review; the adjudication is recomputed from it. */
export type ReviewSettings = Pick<
  Adjudication,
  'rolls' | 'outcomeOverrides' | 'freeform' | 'trackOverrides'
>;

export const NO_SETTINGS: ReviewSettings = {
  rolls: {},
  outcomeOverrides: {},
  freeform: {},
  trackOverrides: [],
};

interface Step {
  world: World;
  rng: RngState;
  result: ActionResult;
  rolls: Record<string, number>;
}

function adjudicateCard(
  index: ScenarioIndex,
  world: World,
  rng: RngState,
  team: string,
  action: PlayedAction,
  card: ActionCard,
  settings: ReviewSettings,
): Step {
  const odds = computeOdds(card, world);
  const override = settings.outcomeOverrides[action.id] ?? null;
  const rolled = override
    ? { outcome: override.outcome, roll: settings.rolls[action.id] ?? null, rng }
    : rollAgainst(odds.total, rng, settings.rolls[action.id]);
  const outcome = override?.outcome ?? rolled.outcome;
  const costs = applyEffects(index.tracks, world.tracks, card.costs);
  const branch = outcome === 'success' ? card.onSuccess : card.onFailure;
  const effects = applyEffects(index.tracks, costs.tracks, branch.effects);
  const record = { move: world.move, team, card: card.id, outcome };
  return {
    world: { ...world, tracks: effects.tracks, actions: [...world.actions, record] },
    rng: rolled.rng,
    rolls: rolled.roll === null ? {} : { [action.id]: rolled.roll },
    result: {
      id: action.id,
      move: world.move,
      team,
      card: card.id,
      freeform: false,
      visibility: card.visibility,
      odds,
      roll: rolled.roll,
      outcome,
      override,
      costs: costs.changes,
      effects: effects.changes,
      triggers: branch.triggers,
      reveals: card.visibility === 'covert' && branch.reveals === true,
      text: branch.text,
    },
  };
}

function adjudicateFreeform(
  index: ScenarioIndex,
  world: World,
  rng: RngState,
  team: string,
  action: PlayedAction,
  settings: ReviewSettings,
): Step {
  const ruling = settings.freeform[action.id];
  const override = settings.outcomeOverrides[action.id] ?? null;
  const base = {
    id: action.id,
    move: world.move,
    team,
    card: null,
    freeform: true,
    visibility: action.visibility,
    override,
    costs: [],
    triggers: [],
    reveals: false,
    text: null,
  };
  if (ruling === undefined || (ruling.kind === 'veto' && override === null)) {
    const outcome: Outcome = override?.outcome ?? (ruling === undefined ? 'pending' : 'vetoed');
    const result = { ...base, odds: null, roll: null, outcome, effects: [] };
    return { world, rng, rolls: {}, result };
  }
  const odds = ruling.kind === 'odds' ? fixedOdds(ruling.odds) : null;
  const rolled =
    override !== null || odds === null
      ? { outcome: override?.outcome ?? 'failure', roll: settings.rolls[action.id] ?? null, rng }
      : rollAgainst(odds.total, rng, settings.rolls[action.id]);
  const outcome = override?.outcome ?? rolled.outcome;
  const effectList =
    ruling.kind === 'odds' ? (outcome === 'success' ? ruling.onSuccess : ruling.onFailure) : [];
  const applied = applyEffects(index.tracks, world.tracks, effectList);
  return {
    world: { ...world, tracks: applied.tracks },
    rng: rolled.rng,
    rolls: rolled.roll === null ? {} : { [action.id]: rolled.roll },
    result: { ...base, odds, roll: rolled.roll, outcome, effects: applied.changes },
  };
}

/**
 * Adjudicates the current move: every decision in the order it was made,
 * every action in the order the team listed it. Odds are computed against the
 * world as the earlier actions left it; a die is cast for uncertain outcomes
 * only, and kept, so that recomputing after Control's changes never re-rolls.
 * Then the named triggers fire, conditional injects release, Control's track
 * overrides apply last, and the endings are checked. Pure: the rng state is
 * returned, not kept.
 */
export function adjudicateMove(
  index: ScenarioIndex,
  context: ExerciseContext,
  settings: ReviewSettings,
  rng: RngState,
): { adjudication: Adjudication; rng: RngState } {
  const decisions = decisionsThisMove(context);
  const declared = decisions.flatMap((decision) =>
    decision.actions.flatMap((action) =>
      action.card === null ? [] : [{ team: decision.team, card: action.card }],
    ),
  );
  let world: World = { ...worldOf(context), declared };
  let state = rng;
  let rolls: Record<string, number> = { ...settings.rolls };
  const results: ActionResult[] = [];
  const triggers: PendingTrigger[] = [...context.pendingTriggers];
  for (const decision of decisions) {
    for (const action of decision.actions) {
      const card = action.card === null ? undefined : index.cards.get(action.card);
      const step =
        card === undefined
          ? adjudicateFreeform(index, world, state, decision.team, action, settings)
          : adjudicateCard(index, world, state, decision.team, action, card, settings);
      world = step.world;
      state = step.rng;
      rolls = { ...rolls, ...step.rolls };
      results.push(step.result);
      for (const inject of step.result.triggers) {
        const injectCard = index.injects.get(inject);
        if (injectCard === undefined) continue;
        const cause: ReleaseCause = {
          kind: 'action',
          action: action.id,
          card: action.card,
          team: decision.team,
        };
        triggers.push({ inject, fromMove: releasableFrom(injectCard), cause });
      }
    }
  }
  const fired = fireTriggers(index, world, triggers);
  const conditional = releaseWhenConditionsHold(index, fired.world);
  const moved = applyDynamics(index, conditional.world);
  world = moved.world;
  const overrideChanges: (TrackChange & { reason: string })[] = [];
  for (const override of settings.trackOverrides) {
    const applied = setTrack(index.tracks, world.tracks, override.track, override.value);
    world = { ...world, tracks: applied.tracks };
    for (const change of applied.changes)
      overrideChanges.push({ ...change, reason: override.reason });
  }
  const adjudication: Adjudication = {
    move: context.move,
    ...settings,
    rolls,
    tracksBefore: context.tracks,
    tracksAfter: { ...world.tracks },
    results,
    injects: [...fired.released, ...conditional.released],
    overrideChanges,
    dynamics: moved.dynamics,
    deferred: fired.deferred,
    ending: checkEndings(index, world, lastMoveOf(index, context.config)),
    publishedAt: null,
  };
  return { adjudication, rng: state };
}
