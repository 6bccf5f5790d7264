import { useTranslation } from 'react-i18next';
import type { Adjudication, ExerciseView } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import { useLanguage } from '../../../i18n/use-language';
import type { Names } from '../../../exercise/view-names';
import { changeText } from './change-text';
import { causeText, moveName } from './inject-words';
import { conditionText, reasonsItHolds } from '../../../components/condition-words';
import { Glyph, WarningIcon } from '../../../components/icons';

/**
 * What publishing would also do: the injects it releases, those it defers,
 * the world's own moves after them (so the tracks before and after add up),
 * and an ending.
 */
export function ReviewConsequences({
  view,
  review,
  names,
}: {
  view: ExerciseView;
  review: Adjudication;
  names: Names;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ending =
    review.ending?.id == null
      ? null
      : (view.control?.endings.find((candidate) => candidate.id === review.ending?.id) ?? null);
  // Only the moves that changed a track: the rest leave nothing to add up.
  const dynamics = (review.dynamics ?? []).filter((entry) => entry.changes.length > 0);
  const dynamicText = (id: string) => {
    const dynamic = view.control?.dynamics.find((candidate) => candidate.id === id);
    return dynamic === undefined ? id : localize(dynamic.text, language);
  };
  return (
    <section className="control-subsection" aria-labelledby="review-consequences-title">
      <h3 id="review-consequences-title">{t('control.review.consequencesTitle')}</h3>
      <h4>{t('control.review.wouldRelease')}</h4>
      {review.injects.length === 0 ? (
        <p className="control-hint">{t('control.review.noInjects')}</p>
      ) : (
        <ul>
          {review.injects.map((release) => (
            <li key={release.inject}>
              <strong>{names.inject(release.inject)}</strong> ({causeText(release.cause, t, names)})
              {release.changes.length > 0 &&
                `: ${release.changes.map((change) => changeText(change, t, names)).join(' · ')}`}
            </li>
          ))}
        </ul>
      )}
      {review.deferred.length > 0 && (
        <>
          <h4>{t('control.review.deferred')}</h4>
          <ul>
            {review.deferred.map((trigger) => (
              <li key={trigger.inject}>
                {names.inject(trigger.inject)}:{' '}
                {t('control.review.deferredFrom', { move: moveName(trigger.fromMove, t) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('control.review.dynamics')}</h4>
      {dynamics.length === 0 ? (
        <p className="control-hint">{t('control.review.noDynamics')}</p>
      ) : (
        <ul data-testid="review-dynamics">
          {dynamics.map((entry) => (
            <li key={entry.dynamic}>
              <strong>{dynamicText(entry.dynamic)}</strong>
              {`: ${entry.changes.map((change) => changeText(change, t, names)).join(' · ')}`}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('control.review.ending')}</h4>
      {review.ending === null ? (
        <p className="control-hint">{t('control.review.noEnding')}</p>
      ) : (
        <div className="control-warning" data-ending={review.ending.id ?? ''}>
          <p>
            <Glyph icon={WarningIcon} />
            <strong>
              {ending === null
                ? t('control.review.endingUnnamed')
                : t('control.review.endingWould', { title: localize(ending.title, language) })}
            </strong>
          </p>
          {review.ending.trace !== null && (
            <div className="control-trace" data-testid="ending-reasons">
              <p>{t('control.review.endingBecause')}</p>
              <ul>
                {reasonsItHolds(review.ending.trace).map((reason, index) => (
                  <li key={index}>{conditionText(reason, t, names)}</li>
                ))}
              </ul>
            </div>
          )}
          {ending?.dilemma !== undefined && (
            <p>{t('control.review.endingDilemma', { team: names.team(ending.dilemma.team) })}</p>
          )}
        </div>
      )}
    </section>
  );
}
