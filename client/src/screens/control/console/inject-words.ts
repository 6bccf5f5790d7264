import type { TFunction } from 'i18next';
import { namesInSentence, type ReleaseCause } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';

/** Why an inject came out, in a few words. */
export function causeText(cause: ReleaseCause | null, t: TFunction, names: Names): string {
  if (cause === null) return t('control.cause.hidden');
  switch (cause.kind) {
    case 'scheduled':
      return t('control.cause.scheduled');
    case 'facilitator':
      return t('control.cause.facilitator');
    case 'condition':
      return t('control.cause.condition');
    case 'debrief':
      return t('control.cause.debrief');
    case 'action':
      return cause.card === null
        ? t('control.cause.freeform', { team: names.team(cause.team) })
        : t('control.cause.action', { team: names.team(cause.team), card: names.card(cause.card) });
  }
}

export function audienceText(audience: 'all' | string[], t: TFunction, names: Names): string {
  return audience === 'all'
    ? t('control.injects.audienceAll')
    : namesInSentence(
        audience.map((team) => names.team(team)),
        names.language,
      ).join(', ');
}

export function moveName(move: number, t: TFunction): string {
  return move === 0 ? t('control.practiceMove') : t('control.moveNumber', { move });
}
