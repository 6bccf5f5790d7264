import type { TFunction } from 'i18next';
import type { ControlNextStep } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';

/** The primary button's label: what it does in this phase, or what it waits for. */
export function labelOf(step: ControlNextStep, t: TFunction, names: Names): string {
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

export function blockedReason(step: ControlNextStep, t: TFunction, names: Names): string | null {
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
