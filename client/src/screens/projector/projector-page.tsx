import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ExerciseView } from '@borderline/shared';
import { ExerciseGate } from '../../exercise/exercise-gate';
import { useExerciseStore } from '../../state/exercise-store';
import { seatKey } from '../../state/session-slice';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { ProjectorScreen } from './projector-screen';
import { useJoinCode } from './use-join-code';
import { useProjectorSeat } from './use-projector-seat';
import { useNames } from '../../exercise/view-names';
import { useRefusalText } from '../../components/use-refusal-text';

/** Nothing to project from: no observer seat and no facilitator key in this browser. */
function NoProjectorSeat({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  return (
    <main id="content" className="gate">
      <h1>{t('screen.seat.noSeat')}</h1>
      <p>{t('screen.seat.howTo')}</p>
      <p>
        <Link href={`/control/${exerciseId}`}>{t('screen.seat.toControl')}</Link> ·{' '}
        <Link href="/join">{t('screen.seat.toJoin')}</Link>
      </p>
    </main>
  );
}

/** Takes the projector's seat with the facilitator key, saying so, or why it failed. */
function TakeProjectorSeat({
  exerciseId,
  facilitatorKey,
}: {
  exerciseId: string;
  facilitatorKey: string;
}) {
  const { t } = useTranslation();
  const why = useRefusalText();
  const { error, retry } = useProjectorSeat(exerciseId, facilitatorKey);
  return (
    <main id="content" className="gate">
      {error === null ? (
        <p role="status">{t('screen.seat.taking')}</p>
      ) : (
        <>
          <h1>{t('screen.seat.failedTitle')}</h1>
          <p role="alert">{t('screen.seat.failed', { message: why(error) })}</p>
          <button type="button" onClick={retry}>
            {t('screen.seat.retry')}
          </button>
        </>
      )}
    </main>
  );
}

/** A team member's seat holds secrets: it never goes on the room's screen. */
function TeamSeatRefused({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  const team = view.recipient.kind === 'team' ? names.team(view.recipient.team) : '';
  return (
    <main id="content" className="gate">
      <h1>{t('screen.teamSeat.title')}</h1>
      <p role="alert">{t('screen.teamSeat.text', { team })}</p>
      <p>
        <Link href={`/play/${view.exercise.id}`}>{t('screen.teamSeat.toTeam')}</Link>
      </p>
    </main>
  );
}

function ProjectedView({
  view,
  facilitatorKey,
}: {
  view: ExerciseView;
  facilitatorKey: string | null;
}) {
  const language = useLanguage();
  const joinCode = useJoinCode(view.exercise.id, facilitatorKey, view.exercise.phase === 'lobby');
  const title = localize(view.exercise.title, language);
  useEffect(() => {
    // The browser tab (and the window the projector shows) names the exercise.
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  return <ProjectorScreen view={view} joinCode={joinCode} />;
}

/**
 * The room's projector, `/screen/:id`: an observer's view on one 16:9
 * screen, without the site's masthead (see App).
 * The seat is this browser's observer seat if it holds one; else, in the
 * facilitator's browser, the projector seat the server gives the key's
 * holder. A team member's seat is refused: its view carries the team's
 * secrets.
 */
export default function ProjectorPage({ exerciseId }: { exerciseId: string }) {
  const playerSeat = useExerciseStore(
    (state) => state.session.saved[seatKey(exerciseId, 'player')] ?? null,
  );
  const facilitatorSeat = useExerciseStore(
    (state) => state.session.saved[seatKey(exerciseId, 'facilitator')] ?? null,
  );
  const facilitatorKey = facilitatorSeat?.role === 'facilitator' ? facilitatorSeat.key : null;

  if (playerSeat === null) {
    return facilitatorKey === null ? (
      <NoProjectorSeat exerciseId={exerciseId} />
    ) : (
      <TakeProjectorSeat exerciseId={exerciseId} facilitatorKey={facilitatorKey} />
    );
  }
  return (
    <ExerciseGate exerciseId={exerciseId} role="player">
      {(view) =>
        view.recipient.kind === 'observer' ? (
          <ProjectedView view={view} facilitatorKey={facilitatorKey} />
        ) : (
          <TeamSeatRefused view={view} />
        )
      }
    </ExerciseGate>
  );
}
