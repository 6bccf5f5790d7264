import { useEffect, useState } from 'react';
import type { DecisionDraft, DraftDecision } from '@borderline/shared';
import { useCommand, type CommandFailure } from '../../../exercise/use-command';
import { useServerOffset } from '../../../exercise/use-view';
import { clearDraft, writeDraft } from '../../../state/actions';
import { draftKey, type LocalDraft } from '../../../state/drafts-slice';
import { useExerciseStore } from '../../../state/exercise-store';
import { DebouncedSender } from './debounced-sender';
import { EMPTY_DRAFT, sameDraft } from './draft-model';

/** How long typing must rest before the draft goes to the teammates. */
export const DRAFT_DEBOUNCE_MS = 600;

export interface SharedDraft {
  draft: DraftDecision;
  update: (patch: Partial<DraftDecision>) => void;
  /** Edits made here that the server has not taken yet. */
  unsent: boolean;
  /** Why the last attempt to share the draft failed. */
  syncError: CommandFailure | null;
  /** The decision is submitted: nothing more to share or to restore. */
  finish: () => void;
}

interface Start {
  draft: DraftDecision;
  unsent: boolean;
}

/**
 * Where the form starts: this browser's own draft of this move (a reload or
 * a lost network loses nothing), unless a teammate changed the shared draft
 * after it was written; else the shared draft; else an empty form.
 */
export function startingDraft(
  local: LocalDraft | undefined,
  shared: DecisionDraft | null,
  move: number,
  ownId: string | null,
  serverOffset: number,
): Start {
  const own = local !== undefined && local.move === move ? local : undefined;
  const newerElsewhere =
    own !== undefined &&
    shared !== null &&
    shared.playerId !== ownId &&
    shared.at > own.updatedAt + serverOffset;
  if (own !== undefined && !newerElsewhere)
    return { draft: own.draft, unsent: !sameDraft(own.draft, shared?.draft) };
  if (shared !== null) return { draft: shared.draft, unsent: false };
  return { draft: EMPTY_DRAFT, unsent: false };
}

const stampOf = (shared: DecisionDraft | null) =>
  shared === null ? null : `${shared.at}|${shared.playerId}|${JSON.stringify(shared.draft)}`;

/**
 * The team's decision as this member writes it: kept in the persisted
 * drafts slice at every change, shared with the team (`team.updateDraft`)
 * once typing rests, and replaced by a teammate's newer draft when this
 * member has nothing unsent.
 */
export function useSharedDraft({
  exerciseId,
  team,
  move,
  ownId,
  shared,
}: {
  exerciseId: string;
  team: string;
  move: number;
  ownId: string | null;
  shared: DecisionDraft | null;
}): SharedDraft {
  const local = useExerciseStore((state) => state.drafts.byKey[draftKey(exerciseId, team)]);
  const serverOffset = useServerOffset();
  const [start] = useState(() => startingDraft(local, shared, move, ownId, serverOffset));
  const [draft, setDraft] = useState(start.draft);
  const [unsent, setUnsent] = useState(start.unsent);
  const { send, error } = useCommand();
  const [sender] = useState(
    () =>
      new DebouncedSender<DraftDecision>(
        DRAFT_DEBOUNCE_MS,
        (value) => send({ type: 'team.updateDraft', draft: value }),
        (accepted) => setUnsent(!accepted),
      ),
  );

  // A teammate's draft arrived: adopt it unless this member is mid-edit.
  const stamp = stampOf(shared);
  const [seenStamp, setSeenStamp] = useState(stamp);
  const [adopted, setAdopted] = useState<DraftDecision | null>(null);
  if (stamp !== seenStamp) {
    setSeenStamp(stamp);
    if (
      shared !== null &&
      shared.playerId !== ownId &&
      !unsent &&
      !sameDraft(shared.draft, draft)
    ) {
      setDraft(shared.draft);
      setAdopted(shared.draft);
    }
  }
  // What is on screen is what a reload restores.
  useEffect(() => {
    if (adopted !== null) writeDraft(exerciseId, team, adopted, move);
  }, [adopted, exerciseId, team, move]);

  // Restored edits that never reached the team go now.
  useEffect(() => {
    if (start.unsent) sender.schedule(start.draft);
  }, [sender, start]);
  // Leaving the form mid-typing: share what was typed rather than drop it.
  useEffect(() => () => void sender.flush(), [sender]);

  const update = (patch: Partial<DraftDecision>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setUnsent(true);
    writeDraft(exerciseId, team, next, move);
    sender.schedule(next);
  };
  const finish = () => {
    sender.cancel();
    clearDraft(exerciseId, team);
    setUnsent(false);
  };
  return { draft, update, unsent, syncError: error, finish };
}
