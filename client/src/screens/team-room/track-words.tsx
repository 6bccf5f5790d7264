import { useTranslation } from 'react-i18next';
import type { Effect, TrackChange } from '@borderline/shared';
import { ChangeIcon } from '../../components/change-icon';
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
      {effects.map((effect, index) => {
        const from = names.trackValue(effect.track);
        return (
          <li key={index}>
            <ChangeIcon
              direction={direction(effect)}
              leaning={names.leaning(effect.track, from, aimedAt(effect, from))}
            />
            {words.effect(effect)}
          </li>
        );
      })}
    </ul>
  );
}

export function TrackChangeList({ changes, names }: { changes: TrackChange[]; names: Names }) {
  const words = useTrackWords(names);
  if (changes.length === 0) return null;
  return (
    <ul className="tr-effects">
      {changes.map((change, index) => (
        <li key={index}>
          {change.to !== change.from && (
            <ChangeIcon
              direction={change.to < change.from ? 'down' : 'up'}
              leaning={names.leaning(change.track, change.from, change.to)}
            />
          )}
          {words.change(change)}
        </li>
      ))}
    </ul>
  );
}

function direction(effect: Effect): 'up' | 'down' | 'set' {
  if (effect.set !== undefined) return 'set';
  if (effect.atLeast !== undefined) return 'up';
  return (effect.delta ?? 0) < 0 ? 'down' : 'up';
}

/**
 * Where an effect would take the track from its value now, for weighing it
 * against the reader's objectives only: the engine still decides (and clamps).
 */
function aimedAt(effect: Effect, from: number): number {
  if (effect.set !== undefined) return effect.set;
  if (effect.atLeast !== undefined) return Math.max(from, effect.atLeast);
  return from + (effect.delta ?? 0);
}
