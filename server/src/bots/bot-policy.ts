import {
  botRationale,
  effectTarget,
  type ActionCard,
  type Effect,
  type Scenario,
} from '@borderline/shared';
import type { DecisionInput, ExerciseContext, ScenarioIndex, World } from '../engine';
import {
  computeOdds,
  hashSeed,
  indexScenario,
  nextFloat,
  seedRng,
  validateDecision,
  worldOf,
  type RngState,
} from '../engine';
import { counterparts } from './alignment';
import { teamValue } from './objective-value';
import { TEMPERAMENT_WEIGHTS, type Temperament } from './temperament';

/**
 * A bot reads the tracks and its team's objectives and plays the cards that
 * bring them closest, weighed by its temperament, with seeded variety. Its
 * random source is derived from the exercise seed, the team and the move, and
 * never touches the exercise's own rng, so a bot seat changes nothing else.
 */
export interface BotChoice {
  card: string;
  score: number;
}

const counterpartCache = new WeakMap<Scenario, Map<string, Set<string>>>();

function counterpartsOf(scenario: Scenario, team: string): Set<string> {
  let byTeam = counterpartCache.get(scenario);
  if (byTeam === undefined) {
    byTeam = new Map(scenario.teams.map((t) => [t.id, new Set(counterparts(scenario, t.id))]));
    counterpartCache.set(scenario, byTeam);
  }
  return byTeam.get(team) ?? new Set();
}

function botRng(context: ExerciseContext, team: string, purpose: string): RngState {
  return seedRng(hashSeed(context.seed, team, context.move, purpose));
}

/** Gumbel noise: adding it to scores and taking the best samples a softmax choice. */
function gumbel(rng: RngState): [number, RngState] {
  const [u, next] = nextFloat(rng);
  return [-Math.log(-Math.log(Math.min(Math.max(u, 1e-12), 1 - 1e-12))), next];
}

/** The bot's value of a world: its own objectives, and the others' as its temperament weighs them. */
export function worldValue(
  index: ScenarioIndex,
  team: string,
  temperament: Temperament,
  world: World,
): number {
  const { others } = TEMPERAMENT_WEIGHTS[temperament];
  let value = 0;
  for (const candidate of index.scenario.teams) {
    const weight =
      candidate.id === team
        ? 1
        : counterpartsOf(index.scenario, team).has(candidate.id)
          ? others
          : 0;
    if (weight !== 0) value += weight * teamValue(index, candidate, world, candidate.id !== team);
  }
  return value;
}

function valueAfter(
  index: ScenarioIndex,
  team: string,
  temperament: Temperament,
  world: World,
  effects: readonly Effect[],
): number {
  const tracks: Record<string, number> = { ...world.tracks };
  for (const effect of effects) {
    const track = index.tracks.get(effect.track);
    const value = tracks[effect.track];
    if (track === undefined || value === undefined) continue;
    const wanted = effectTarget(value, effect);
    tracks[effect.track] = Math.min(track.max, Math.max(track.min, wanted));
  }
  return worldValue(index, team, temperament, { ...world, tracks });
}

/** The expected gain of playing a card now, as the bot's temperament sees it. */
export function expectedGain(
  index: ScenarioIndex,
  team: string,
  temperament: Temperament,
  world: World,
  card: ActionCard,
  now: number = worldValue(index, team, temperament, world),
): number {
  const { optimism } = TEMPERAMENT_WEIGHTS[temperament];
  const odds = Math.min(100, Math.max(0, computeOdds(card, world).total + optimism)) / 100;
  const success = valueAfter(index, team, temperament, world, [
    ...card.costs,
    ...card.onSuccess.effects,
  ]);
  const failure = valueAfter(index, team, temperament, world, [
    ...card.costs,
    ...card.onFailure.effects,
  ]);
  return odds * success + (1 - odds) * failure - now;
}

/** Scores every card the team may legally play now, best first (noise included). */
export function rankCards(
  scenario: Scenario,
  context: ExerciseContext,
  team: string,
  temperament: Temperament,
): BotChoice[] {
  const index = indexScenario(scenario);
  const world = worldOf(context);
  const { noise } = TEMPERAMENT_WEIGHTS[temperament];
  let rng = botRng(context, team, 'cards');
  const now = worldValue(index, team, temperament, world);
  const choices: BotChoice[] = [];
  for (const card of index.cardsByTeam.get(team) ?? []) {
    const single: DecisionInput = { kind: 'actions', cards: [card.id], rationale: 'bot' };
    if (validateDecision(index, context, team, single) !== null) continue;
    let jitter: number;
    [jitter, rng] = gumbel(rng);
    const gain = expectedGain(index, team, temperament, world, card, now);
    choices.push({ card: card.id, score: gain + noise * jitter });
  }
  return choices.sort((a, b) => b.score - a.score || a.card.localeCompare(b.card));
}

/** The bot's decision for its team this move: up to the scenario's limit of cards worth playing. */
export function decideForTeam(
  scenario: Scenario,
  context: ExerciseContext,
  team: string,
  temperament: Temperament,
): DecisionInput {
  const index = indexScenario(scenario);
  const limit = scenario.rules.maxActionsPerDecision;
  const cards: string[] = [];
  for (const choice of rankCards(scenario, context, team, temperament)) {
    if (cards.length >= limit) break;
    if (choice.score <= 0 && cards.length > 0) break;
    const attempt: DecisionInput = {
      kind: 'actions',
      cards: [...cards, choice.card],
      rationale: 'bot',
    };
    if (validateDecision(index, context, team, attempt) === null) cards.push(choice.card);
  }
  if (cards.length === 0) {
    return { kind: 'hold', rationale: botRationale(temperament, []) };
  }
  const names = cards.map((id) => index.cards.get(id)?.name.en ?? id);
  return { kind: 'actions', cards, rationale: botRationale(temperament, names) };
}

/** The bot's choice when its team faces an ending's dilemma. */
export function chooseDilemmaOption(
  scenario: Scenario,
  context: ExerciseContext,
  team: string,
  temperament: Temperament,
): string | null {
  const index = indexScenario(scenario);
  const endingId = context.ending?.id;
  const dilemma = endingId == null ? undefined : index.endings.get(endingId)?.dilemma;
  if (dilemma === undefined || dilemma.team !== team) return null;
  const world = worldOf(context);
  const { noise } = TEMPERAMENT_WEIGHTS[temperament];
  let rng = botRng(context, team, 'dilemma');
  let best: { option: string; score: number } | null = null;
  for (const option of dilemma.options) {
    let jitter: number;
    [jitter, rng] = gumbel(rng);
    const score = valueAfter(index, team, temperament, world, option.effects) + noise * jitter;
    if (best === null || score > best.score) best = { option: option.id, score };
  }
  return best?.option ?? null;
}
