import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ControlNextStep, ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';
import { SkipPracticeButton } from './skip-practice-button';
import { SkipTurnControl } from './skip-turn-control';
import { EndEarlyControl } from './end-early-control';

function labelOf(step: ControlNextStep, t: TFunction, names: Names): string {
  switch (step.kind) {
    case 'open-first-move':
      return step.practice
        ? t('control.advance.briefingToPractice')
        : t('control.advance.briefingToMove', { move: step.move });
    case 'open-deliberation':
      return t('control.advance.openDeliberation', { minutes: step.minutes });
    case 'open-decisions':
      return t('control.advance.openDecisions', { minutes: step.minutes });
    case 'open-next-move':
      return step.afterPractice
        ? t('control.advance.endPractice', { move: step.move })
        : t('control.advance.nextMove', { move: step.move });
    case 'open-dilemma':
      return t('control.advance.openDilemma', { team: names.team(step.team) });
    case 'open-hotwash':
      return t('control.advance.openHotwash');
    case 'publish-results':
      return t('control.advance.showResults');
    case 'blocked':
      if (step.why === 'decisions') return t('control.advance.closeDecisions');
      if (step.why === 'review') return t('control.advance.showResults');
      if (step.why === 'dilemma') return t('control.advance.awaitDilemma');
      if (step.why === 'not-in-play') return t('control.advance.notInPlay');
      return t('control.advance.paused');
  }
}

function blockedReason(step: ControlNextStep, t: TFunction, names: Names): string | null {
  if (step.kind !== 'blocked') return null;
  switch (step.why) {
    case 'paused':
      return t('control.advance.whyPaused');
    case 'decisions':
      return step.team === null
        ? t('control.advance.whyDecisionsSimultaneous')
        : t('control.advance.whyDecisions', { team: names.team(step.team) });
    case 'review':
      return t('control.advance.whyReview');
    case 'dilemma':
      return step.team === null
        ? t('control.advance.whyDilemmaNoTeam')
        : t('control.advance.whyDilemma', { team: names.team(step.team) });
    case 'not-in-play':
      return null;
  }
}

/** A view without Control's desk has no next step to take. */
const NOT_CONTROL: ControlNextStep = { kind: 'blocked', why: 'not-in-play', team: null };

/**
 * What comes next: one primary button labelled by what it does in this
 * phase (or why it waits), and beside it the ways to cut a phase short.
 */
export function PhaseControl({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const advance = useCommand();
  const step: ControlNextStep = view.control?.nextStep ?? NOT_CONTROL;
  const reason = blockedReason(step, t, names);
  return (
    <section className="panel control-phase" aria-labelledby="control-phase-title">
      <h2 id="control-phase-title">{t('control.advance.title')}</h2>
      <button
        type="button"
        className="control-primary"
        data-testid="advance"
        data-step={step.kind}
        disabled={step.kind === 'blocked' || advance.pending}
        aria-describedby={reason === null ? undefined : 'advance-why'}
        onClick={() =>
          void advance.send(
            step.kind === 'publish-results'
              ? { type: 'facilitator.publishAdjudication' }
              : { type: 'facilitator.advance' },
          )
        }
      >
        {labelOf(step, t, names)}
      </button>
      {reason !== null && (
        <p id="advance-why" className="control-hint">
          {reason}
        </p>
      )}
      <CommandError error={advance.error} />
      <div className="control-phase-more">
        <SkipPracticeButton view={view} />
        <SkipTurnControl view={view} names={names} />
        <EndEarlyControl view={view} names={names} />
      </div>
    </section>
  );
}
