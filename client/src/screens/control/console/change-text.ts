import type { TFunction } from 'i18next';
import type { TrackChange } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** "Bilateral trust 3 → 1 (−2)", and whether the track's range cut it short. */
export function changeText(change: TrackChange, t: TFunction, names: Names): string {
  const asked =
    change.delta !== undefined
      ? signed(change.delta)
      : change.set !== undefined
        ? t('control.review.setTo', { value: change.set })
        : change.atLeast !== undefined
          ? t('control.review.atLeast', { value: change.atLeast })
          : null;
  const base = `${names.track(change.track)} ${change.from} → ${change.to}`;
  const withAsked = asked === null ? base : `${base} (${asked})`;
  return change.clamped ? `${withAsked} ${t('control.review.clamped')}` : withAsked;
}

export { signed };
