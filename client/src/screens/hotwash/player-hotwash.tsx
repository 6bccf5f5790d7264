import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { Debrief } from './debrief';
import { HotwashShell } from './hotwash-shell';
import { KnowledgeCheckPanel } from '../knowledge-check/knowledge-check-panel';
import { ReflectionForm } from './reflection-form';

/**
 * The hotwash and the end for a player (and an observer): the guided
 * debrief one stage at a time, their own reflection in its last stage, and
 * once ended the report's link.
 */
export function PlayerHotwash({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const player = view.recipient.kind === 'facilitator' ? null : view.recipient.player;
  return (
    <HotwashShell view={view} className="hotwash-player">
      <KnowledgeCheckPanel view={view} />
      <Debrief
        view={view}
        stepwise
        takeaway={
          player === null ? (
            <p>{t('hotwash.reflection.noSeat')}</p>
          ) : (
            <ReflectionForm key={`${view.exercise.id}:${player}`} view={view} player={player} />
          )
        }
      />
    </HotwashShell>
  );
}
