import type { ChatMessage, DecisionDraft, DraftDecision, Recipient } from '@borderline/shared';
import { mayReadChannel } from '@borderline/shared';
import type { ChatRecord } from '../store/exercise-store';
import { checkMessageText, checkPost, MAX_MESSAGE_LENGTH } from './chat-policy';
import type { ExerciseRuntime } from './exercise-runtime';
import type { LiveExercise } from './live-exercise';
import { serviceError } from './service-error';
import type { CommandSender, ServiceEntry } from './stored-entry';

export const MAX_DRAFT_CHARS = 40_000;

export function toChatMessage(live: LiveExercise, record: ChatRecord): ChatMessage {
  const senderName =
    record.sender === 'facilitator' ? 'Control' : (live.roster.nameOf(record.sender) ?? 'Unknown');
  return {
    id: record.id,
    channel: record.channel,
    sender: record.sender,
    senderName,
    text: record.text,
    at: record.at,
    move: record.move,
    phase: record.phase,
  };
}

/** The sender as the channel rules see it. */
function recipientOfSender(live: LiveExercise, sender: CommandSender): Recipient {
  if (sender.kind === 'facilitator') return { kind: 'facilitator' };
  const player = live.roster.require(sender.playerId);
  return player.team === null
    ? { kind: 'observer', player: player.id }
    : { kind: 'team', team: player.team, player: player.id };
}

/** Posts a message, stamped with the time, the move and the phase; stored before it is announced. */
export function postChat(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  sender: CommandSender,
  channel: string,
  text: string,
): ChatMessage {
  const allowed = checkPost(live.scenario, recipientOfSender(live, sender), channel);
  if (!allowed.ok) throw serviceError(allowed.code, allowed.message);
  const checked = checkMessageText(text);
  if (!checked.ok) {
    throw serviceError(checked.code, checked.message, { limit: MAX_MESSAGE_LENGTH });
  }
  const { context } = live.engine;
  const record: ChatRecord = {
    id: runtime.deps.secrets.id(),
    exerciseId: live.id,
    channel,
    sender: sender.kind === 'player' ? sender.playerId : 'facilitator',
    text: checked.text,
    at: runtime.deps.clock.now(),
    move: context.move,
    phase: context.phase,
  };
  runtime.deps.store.appendChat(record);
  live.participation.countChat(record);
  runtime.notify(live.id, { kind: 'chat', messageId: record.id });
  return toChatMessage(live, record);
}

export function listChat(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  reader: Recipient | undefined,
): ChatMessage[] {
  return runtime.deps.store
    .listChat(live.id)
    .filter(
      (message) => reader === undefined || mayReadChannel(live.scenario, reader, message.channel),
    )
    .map((message) => toChatMessage(live, message));
}

/**
 * Replaces a team's half-written decision (any member may write it; null
 * clears it). Returns the team's draft as kept, or null once cleared.
 */
export function updateDraft(
  runtime: ExerciseRuntime,
  live: LiveExercise,
  playerId: string,
  draft: DraftDecision | null,
): DecisionDraft | null {
  const { team } = live.roster.require(playerId);
  if (team === null) throw serviceError('observer', 'Observers do not draft decisions.');
  if (draft !== null && (typeof draft !== 'object' || typeof draft.kind !== 'string')) {
    throw serviceError('invalid-draft', 'A draft is a decision: actions, free-form or hold.');
  }
  if (JSON.stringify(draft).length > MAX_DRAFT_CHARS) {
    throw serviceError('invalid-draft', `A draft has at most ${MAX_DRAFT_CHARS} characters.`, {
      limit: MAX_DRAFT_CHARS,
    });
  }
  const entry: ServiceEntry = { type: 'draft.update', team, move: live.engine.context.move, draft };
  runtime.appendService(live, entry, { kind: 'player', playerId });
  runtime.notify(live.id, { kind: 'draft', team });
  return live.drafts.get(team) ?? null;
}

/** The drafts still in play, by team: this move's, of teams that have not decided yet. */
export function currentDrafts(live: LiveExercise): Record<string, DecisionDraft> {
  const { engine } = live;
  if (engine.isEnded) return {};
  const { context } = engine;
  const decided = (team: string) =>
    context.decisions.some((decision) => decision.move === context.move && decision.team === team);
  return Object.fromEntries(
    [...live.drafts.values()]
      .filter((draft) => draft.move === context.move && !decided(draft.team))
      .map((draft) => [draft.team, draft]),
  );
}
