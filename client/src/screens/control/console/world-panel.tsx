import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { NarrativePanel } from './narrative-panel';
import { TrackOverrideForm } from './track-override-form';

/** Outside review: setting a track by hand, and the narrative. */
export function WorldPanel({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  return (
    <section id="control-world" className="control-section" aria-labelledby="control-world-title">
      <h2 id="control-world-title">{t('control.world.title')}</h2>
      <TrackOverrideForm view={view} names={names} />
      <NarrativePanel view={view} />
    </section>
  );
}
