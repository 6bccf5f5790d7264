import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';
import type { RoomState } from '../room-state';
import { CardPicker } from './card-picker';
import { draftProblems, toDecisionInput } from './draft-model';
import { draftSummary, DraftStatus } from './draft-status';
import { FreeformFields } from './freeform-fields';
import { KindPicker } from './kind-picker';
import { RationaleFields } from './rationale-fields';
import { SubmitBar } from './submit-bar';
import { useSharedDraft } from './use-shared-draft';
import { useWaitReason } from './wait-reason';

/**
 * The team's decision, written together: every member edits the shared
 * draft from deliberation on, the lead submits it once the team's turn
 * opens (until then the button waits, and says for what), after saying
 * once what it sends and that it cannot be changed.
 */
export function DecisionForm({
  view,
  room,
  team,
  names,
}: {
  view: ExerciseView;
  room: RoomState;
  team: string;
  names: Names;
}) {
  const { t } = useTranslation();
  const { exercise, scenario } = view;
  const shared = useSharedDraft({
    exerciseId: exercise.id,
    team,
    move: exercise.move,
    ownId: room.ownId,
    shared: room.sharedDraft,
  });
  const submit = useCommand();
  const { draft, update } = shared;
  const hand = view.team?.cards ?? [];
  const uses = view.team?.uses ?? {};
  const problems = draftProblems(draft, team, hand, uses, scenario.rules);
  const waitReason = useWaitReason(view, room, team, names);

  const [confirming, setConfirming] = useState(false);
  const ready = room.isLead && room.myTurn && problems.length === 0 && !submit.pending;

  // The button asks first: a decision cannot be taken back once it is in.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    submit.clear();
    setConfirming(true);
  };
  const onConfirm = async () => {
    if (!ready) return;
    const decision = toDecisionInput(draft);
    const sent = await submit.send({ type: 'team.submitDecision', decision });
    setConfirming(false);
    if (sent) shared.finish();
  };

  return (
    <>
      <form
        className="tr-decision-form"
        data-testid="decision-form"
        // Whether the team's turn is open (the draft can be written before it).
        data-turn={room.myTurn ? 'open' : 'waiting'}
        aria-labelledby="decision-form-title"
        noValidate
        onSubmit={onSubmit}
      >
        <h3 id="decision-form-title">{t('team.form.title')}</h3>
        <DraftStatus
          draft={draft}
          shared={room.sharedDraft}
          ownId={room.ownId}
          unsent={shared.unsent}
          syncError={shared.syncError}
          names={names}
        />
        <KindPicker kind={draft.kind} onChange={(kind) => update({ kind })} />
        {draft.kind === 'actions' && (
          <CardPicker
            hand={hand}
            uses={uses}
            rules={scenario.rules}
            selected={draft.cards ?? []}
            onChange={(cards) => update({ cards })}
            tracks={scenario.tracks}
            names={names}
          />
        )}
        {draft.kind === 'freeform' && (
          <FreeformFields
            draft={draft}
            covertAllowed={scenario.rules.maxCovertPerMove > 0}
            onChange={update}
          />
        )}
        {draft.kind === 'hold' && <p className="tr-hint">{t('team.form.holdHint')}</p>}
        <RationaleFields draft={draft} onChange={update} />
        <SubmitBar
          isLead={room.isLead}
          lead={room.lead}
          problems={problems}
          accepting={room.acceptingDecisions}
          turnOpen={room.myTurn}
          waitReason={room.myTurn ? null : waitReason}
          pending={submit.pending}
          error={submit.error}
        />
      </form>
      {confirming && (
        <ConfirmDialog
          testId="decision-confirm"
          title={t('team.confirm.title')}
          confirmLabel={t('team.confirm.submit')}
          cancelLabel={t('team.confirm.cancel')}
          confirmDisabled={submit.pending}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            <strong>{t('team.draft.title')}:</strong> {draftSummary(draft, t, names)}
          </p>
          <p>{t('team.confirm.text')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
