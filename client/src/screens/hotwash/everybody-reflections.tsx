import { useTranslation } from 'react-i18next';
import type { ExerciseView, Reflection, RosterEntry } from '@borderline/shared';
import { useLanguage } from '../../i18n/use-language';
import { ReflectionAnswersList } from './reflection-answers';
import { useNames } from '../../exercise/view-names';

/** Each person's newest reflection (a revision replaces the earlier one), in order of arrival. */
function newestByPlayer(reflections: Reflection[]): { reflection: Reflection; versions: number }[] {
  const byPlayer = new Map<string, { reflection: Reflection; versions: number }>();
  for (const reflection of reflections) {
    const known = byPlayer.get(reflection.player);
    byPlayer.set(reflection.player, {
      reflection:
        known === undefined || reflection.at >= known.reflection.at ? reflection : known.reflection,
      versions: (known?.versions ?? 0) + 1,
    });
  }
  return [...byPlayer.values()].sort((a, b) => a.reflection.at - b.reflection.at);
}

/** The team players (people, not bots) who have not reflected yet. */
export function playersWithoutReflection(view: ExerciseView): RosterEntry[] {
  const reflected = new Set(view.reflections.map((reflection) => reflection.player));
  return view.roster.filter(
    (entry) => !entry.isBot && entry.team !== null && !reflected.has(entry.id),
  );
}

/**
 * Control's view of the reflections as they arrive, with who wrote each,
 * and the team players who have not reflected yet.
 */
export function EverybodyReflections({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  const received = newestByPlayer(view.reflections);
  const missing = playersWithoutReflection(view);
  const where = (team: string | null) => (team === null ? t('common.observers') : names.team(team));
  return (
    <section className="debrief-reflections" aria-labelledby="reflections-title">
      <h3 id="reflections-title">{t('hotwash.control.reflections', { count: received.length })}</h3>
      <p role="status" data-testid="missing-reflections">
        {missing.length === 0
          ? t('hotwash.control.allReflected')
          : t('hotwash.control.missing', {
              names: missing.map((entry) => `${entry.name} (${where(entry.team)})`).join(', '),
            })}
      </p>
      <ul className="debrief-list" data-testid="reflections" aria-live="polite">
        {received.length === 0 && <li>{t('hotwash.control.noneYet')}</li>}
        {received.map(({ reflection, versions }) => (
          <li
            key={reflection.player}
            className="debrief-reflection"
            data-player={reflection.player}
          >
            <p>
              <strong>
                {names.person(reflection.player) ?? t('hotwash.control.formerPlayer')}
              </strong>{' '}
              ({where(reflection.team)}) ·{' '}
              <time dateTime={new Date(reflection.at).toISOString()}>
                {time.format(reflection.at)}
              </time>
              {versions > 1 && ` · ${t('hotwash.control.revised')}`}
            </p>
            <ReflectionAnswersList answers={reflection.answers} />
          </li>
        ))}
      </ul>
    </section>
  );
}
