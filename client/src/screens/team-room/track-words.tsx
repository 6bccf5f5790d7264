import { useTranslation } from 'react-i18next';
import type { Effect, TrackChange } from '@borderline/shared';
import type { Names } from '../../exercise/view-names';

/**
 * Track moves in words: "Fentanyl flow: down by 1", "Escalation: set to 5"
 * (what an effect will do), "Bilateral trust 4 → 3" (what it did).
 */
export function useTrackWords(names: Names) {
  const { t } = useTranslation();
  const effect = (effect: Effect) => {
    const track = names.track(effect.track);
    if (effect.set !== undefined) return t('team.effect.set', { track, value: effect.set });
    if (effect.atLeast !== undefined) {
      return t('team.effect.atLeast', { track, value: effect.atLeast });
    }
    const delta = effect.delta ?? 0;
    return delta < 0
      ? t('team.effect.down', { track, amount: -delta })
      : t('team.effect.up', { track, amount: delta });
  };
  const change = (change: TrackChange) => {
    const words = { track: names.track(change.track), from: change.from, to: change.to };
    return change.clamped ? t('team.changeClamped', words) : t('team.change', words);
  };
  return { effect, change };
}

/** A list of effects, or a plain "no change" (an empty list would look like a mistake). */
export function EffectList({ effects, names }: { effects: Effect[]; names: Names }) {
  const { t } = useTranslation();
  const words = useTrackWords(names);
  if (effects.length === 0) return <span className="tr-none">{t('team.effect.none')}</span>;
  return (
    <ul className="tr-effects">
      {effects.map((effect, index) => (
        <li key={index} data-direction={direction(effect)}>
          <span aria-hidden="true">{arrow(effect)} </span>
          {words.effect(effect)}
        </li>
      ))}
    </ul>
  );
}

export function TrackChangeList({ changes, names }: { changes: TrackChange[]; names: Names }) {
  const words = useTrackWords(names);
  if (changes.length === 0) return null;
  return (
    <ul className="tr-effects">
      {changes.map((change, index) => (
        <li key={index} data-direction={Math.sign(change.to - change.from)}>
          {words.change(change)}
        </li>
      ))}
    </ul>
  );
}

function direction(effect: Effect): number {
  if (effect.atLeast !== undefined) return 1;
  return effect.set !== undefined ? 0 : Math.sign(effect.delta ?? 0);
}

/** A shape beside the words, never instead of them. */
function arrow(effect: Effect): string {
  const sign = direction(effect);
  if (effect.set !== undefined) return '=';
  return sign < 0 ? '▼' : '▲';
}
