import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlNextStep, ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useCommand } from '../../../exercise/use-command';
import { localize } from '../../../i18n/localize';
import type { Names } from '../../../exercise/view-names';
import { moveName } from './inject-words';
import { blockedReason, labelOf } from './next-step-words';
import { Glyph, WarningIcon } from '../../../components/icons';

/** A view without Control's desk has no next step to take. */
const NOT_CONTROL: ControlNextStep = { kind: 'blocked', why: 'not-in-play', team: null };

/** What publishing also does, for the question asked before it. */
function PublishConsequences({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const review = view.control?.review ?? null;
  if (review === null) return null;
  const ending =
    review.ending?.id == null
      ? null
      : (view.control?.endings.find((candidate) => candidate.id === review.ending?.id) ?? null);
  return (
    <>
      <p>{t('control.publish.text')}</p>
      {review.injects.length > 0 && (
        <p>
          {t('control.publish.injects', {
            count: review.injects.length,
            injects: review.injects.map((release) => names.inject(release.inject)).join(', '),
          })}
        </p>
      )}
      {review.ending !== null && (
        <p className="control-warning">
          <Glyph icon={WarningIcon} />
          {ending === null
            ? t('control.review.endingUnnamed')
            : t('control.review.endingWould', { title: localize(ending.title, names.language) })}
        </p>
      )}
    </>
  );
}

/**
 * The one next action: a primary button labelled by what it does in this
 * phase, on the server's word (`nextStep`), or why it waits. Publishing the
 * results asks once, since the teams see them at once.
 */
export function NextStepButton({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [asking, setAsking] = useState(false);
  const step: ControlNextStep = view.control?.nextStep ?? NOT_CONTROL;
  const reason = blockedReason(step, t, names);
  const publishing = step.kind === 'publish-results';

  return (
    <div className="control-next">
      <button
        type="button"
        className="control-primary"
        data-testid="advance"
        data-step={step.kind}
        disabled={step.kind === 'blocked' || command.pending}
        aria-describedby={reason === null ? undefined : 'advance-why'}
        onClick={() => {
          command.clear();
          if (publishing) setAsking(true);
          else void command.send({ type: 'facilitator.advance' });
        }}
      >
        {labelOf(step, t, names)}
      </button>
      {reason !== null && (
        <p id="advance-why" className="control-hint">
          {reason}
        </p>
      )}
      {!asking && <CommandError error={command.error} />}
      {asking && (
        <ConfirmDialog
          testId="publish-dialog"
          title={t('control.publish.title', {
            move: moveName(publishing ? step.move : view.exercise.move, t),
          })}
          confirmLabel={t('control.publish.confirm')}
          cancelLabel={t('control.publish.cancel')}
          confirmDisabled={!publishing || command.pending}
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            if (await command.send({ type: 'facilitator.publishAdjudication' })) setAsking(false);
          }}
        >
          <PublishConsequences view={view} names={names} />
          <CommandError error={command.error} />
        </ConfirmDialog>
      )}
    </div>
  );
}
