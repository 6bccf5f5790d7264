import type { ActionCard, Ending, InjectCard, Scenario, Team, Track } from '@borderline/shared';
import type { Tracks } from './exercise-context';

/** Lookups computed once per scenario, so rules never search arrays by id. */
export interface ScenarioIndex {
  scenario: Scenario;
  tracks: Map<string, Track>;
  teams: Map<string, Team>;
  cards: Map<string, ActionCard>;
  cardsByTeam: Map<string, ActionCard[]>;
  injects: Map<string, InjectCard>;
  endings: Map<string, Ending>;
  earlyEndings: Ending[];
  finalEndings: Ending[];
  /** Move numbers in order of play. */
  moves: number[];
  hasPractice: boolean;
  lastMove: number;
  turnOrder: string[];
  simultaneous: boolean;
  startTracks: Tracks;
  /** `triggered` injects that carry a `when` condition. */
  conditionalInjects: InjectCard[];
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const cardsByTeam = new Map<string, ActionCard[]>();
  for (const team of scenario.teams) cardsByTeam.set(team.id, []);
  for (const card of scenario.actions) cardsByTeam.get(card.team)?.push(card);
  const moves = scenario.moves.map((move) => move.number).sort((a, b) => a - b);
  const index: ScenarioIndex = {
    scenario,
    tracks: new Map(scenario.tracks.map((track) => [track.id, track])),
    teams: new Map(scenario.teams.map((team) => [team.id, team])),
    cards: new Map(scenario.actions.map((card) => [card.id, card])),
    cardsByTeam,
    injects: new Map(scenario.injects.map((inject) => [inject.id, inject])),
    endings: new Map(scenario.endings.map((ending) => [ending.id, ending])),
    earlyEndings: scenario.endings.filter((ending) => ending.kind === 'early'),
    finalEndings: scenario.endings.filter((ending) => ending.kind === 'final'),
    moves,
    hasPractice: moves[0] === 0,
    lastMove: moves[moves.length - 1] ?? 0,
    turnOrder: scenario.rules.turnOrder,
    simultaneous: scenario.rules.decisionMode === 'simultaneous',
    startTracks: Object.fromEntries(scenario.tracks.map((track) => [track.id, track.start])),
    conditionalInjects: scenario.injects.filter(
      (inject) => inject.release.type === 'triggered' && inject.release.when !== undefined,
    ),
  };
  cache.set(scenario, index);
  return index;
}

/** The move played after `move`, or null after the last one. */
export function nextMoveAfter(index: ScenarioIndex, move: number): number | null {
  return index.moves.find((number) => number > move) ?? null;
}

export function firstMove(index: ScenarioIndex, skipPractice: boolean): number {
  const moves = skipPractice ? index.moves.filter((number) => number !== 0) : index.moves;
  return moves[0] ?? index.lastMove;
}
