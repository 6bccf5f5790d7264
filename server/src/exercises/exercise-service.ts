import type {
  ChatMessage,
  ClientCommand,
  DecisionDraft,
  DraftDecision,
  ExerciseView,
  Recipient,
  ReplayTimelineResponse,
  RosterEntry,
  SeatKind,
  WhatIfResponse,
} from '@borderline/shared';
import type { Temperament } from '../bots';
import { currentDrafts, listChat, postChat, updateDraft } from './chat-and-drafts';
import {
  createExercise,
  deleteExercise,
  restoreAll,
  restoreOne,
  type CreatedExercise,
  type RestoreReport,
} from './exercise-lifecycle';
import { ExerciseRuntime } from './exercise-runtime';
import { forkExercise, forkOriginOf, type ForkedExercise } from './fork-exercise';
import { ratingsOf } from './live-exercise';
import {
  describeExercise,
  describeState,
  participationOf,
  type ExerciseInfo,
  type ExerciseState,
  type ProjectionSource,
} from './exercise-view';
import type { Participation } from './participation';
import { seatProjector, type ProjectorSeat } from './projector-seat';
import { ReplayCache } from './replay-cache';
import type { ExerciseReplay } from './replay-exercise';
import { readerTimeline, readerView, type ReplayReader } from './replay-reader';
import { normaliseJoinCode } from './secrets';
import * as seating from './seating';
import type { JoinedPlayer, PlayerSeat } from './seating';
import type { ChangeListener, ExerciseServiceDeps } from './service-deps';
import type { CreateSettings } from './settings';
import type { CommandSender } from './stored-entry';
import { submitCommand, type CommandOutcome } from './submit-command';
import { DEFAULT_WHAT_IF_SETTINGS, WhatIfJobs } from './what-if-jobs';
import { whatIfFor } from './what-if-reader';

/**
 * Runs every exercise of the server around the engine: creates them, seats
 * players, authorises and applies commands, stores each accepted event before
 * anybody hears of it, snapshots, turns deadlines into clock events, lets
 * bots play empty seats, keeps the chat and the drafts, and rebuilds it all
 * from the store after a restart. Everything is synchronous: a command is
 * applied, stored and announced before the next is looked at.
 *
 * Refusals: `submit` answers `{ ok: false, reason, message }`; every other
 * method throws an `ExerciseServiceError` with a code.
 * Control's methods (roster, seats, lobby, delete) trust their caller to
 * have checked the facilitator key with `authenticateFacilitator`.
 */
export class ExerciseService {
  private readonly runtime: ExerciseRuntime;
  private readonly replays = new ReplayCache();
  private readonly whatIfJobs: WhatIfJobs;

  constructor(deps: ExerciseServiceDeps) {
    this.runtime = new ExerciseRuntime(deps);
    this.whatIfJobs = new WhatIfJobs(this.runtime, deps.whatIf ?? DEFAULT_WHAT_IF_SETTINGS);
  }

  // Lifecycle

  createExercise(input: { scenarioId: string; settings?: CreateSettings }): CreatedExercise {
    return createExercise(this.runtime, input);
  }

  /** At start-up: rebuilds every stored exercise (active and ended) and re-arms deadlines and bots. */
  restoreAll(): RestoreReport {
    return restoreAll(this.runtime);
  }

  /** Rebuilds one stored exercise taken over from another process (see restoreOne). */
  restoreOne(exerciseId: string): boolean {
    return restoreOne(this.runtime, exerciseId);
  }

  /**
   * Stops running an exercise here without touching what is stored: this
   * process gave it up or lost it to another, which carries on from the store.
   */
  unload(exerciseId: string): void {
    this.runtime.unregister(exerciseId);
  }

  /** Removes an exercise and all its stored data; listeners hear `{ kind: 'deleted' }`. */
  deleteExercise(exerciseId: string): void {
    deleteExercise(this.runtime, exerciseId);
  }

  /** Cancels every armed deadline and bot turn; the store stays open (its owner closes it). */
  stop(): void {
    this.whatIfJobs.stop();
    this.runtime.stop();
  }

  /** Hears every change after it is stored; returns the unsubscribe function. */
  onChange(listener: ChangeListener): () => void {
    return this.runtime.onChange(listener);
  }

  // Who is who

  /** Throws `invalid-key` unless `key` is this exercise's facilitator key. */
  authenticateFacilitator(exerciseId: string, key: string): void {
    seating.authenticateFacilitator(this.runtime.live(exerciseId), key);
  }

  /** The exercise a join code opens (read case-insensitively, spaces and dashes ignored). */
  findByJoinCode(joinCode: string): string | undefined {
    return this.runtime.deps.store.findExerciseByJoinCode(normaliseJoinCode(joinCode))?.id;
  }

  joinExercise(joinCode: string, seat: { name: string; team: string | null }): JoinedPlayer {
    const exerciseId = this.findByJoinCode(joinCode);
    const live = exerciseId === undefined ? undefined : this.runtime.find(exerciseId);
    return seating.joinExercise(this.runtime, live, joinCode, seat);
  }

  /** The room's projector: an observer seat for the key's holder, the same one on every call. */
  seatProjector(exerciseId: string, key: string): ProjectorSeat {
    return seatProjector(this.runtime, this.runtime.live(exerciseId), key);
  }

  /** The seat a browser's token holds; works in a locked lobby and after the end, not once removed. */
  resumePlayer(exerciseId: string, token: string): PlayerSeat {
    return seating.resumePlayer(this.runtime.live(exerciseId), token);
  }

  /** A seated player, or undefined once removed. */
  player(exerciseId: string, playerId: string): PlayerSeat | undefined {
    const live = this.runtime.live(exerciseId);
    return live.roster.find(playerId) === undefined ? undefined : seating.seatOf(live, playerId);
  }

  /** Who a player's views are computed for. */
  recipient(exerciseId: string, playerId: string): Recipient {
    return seating.recipientOf(this.runtime.live(exerciseId), playerId);
  }

  // Roster: Control's commands

  /** A locked lobby takes no new players; seated players still come back with their tokens. */
  setLobbyLocked(exerciseId: string, locked: boolean): void {
    seating.setLobbyLocked(this.runtime, this.runtime.live(exerciseId), locked);
  }

  /** Gives an empty team seat to a bot ('balanced' unless told), or opens it to people again. */
  setSeat(
    exerciseId: string,
    team: string,
    seat: 'human' | 'bot',
    temperament?: Temperament,
  ): void {
    seating.setSeat(this.runtime, this.runtime.live(exerciseId), team, seat, temperament);
  }

  /** Once per socket that opens (true) or closes (false): a player with any open socket is connected. */
  setConnected(exerciseId: string, playerId: string, connected: boolean): void {
    seating.setConnected(this.runtime, this.runtime.live(exerciseId), playerId, connected);
  }

  /** Seated players by arrival, then one entry per bot seat (`bot:<team>`). */
  roster(exerciseId: string): RosterEntry[] {
    return this.runtime.live(exerciseId).roster.entries();
  }

  seats(exerciseId: string): Record<string, SeatKind> {
    return this.runtime.live(exerciseId).roster.seats();
  }

  /** Per player (removed ones too): messages sent, drafts updated, decisions and reflections submitted. */
  participation(exerciseId: string): Record<string, Participation> {
    return participationOf(this.runtime.live(exerciseId));
  }

  // Commands, chat, drafts

  /**
   * A parsed command from Control or a player, by the one command path:
   * authorised against the sender's seat, applied once per command id (a
   * resend, before a restart too, gets `duplicate: true` and changes
   * nothing), stored before it is announced. Refusals are answered, not thrown.
   */
  submit(exerciseId: string, sender: CommandSender, command: ClientCommand): CommandOutcome {
    return submitCommand(this.runtime, exerciseId, sender, command);
  }

  postChat(exerciseId: string, sender: CommandSender, channel: string, text: string): ChatMessage {
    return postChat(this.runtime, this.runtime.live(exerciseId), sender, channel, text);
  }

  /** Every message of the exercise in order, or only those `reader` may read. */
  chat(exerciseId: string, reader?: Recipient): ChatMessage[] {
    return listChat(this.runtime, this.runtime.live(exerciseId), reader);
  }

  /** Replaces the player's team's draft (null clears it); returns the team's draft as kept. */
  updateDraft(
    exerciseId: string,
    playerId: string,
    draft: DraftDecision | null,
  ): DecisionDraft | null {
    return updateDraft(this.runtime, this.runtime.live(exerciseId), playerId, draft);
  }

  /** By team: this move's drafts of the teams that have not decided yet. */
  drafts(exerciseId: string): Record<string, DecisionDraft> {
    return currentDrafts(this.runtime.live(exerciseId));
  }

  // Replay (Control's and the players') and fork (Control's), of ended exercises (ReplayRefusal otherwise)

  /** An ended exercise step by step, rebuilt from its stored log (kept for the next steps). */
  replay(exerciseId: string): ExerciseReplay {
    return this.replays.get(this.runtime.live(exerciseId), this.runtime.deps.store);
  }

  /** The steps of an ended exercise, as `reader` may read them (a player's name only what they saw). */
  replayTimeline(exerciseId: string, reader: ReplayReader): ReplayTimelineResponse {
    return readerTimeline(this.replay(exerciseId), reader, this.secretsRevealed(exerciseId));
  }

  /** An ended exercise at `step` through the eyes of `as`, if `reader` may see through them. */
  replayView(exerciseId: string, reader: ReplayReader, step: number, as: string): ExerciseView {
    const revealed = this.secretsRevealed(exerciseId);
    return readerView(this.replay(exerciseId), reader, revealed, step, as);
  }

  /** A new exercise whose history is the ended one's up to the opening of `move`. */
  forkExercise(exerciseId: string, move: number): ForkedExercise {
    return forkExercise(this.runtime, this.replay(exerciseId), move);
  }

  /** Where an exercise was forked from; null for an original. */
  forkOrigin(exerciseId: string): { exerciseId: string; move: number } | null {
    return forkOriginOf(this.runtime, exerciseId);
  }

  /** Lets the players replay every team's point of view after the end (true), or only their own (false); kept in the log. */
  setSecretsRevealed(exerciseId: string, revealed: boolean): void {
    const live = this.runtime.live(exerciseId);
    if (live.secretsRevealed === revealed) return;
    const entry = { type: 'replay.revealSecrets', revealed } as const;
    this.runtime.appendService(live, entry, { kind: 'facilitator' });
  }

  /** Whether Control lets the players replay every team's point of view. */
  secretsRevealed(exerciseId: string): boolean {
    return this.runtime.live(exerciseId).secretsRevealed;
  }

  // Choices versus dice

  /**
   * The exercise's what-if analysis once its play is over (computed in the
   * background, then kept), as `reader` may read it: a player's omits the
   * branches that would name another team's unrevealed covert action.
   */
  whatIf(exerciseId: string, reader: ReplayReader): WhatIfResponse {
    const live = this.runtime.live(exerciseId);
    const status = this.whatIfJobs.status(exerciseId);
    const { context } = live.engine;
    return whatIfFor(live.scenario, context, status, reader, live.secretsRevealed);
  }

  // The after-action report

  /** Lets the players read the report once the exercise has ended (true), or stops (false); kept in the log. */
  setReportShared(exerciseId: string, shared: boolean): void {
    const live = this.runtime.live(exerciseId);
    if (live.reportShared === shared) return;
    this.runtime.appendService(live, { type: 'report.share', shared }, { kind: 'facilitator' });
    // Every screen carries whether the report is shared: the players' links follow at once.
    this.runtime.notify(live.id, { kind: 'report-sharing' });
  }

  /** Whether Control lets the players read the report. */
  reportShared(exerciseId: string): boolean {
    return this.runtime.live(exerciseId).reportShared;
  }

  // Reading

  /** Whether the exercise is in memory (active, or ended and used lately). */
  isLoaded(exerciseId: string): boolean {
    return this.runtime.isLoaded(exerciseId);
  }

  exerciseIds(): string[] {
    return this.runtime.ids();
  }

  /** How many exercises are in memory, by status (for the metrics). */
  loadedCounts(): { active: number; ended: number } {
    return this.runtime.loadedCounts();
  }

  info(exerciseId: string): ExerciseInfo {
    return describeExercise(this.runtime.live(exerciseId));
  }

  /** The engine's state with the service's facts (read-only: change it only by commands). */
  state(exerciseId: string): ExerciseState {
    return describeState(this.runtime.live(exerciseId));
  }

  /** Everything `project(input, recipient)` reads, stamped with the clock's time. */
  projectionInput(exerciseId: string): ProjectionSource {
    const live = this.runtime.live(exerciseId);
    const state = describeState(live);
    return {
      exerciseId,
      scenario: state.scenario,
      context: state.context,
      tags: state.tags,
      controlOpen: live.engine.controlOpen,
      log: live.log,
      roster: live.roster.entries(),
      chat: listChat(this.runtime, live, undefined),
      drafts: currentDrafts(live),
      lobbyLocked: state.lobbyLocked,
      reportShared: live.reportShared,
      seats: state.seats,
      participation: participationOf(live),
      ratings: ratingsOf(live),
      now: this.runtime.deps.clock.now(),
    };
  }
}
