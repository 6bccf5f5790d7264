import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ExerciseView } from '@borderline/shared';
import { GlossaryProvider, glossaryHref } from '../components/glossary-context';
import type { SeatRole } from '../state/session-slice';
import { connectionRefusalText } from '../components/refusal-words';
import { useLanguage } from '../i18n/use-language';
import { useExerciseStore } from '../state/exercise-store';
import { useExerciseSeat } from './use-exercise-seat';
import { useView } from './use-view';

/**
 * Opens the browser's seat in an exercise and shows `children` with the
 * view once the server has sent one; until then, or when there is no seat
 * or the server refuses it, says so plainly and offers the way out.
 */
export function ExerciseGate({
  exerciseId,
  role,
  children,
}: {
  exerciseId: string;
  role: SeatRole;
  children: (view: ExerciseView) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const seat = useExerciseSeat(exerciseId, role);
  const view = useView();
  const status = useExerciseStore((state) => state.connection.status);
  const error = useExerciseStore((state) => state.connection.error);
  const glossary = view?.scenario.glossary;
  const glossaryValue = useMemo(
    () => ({
      glossary: glossary ?? [],
      hrefOf: (entry: string) => glossaryHref(exerciseId, role === 'facilitator', entry),
    }),
    [glossary, exerciseId, role],
  );

  if (seat === null || (status === 'refused' && view === null)) {
    return (
      <main id="content" className="gate">
        <h1>{t('common.gate.noSeat')}</h1>
        {status === 'refused' && error !== null ? (
          <p role="alert">
            {t('common.gate.refused', {
              message: connectionRefusalText(error, t, language, null),
            })}
          </p>
        ) : (
          <p>
            {role === 'facilitator'
              ? t('common.gate.noSeatControl')
              : t('common.gate.noSeatPlayer')}
          </p>
        )}
        <Link href="/">{t('common.gate.toStart')}</Link>
      </main>
    );
  }
  if (view === null || view.exercise.id !== exerciseId) {
    return (
      <main id="content" className="gate">
        <p role="status">{t('common.gate.connecting')}</p>
      </main>
    );
  }
  return <GlossaryProvider value={glossaryValue}>{children(view)}</GlossaryProvider>;
}
