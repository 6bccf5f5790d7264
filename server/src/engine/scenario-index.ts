import {
  scenarioFormats,
  type ActionCard,
  type Dynamic,
  type Ending,
  type ExerciseConfig,
  type Format,
  type InjectCard,
  type Move,
  type Scenario,
  type Team,
  type Track,
} from '@borderline/shared';
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
  dynamics: Map<string, Dynamic>;
  earlyEndings: Ending[];
  finalEndings: Ending[];
  /** Every move number of the scenario, in order. */
  moves: number[];
  movesByNumber: Map<number, Move>;
  /** The scenario's formats; a scenario without any gets one that plays every move. */
  formats: Map<string, Format>;
  defaultFormat: Format;
  hasPractice: boolean;
  lastMove: number;
  turnOrder: string[];
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
  const formats = scenarioFormats(scenario);
  const index: ScenarioIndex = {
    scenario,
    tracks: new Map(scenario.tracks.map((track) => [track.id, track])),
    teams: new Map(scenario.teams.map((team) => [team.id, team])),
    cards: new Map(scenario.actions.map((card) => [card.id, card])),
    cardsByTeam,
    injects: new Map(scenario.injects.map((inject) => [inject.id, inject])),
    endings: new Map(scenario.endings.map((ending) => [ending.id, ending])),
    dynamics: new Map(scenario.dynamics.map((dynamic) => [dynamic.id, dynamic])),
    earlyEndings: scenario.endings.filter((ending) => ending.kind === 'early'),
    finalEndings: scenario.endings.filter((ending) => ending.kind === 'final'),
    moves,
    movesByNumber: new Map(scenario.moves.map((move) => [move.number, move])),
    formats: new Map(formats.map((format) => [format.id, format])),
    defaultFormat: formats[0] as Format,
    hasPractice: moves[0] === 0,
    lastMove: moves[moves.length - 1] ?? 0,
    turnOrder: scenario.rules.turnOrder,
    startTracks: Object.fromEntries(scenario.tracks.map((track) => [track.id, track.start])),
    conditionalInjects: scenario.injects.filter(
      (inject) => inject.release.type === 'triggered' && inject.release.when !== undefined,
    ),
  };
  cache.set(scenario, index);
  return index;
}

/** What the play depends on in the exercise's settings (older exercises lack the format's fields). */
export type PlayConfig = Pick<ExerciseConfig, 'skipPractice' | 'moves' | 'decisionMode' | 'format'>;

/** The format an exercise plays (the default one if it names none, or an unknown one). */
export function formatOf(index: ScenarioIndex, config: Pick<PlayConfig, 'format'>): Format {
  return (
    (config.format === undefined ? undefined : index.formats.get(config.format)) ??
    index.defaultFormat
  );
}

/** The moves an exercise plays, in order: its format's, less the practice move if skipped. */
export function playedMoves(index: ScenarioIndex, config: PlayConfig): number[] {
  const moves = config.moves ?? index.moves;
  const played = config.skipPractice ? moves.filter((number) => number !== 0) : moves;
  return played.length > 0 ? played : [index.lastMove];
}

/** The move played after `move`, or null after the last one. */
export function nextMoveAfter(
  index: ScenarioIndex,
  config: PlayConfig,
  move: number,
): number | null {
  return playedMoves(index, config).find((number) => number > move) ?? null;
}

export function firstMove(index: ScenarioIndex, config: PlayConfig): number {
  return playedMoves(index, config)[0] ?? index.lastMove;
}

export function lastMoveOf(index: ScenarioIndex, config: PlayConfig): number {
  const moves = playedMoves(index, config);
  return moves[moves.length - 1] ?? index.lastMove;
}

/** Whether the exercise has a practice move it could still skip. */
export function formatHasPractice(index: ScenarioIndex, config: PlayConfig): boolean {
  const moves = config.moves ?? index.moves;
  return index.hasPractice && moves.includes(0) && moves.length > 1;
}

/** Whether the teams decide at once (the format's mode; older exercises the scenario's). */
export function isSimultaneous(index: ScenarioIndex, config: PlayConfig): boolean {
  const mode = config.decisionMode ?? index.scenario.rules.decisionMode;
  return mode === 'simultaneous';
}
