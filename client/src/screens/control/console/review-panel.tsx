import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';
import { ActionResultCard } from './action-result-card';
import { moveName } from './inject-words';
import { NarrativePanel } from './narrative-panel';
import { ReviewConsequences } from './review-consequences';
import { TrackOverrideForm } from './track-override-form';
import { TracksDiff } from './tracks-diff';

/**
 * The adjudication the engine proposes, before anybody else sees it: every
 * action explained, Control's overrides, what the world and the deck would
 * become, the narrative, and Publish.
 */
export function ReviewPanel({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const publish = useCommand();
  const review = view.control?.review ?? null;
  if (review === null) return null;
  const enabled = view.exercise.tags.includes('review');
  const pending = review.results.filter((result) => result.outcome === 'pending');

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
      <TracksDiff view={view} review={review} names={names} />
      <TrackOverrideForm view={view} names={names} />
      <ReviewConsequences view={view} review={review} names={names} />
      <NarrativePanel view={view} />
      <div className="control-publish">
        <button
          type="button"
          className="control-primary"
          data-testid="publish"
          disabled={!enabled || pending.length > 0 || publish.pending}
          aria-describedby={pending.length > 0 ? 'publish-why' : undefined}
          onClick={() => void publish.send({ type: 'facilitator.publishAdjudication' })}
        >
          {t('control.review.publish')}
        </button>
        {pending.length > 0 && (
          <p id="publish-why" className="control-warning">
            {t('control.review.publishBlocked', {
              actions: pending.map((result) => names.team(result.team)).join(', '),
            })}
          </p>
        )}
        {!enabled && <p className="control-hint">{t('control.review.pausedNote')}</p>}
        <CommandError error={publish.error} />
      </div>
    </section>
  );
}
