import type { TFunction } from 'i18next';
import type { ConditionWords } from '@borderline/shared';

/** The words of a condition's parts from the page's own (the same as the live screens'). */
export function conditionWordsOf(t: TFunction): ConditionWords {
  return {
    always: t('common.condition.always'),
    track: (track, value, wanted) => t('common.condition.track', { track, value, wanted }),
    trackUnknown: (track) => t('common.condition.trackUnknown', { track }),
    move: (value, wanted) => t('common.condition.move', { value, wanted }),
    atLeast: (value) => t('common.condition.atLeast', { value }),
    atMost: (value) => t('common.condition.atMost', { value }),
    between: (min, max) => t('common.condition.between', { min, max }),
    played: (card) => t('common.condition.played', { card }),
    notPlayed: (card) => t('common.condition.notPlayed', { card }),
    succeeded: (card) => t('common.condition.succeeded', { card }),
    notSucceeded: (card) => t('common.condition.notSucceeded', { card }),
    failed: (card) => t('common.condition.failed', { card }),
    notFailed: (card) => t('common.condition.notFailed', { card }),
    thisMove: (text) => t('common.condition.thisMove', { text }),
    released: (inject) => t('common.condition.released', { inject }),
    notReleased: (inject) => t('common.condition.notReleased', { inject }),
    allHold: t('common.condition.allHold'),
    notAllHold: t('common.condition.notAllHold'),
    anyHolds: t('common.condition.anyHolds'),
    noneHolds: t('common.condition.noneHolds'),
    not: (text) => t('common.condition.not', { text }),
  };
}
