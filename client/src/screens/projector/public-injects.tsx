import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { InjectCardView } from '../../components/inject-card';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { moveLabel } from './move-label';

/**
 * The inject cards released to everybody, newest first: this move's in
 * full, earlier ones by title behind a disclosure, so that the screen
 * shows what is new without scrolling.
 */
export function PublicInjects({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const injects = view.injects
    .filter((inject) => inject.audience === 'all')
    // The view lists them in order of release (cards released together share a time): reversed, as the players read them.
    .reverse();
  const current = injects.filter((inject) => inject.release.move === view.exercise.move);
  const earlier = injects.filter((inject) => inject.release.move !== view.exercise.move);
  return (
    <section
      className="observer-injects"
      data-testid="projector-injects"
      aria-labelledby="projector-injects-title"
    >
      <h2 id="projector-injects-title">{t('screen.injects.title')}</h2>
      {injects.length === 0 && <p>{t('screen.injects.none')}</p>}
      {current.map((inject) => (
        <InjectCardView key={inject.id} inject={inject} teams={view.scenario.teams} />
      ))}
      {earlier.length > 0 && (
        <details className="observer-earlier">
          <summary>{t('screen.injects.earlier', { count: earlier.length })}</summary>
          <ul>
            {earlier.map((inject) => (
              <li key={inject.id} data-inject-line={inject.id}>
                <span className="observer-move-label">{moveLabel(t, inject.release.move)}</span>{' '}
                {localize(inject.title, language)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
