import type {
  ExerciseTag,
  ChatMessage,
  ControlOpen,
  RefusalDetail,
  ReplayRefusalCode,
  DecisionDraft,
  Recipient,
  ReplayForkPoint,
  ReplayPhaseSpan,
  ReplayStep,
  ReplayTimelineResponse,
  Scenario,
} from '@borderline/shared';
import { replayEvents, type Exercise, type ExerciseContext, type ExerciseEvent } from '../engine';
import type { ChatRecord, ExerciseRecord, ExerciseStore } from '../store/exercise-store';
import { toChatMessage } from './chat-and-drafts';
import { participationOf, type ProjectionSource } from './exercise-view';
import {
  newLiveExercise,
  noteEntry,
  ratingsOf,
  type Draft,
  type LiveExercise,
} from './live-exercise';
import { freshEngine } from './load-exercise';
import { stepLabel, subjectOf } from './replay-labels';
import { SeatRoster } from './seat-roster';
import { readEntry, type EntrySender, type StoredEntry } from './stored-entry';

/** Why a replay or a fork was refused: bad input, or an exercise still running. */
export type { ReplayRefusalCode };

export class ReplayRefusal extends Error {
  constructor(
    readonly code: ReplayRefusalCode,
    message: string,
    /** What the refusal is about, for a screen to word in its reader's language. */
    readonly detail?: RefusalDetail,
  ) {
    super(message);
    this.name = 'ReplayRefusal';
  }
}

/** One stored entry with its place in the log. */
export interface NumberedEntry {
  seq: number;
  at: number;
  entry: StoredEntry;
}

/** The state after `index` accepted engine events (0: as created). */
export interface ReplayFrame {
  index: number;
  seq: number;
  at: number;
  event: ExerciseEvent | null;
  sender: EntrySender | null;
  context: ExerciseContext;
  tags: ExerciseTag[];
  controlOpen: ControlOpen;
}

function readLog(store: ExerciseStore, exerciseId: string): NumberedEntry[] {
  return store.readEvents(exerciseId).map((stored) => ({
    seq: stored.seq,
    at: stored.at,
    entry: readEntry(exerciseId, stored),
  }));
}

/**
 * Every engine event of the log sent again to a fresh engine, keeping the
 * state after each. The engine's contexts are immutable, so a frame keeps a
 * reference, not a copy.
 */
function replayFrames(
  scenario: Scenario,
  record: ExerciseRecord,
  log: NumberedEntry[],
): { frames: ReplayFrame[]; engine: Exercise } {
  const engine = freshEngine(scenario, record);
  const frames: ReplayFrame[] = [
    {
      index: 0,
      seq: 0,
      at: record.createdAt,
      event: null,
      sender: null,
      context: engine.context,
      tags: engine.tags,
      controlOpen: engine.controlOpen,
    },
  ];
  const events = log.flatMap(({ seq, at, entry }) =>
    entry.kind === 'event' ? [{ seq, at, event: entry.event, entry }] : [],
  );
  replayEvents(engine, events, ({ seq, at, event, entry }, accepted) => {
    entry.accepted ??= accepted;
    frames.push({
      index: frames.length,
      seq,
      at,
      event,
      sender: entry.sender,
      context: engine.context,
      tags: engine.tags,
      controlOpen: engine.controlOpen,
    });
  });
  return { frames, engine };
}

function toStep(scenario: Scenario, frame: ReplayFrame): ReplayStep {
  const { context, event } = frame;
  const common = {
    index: frame.index,
    seq: frame.seq,
    move: context.move,
    phase: context.phase,
    paused: frame.tags.includes('paused'),
    at: frame.at,
  };
  if (event === null) {
    const none = { team: null, subject: null, subjectName: null };
    return { ...common, type: 'created', ...none, label: 'Exercise created' };
  }
  return {
    ...common,
    type: event.type,
    ...subjectOf(scenario, event),
    label: stepLabel(scenario, event, context),
  };
}

function phaseSpans(steps: ReplayStep[]): ReplayPhaseSpan[] {
  const spans: ReplayPhaseSpan[] = [];
  for (const step of steps) {
    const last = spans[spans.length - 1];
    if (last !== undefined && last.move === step.move && last.phase === step.phase) {
      last.last = step.index;
    } else {
      spans.push({ move: step.move, phase: step.phase, first: step.index, last: step.index });
    }
  }
  return spans;
}

/** The first step in each move's injects phase: the event that opened the move. */
function forkPointsOf(frames: readonly ReplayFrame[]): ReplayForkPoint[] {
  const points: ReplayForkPoint[] = [];
  for (const frame of frames) {
    const { move, phase } = frame.context;
    if (phase === 'injects' && !points.some((point) => point.move === move)) {
      points.push({ move, step: frame.index });
    }
  }
  return points;
}

/**
 * A message counts as said by step k if it came before the next event, or
 * at the same millisecond while the exercise was still in step k's move and
 * phase (the stamp the chat keeps).
 */
function saidBy(message: ChatRecord, context: ExerciseContext, until: number): boolean {
  if (message.at !== until) return message.at < until;
  return message.move === context.move && message.phase === context.phase;
}

/** The drafts still in play at a step: of its move, of teams that had not decided yet. */
function draftsAt(drafts: Map<string, Draft>, frame: ReplayFrame): Record<string, DecisionDraft> {
  const { context } = frame;
  if (frame.tags.includes('ended')) return {};
  const decided = (team: string) =>
    context.decisions.some((decision) => decision.move === context.move && decision.team === team);
  return Object.fromEntries(
    [...drafts.values()]
      .filter((draft) => draft.move === context.move && !decided(draft.team))
      .map((draft) => [draft.team, draft]),
  );
}

/**
 * An ended exercise, step by step: the engine's state after each accepted
 * event of its stored log, with the service's facts (roster, bot seats,
 * lobby lock, drafts, chat, participation) as they stood until the next
 * event. Players and removals are not timestamped beyond their arrival, so
 * a step's roster is everybody who had joined by then, in their last team.
 */
export class ExerciseReplay {
  readonly steps: ReplayStep[];
  readonly phases: ReplayPhaseSpan[];
  readonly forkPoints: ReplayForkPoint[];

  private constructor(
    private readonly store: ExerciseStore,
    readonly record: ExerciseRecord,
    readonly scenario: Scenario,
    private readonly log: NumberedEntry[],
    readonly frames: readonly ReplayFrame[],
    private readonly engine: Exercise,
  ) {
    this.steps = frames.map((frame) => toStep(scenario, frame));
    this.phases = phaseSpans(this.steps);
    this.forkPoints = forkPointsOf(frames);
  }

  static build(store: ExerciseStore, live: LiveExercise): ExerciseReplay {
    const log = readLog(store, live.id);
    const { frames, engine } = replayFrames(live.scenario, live.record, log);
    return new ExerciseReplay(store, live.record, live.scenario, log, frames, engine);
  }

  get lastStep(): number {
    return this.frames.length - 1;
  }

  /** The timeline as Control reads it, less who reads it (see `readerTimeline`). */
  timeline(): Omit<ReplayTimelineResponse, 'perspectives' | 'secretsRevealed'> {
    const { record, scenario } = this;
    return {
      exerciseId: record.id,
      scenarioId: record.scenarioId,
      title: scenario.title,
      createdAt: record.createdAt,
      endedAt: record.endedAt,
      forkedFrom: this.store.findFork(record.id) ?? null,
      teams: scenario.teams.map((team) => ({ id: team.id, name: team.name })),
      steps: this.steps,
      phases: this.phases,
      forkPoints: this.forkPoints,
    };
  }

  frame(step: number): ReplayFrame {
    const frame = this.frames[step];
    if (!Number.isInteger(step) || frame === undefined) {
      throw new ReplayRefusal(
        'invalid-step',
        `There is no step ${step} in this exercise: its steps go from 0 (as created) to ${this.lastStep}.`,
        { max: this.lastStep },
      );
    }
    return frame;
  }

  /** Who `as` stands for: Control, an observer, or a team (seen through a player of its own). */
  recipient(as: string): Recipient {
    if (as === 'control') return { kind: 'facilitator' };
    if (as === 'observer') return { kind: 'observer', player: null };
    const teams = this.scenario.teams.map((team) => team.id);
    if (teams.includes(as)) return { kind: 'team', team: as, player: `replay:${as}` };
    throw new ReplayRefusal(
      'invalid-perspective',
      `"${as}" is not a point of view of this exercise; use "control", "observer" or a team: ${teams.join(', ')}.`,
    );
  }

  /** Everything the projection reads, as it stood at `step` (until the next event). */
  inputAt(step: number): ProjectionSource {
    const frame = this.frame(step);
    const next = this.frames[step + 1];
    const untilSeq = next?.seq ?? Number.POSITIVE_INFINITY;
    const untilAt = next?.at ?? Number.POSITIVE_INFINITY;
    const { record, scenario } = this;
    const players = this.store.listPlayers(record.id).filter((p) => p.joinedAt <= untilAt);
    // The service's own fold of its log, run on a throwaway exercise: noteEntry
    // never reads the engine, so the replay's engine stands in.
    const facts = newLiveExercise(record, scenario, this.engine, new SeatRoster(scenario, players));
    for (const { seq, at, entry } of this.log) {
      if (seq >= untilSeq) break;
      noteEntry(facts, seq, at, entry);
    }
    const chat: ChatMessage[] = [];
    for (const message of this.store.listChat(record.id)) {
      if (!saidBy(message, frame.context, untilAt)) continue;
      facts.participation.countChat(message);
      chat.push(toChatMessage(facts, message));
    }
    return {
      exerciseId: record.id,
      scenario,
      context: frame.context,
      tags: frame.tags,
      controlOpen: frame.controlOpen,
      log: facts.log,
      roster: facts.roster.entries(),
      chat,
      drafts: draftsAt(facts.drafts, frame),
      lobbyLocked: facts.lobbyLocked,
      seats: facts.roster.seats(),
      participation: participationOf(facts),
      ratings: ratingsOf(facts),
      now: frame.at,
    };
  }

  /**
   * The engine events a fork from `move` starts with: every event up to and
   * including the one that opened the move (its injects phase, with the
   * move's scheduled injects released), none after.
   */
  forkHistory(move: number): { events: NumberedEntry[]; step: number } {
    const point = this.forkPoints.find((candidate) => candidate.move === move);
    if (point === undefined) {
      const moves = this.forkPoints.map((candidate) => candidate.move).join(', ');
      throw new ReplayRefusal(
        'move-not-reached',
        `Move ${move} was never opened in this exercise, so it cannot be forked from; moves that can: ${moves || 'none'}.`,
        { move },
      );
    }
    const lastSeq = this.frame(point.step).seq;
    const events = this.log.filter(({ seq, entry }) => entry.kind === 'event' && seq <= lastSeq);
    return { events, step: point.step };
  }
}
