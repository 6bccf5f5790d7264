import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { InjectCardView } from '../../components/inject-card';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/**
 * The developments so far, newest first; those released in the current move
 * are marked new. The newest is shown whole, the others by their titles.
 */
export function InjectFeed({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { move } = view.exercise;
  const newestFirst = [...view.injects].reverse();
  const fresh = newestFirst.filter((inject) => inject.release.move === move).length;
  return (
    <section
      id="injects"
      className="panel tr-feed"
      data-testid="inject-feed"
      aria-labelledby="injects-title"
    >
      <h2 id="injects-title">{t('team.feed.title')}</h2>
      <p className="tr-hint">
        {fresh === 0 ? t('team.feed.noneNew') : t('team.feed.new', { count: fresh })}
      </p>
      {newestFirst.length === 0 ? (
        <p>{t('team.feed.empty')}</p>
      ) : (
        <ol className="tr-feed-list">
          {newestFirst.map((inject, index) => {
            const isNew = inject.release.move === move;
            const tag = isNew && <span className="tr-tag tr-tag-new">{t('team.feed.newTag')}</span>;
            const card = <InjectCardView inject={inject} teams={view.scenario.teams} />;
            return (
              <li
                key={inject.id}
                id={`inject-${inject.id}`}
                className={isNew ? 'tr-feed-new' : undefined}
                data-new={isNew}
              >
                {index === 0 ? (
                  <>
                    {tag}
                    {card}
                  </>
                ) : (
                  // The newest reads in full; the others by their titles, each opening on demand.
                  <details className="tr-feed-fold">
                    <summary>
                      {tag} <strong>{localize(inject.title, language)}</strong>{' '}
                      <span className="tr-hint inject-date">{inject.date}</span>
                    </summary>
                    {card}
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
