import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useExerciseStore } from '../../state/exercise-store';
import { seatKey } from '../../state/session-slice';

/** When this browser already holds a player seat in the exercise: the way back to it. */
export function SavedSeat({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const seat = useExerciseStore(
    (state) => state.session.saved[seatKey(exerciseId, 'player')] ?? null,
  );
  if (seat === null) return null;
  return (
    <section className="panel saved-seat" aria-labelledby="saved-seat-title">
      <h2 id="saved-seat-title">{t('join.seated.title')}</h2>
      <p>{t('join.seated.text')}</p>
      <Link href={`/play/${exerciseId}`} className="join-continue" data-testid="join-continue">
        {t('join.seated.continue')}
      </Link>
    </section>
  );
}
