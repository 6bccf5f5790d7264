import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { ActionResultCard } from './action-result-card';
import { moveName } from './inject-words';
import { NarrativePanel } from './narrative-panel';
import { ReviewConsequences } from './review-consequences';
import { TrackOverrideForm } from './track-override-form';
import { TracksDiff } from './tracks-diff';

/**
 * The adjudication the engine proposes, before anybody else sees it: each
 * action's result in a few lines (its override behind "Change"), what the
 * world and the deck would become, the narrative. Publishing is the
 * cockpit's next step, always on screen.
 */
export function ReviewPanel({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const review = view.control?.review ?? null;
  if (review === null) return null;
  const enabled = view.exercise.tags.includes('review');

  return (
    <section
      id="control-review"
      className="control-section control-review"
      data-testid="review"
      aria-labelledby="control-review-title"
    >
      <h2 id="control-review-title">
        {t('control.review.title', { move: moveName(review.move, t) })}
      </h2>
      <p className="control-hint">{t('control.review.intro')}</p>
      {!enabled && <p className="control-warning">{t('control.review.pausedNote')}</p>}
      {review.results.length === 0 ? (
        <p>{t('control.review.noActions')}</p>
      ) : (
        <div className="control-results">
          {review.results.map((result) => (
            <ActionResultCard
              key={result.id}
              view={view}
              review={review}
              result={result}
              names={names}
              enabled={enabled}
            />
          ))}
        </div>
      )}
      <ReviewConsequences view={view} review={review} names={names} />
      <TracksDiff view={view} review={review} names={names} />
      <details className="control-disclosure" data-testid="track-override">
        <summary>{t('control.trackOverride.title')}</summary>
        <TrackOverrideForm view={view} names={names} />
      </details>
      <NarrativePanel view={view} />
    </section>
  );
}
