import type { DecisionDraft, Scenario, TeamRating } from '@borderline/shared';
import type { Exercise, ExerciseLogEntry } from '../engine';
import type { ExerciseRecord } from '../store/exercise-store';
import { ParticipationCounter } from './participation';
import type { SeatRoster } from './seat-roster';
import type { StoredEntry } from './stored-entry';

/** A team's half-written decision, shown to its teammates (the protocol's DecisionDraft). */
export type Draft = DecisionDraft;

/** What the service keeps in memory for one exercise; all of it is rebuilt from the store. */
export interface LiveExercise {
  readonly id: string;
  record: ExerciseRecord;
  readonly scenario: Scenario;
  readonly engine: Exercise;
  readonly roster: SeatRoster;
  /** The seq of the last stored entry. */
  seq: number;
  /** The engine events stored so far, as the store numbers them: what Control's log shows. */
  readonly log: ExerciseLogEntry[];
  lobbyLocked: boolean;
  /** Whether Control lets the players read the after-action report. */
  reportShared: boolean;
  /** Whether Control lets the players replay every team's point of view, not only their own. */
  secretsRevealed: boolean;
  /** The latest draft of each team. */
  readonly drafts: Map<string, Draft>;
  /** Control's current rating of each team on each objective, by `ratingKey`. */
  readonly ratings: Map<string, TeamRating>;
  readonly participation: ParticipationCounter;
  /** Engine events stored since the last snapshot. */
  eventsSinceSnapshot: number;
  /** The armed deadline, if any. */
  deadline: { at: number; cancel: () => void } | null;
  /** The pending bot turn, if any. */
  botTask: (() => void) | null;
}

export function newLiveExercise(
  record: ExerciseRecord,
  scenario: Scenario,
  engine: Exercise,
  roster: SeatRoster,
): LiveExercise {
  return {
    id: record.id,
    record,
    scenario,
    engine,
    roster,
    seq: 0,
    log: [],
    lobbyLocked: false,
    reportShared: false,
    secretsRevealed: false,
    drafts: new Map(),
    ratings: new Map(),
    participation: new ParticipationCounter(),
    eventsSinceSnapshot: 0,
    deadline: null,
    botTask: null,
  };
}

/**
 * Takes note of a stored entry in the service's own state: the log, the
 * participation counters and the service facts (lobby lock, bot seats, drafts). The same function runs for a new entry and for each entry read
 * back at restore, so both give the same state. The engine is fed apart.
 */
export function noteEntry(live: LiveExercise, seq: number, at: number, entry: StoredEntry): void {
  live.seq = seq;
  live.participation.countEntry(entry);
  if (entry.kind === 'event') {
    if (entry.accepted === undefined) {
      throw new Error(`Exercise ${live.id}: event ${seq} is noted before it was replayed.`);
    }
    const { event, sender, accepted } = entry;
    live.log.push({ seq, at, ...accepted, sender, event });
    return;
  }
  const { service } = entry;
  switch (service.type) {
    case 'lobby.lock':
      live.lobbyLocked = service.locked;
      break;
    case 'report.share':
      live.reportShared = service.shared;
      break;
    case 'replay.revealSecrets':
      live.secretsRevealed = service.revealed;
      break;
    case 'seat.set':
      if (service.seat === 'bot')
        live.roster.bots.set(service.team, service.temperament ?? 'balanced');
      else live.roster.bots.delete(service.team);
      break;
    case 'rating.set': {
      const key = ratingKey(service.team, service.objective);
      if (service.level === null && service.note === null) live.ratings.delete(key);
      else {
        const { team, objective, level, note } = service;
        live.ratings.set(key, { team, objective, level, note, at });
      }
      break;
    }
    case 'draft.update': {
      const playerId = entry.sender.kind === 'player' ? entry.sender.playerId : '';
      if (service.draft === null) {
        live.drafts.delete(service.team);
        break;
      }
      live.drafts.set(service.team, {
        team: service.team,
        move: service.move,
        playerId,
        at,
        draft: service.draft,
      });
      break;
    }
  }
}

/** The key of a team's rating on an objective. */
export function ratingKey(team: string, objective: string): string {
  return `${team}/${objective}`;
}

/** The current ratings, in the scenario's order of teams then objectives. */
export function ratingsOf(live: LiveExercise): TeamRating[] {
  return live.scenario.teams.flatMap((team) =>
    live.scenario.learningObjectives.flatMap((objective) => {
      const rating = live.ratings.get(ratingKey(team.id, objective.id));
      return rating === undefined ? [] : [rating];
    }),
  );
}

/** Cancels the exercise's armed deadline and pending bot turn. */
export function disarm(live: LiveExercise): void {
  live.deadline?.cancel();
  live.deadline = null;
  live.botTask?.();
  live.botTask = null;
}
