import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useGaugeMarks } from '../../../components/gauge-marks';
import { TrackGauges } from '../../../components/track-gauges';
import type { Names } from '../../../exercise/view-names';
import { NarrativePanel } from './narrative-panel';
import { TrackOverrideForm } from './track-override-form';

/**
 * The tracks as they stand; outside review, setting one by hand and the
 * narrative (during review both belong to the review, which applies them).
 */
export function WorldPanel({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const reviewing = view.control?.review != null;
  const marks = useGaugeMarks(view);
  return (
    <section id="control-world" className="control-section" aria-labelledby="control-world-title">
      <h2 id="control-world-title" className="visually-hidden">
        {t('control.world.title')}
      </h2>
      <TrackGauges
        tracks={view.scenario.tracks}
        current={view.tracks.current}
        history={view.tracks.history}
        marks={marks}
      />
      {reviewing ? (
        <p className="control-hint">{t('control.world.inReview')}</p>
      ) : (
        <>
          <details className="control-disclosure">
            <summary>{t('control.trackOverride.title')}</summary>
            <TrackOverrideForm view={view} names={names} />
          </details>
          <NarrativePanel view={view} />
        </>
      )}
    </section>
  );
}
