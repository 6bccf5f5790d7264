import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { Countdown } from '../../components/countdown';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { useExerciseStore } from '../../state/exercise-store';
import { moveLabel } from './move-label';
import { DebriefPrompts } from './debrief-prompts';
import { ProjectorDecisions } from './projector-decisions';
import { ProjectorDilemma, ProjectorEnding } from './projector-ending';
import { ProjectorLobby } from './projector-lobby';
import { ProjectorInjects, ProjectorMoveTitle } from './projector-move';
import { ProjectorResults } from './projector-results';
import { ProjectorWorld } from './projector-world';
import './projector-screen.css';

/** The exercise's name, the move, the phase and the clock: one line across the top. */
function ProjectorHead({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useExerciseStore((state) => state.connection.status);
  const { exercise } = view;
  const inPlay = !['lobby', 'hotwash', 'ended'].includes(exercise.phase);
  return (
    <header className="projector-head" data-phase={exercise.phase} data-move={exercise.move}>
      <h1 className="projector-clamp">{localize(exercise.title, language)}</h1>
      <p className="projector-status" aria-live="polite">
        {inPlay && <span>{moveLabel(t, exercise.move)}</span>}
        <span className="projector-phase" data-testid="phase">
          {t(`common.phase.${exercise.phase}`)}
        </span>
        {exercise.paused && <span className="projector-paused">{t('common.paused')}</span>}
        {exercise.timer !== null && (
          <Countdown timer={exercise.timer} className="projector-clock" />
        )}
      </p>
      {(status === 'reconnecting' || status === 'offline') && (
        <p className="projector-offline" role="status">
          {t('screen.projector.connection')}
        </p>
      )}
    </header>
  );
}

/** What the room reads in each phase, beside the world (see ProjectorWorld). */
function PhaseContent({ view }: { view: ExerciseView }): ReactNode {
  switch (view.exercise.phase) {
    case 'briefing':
      return (
        <>
          <ProjectorMoveTitle view={view} situation />
          <ProjectorInjects view={view} full={false} />
        </>
      );
    case 'injects':
    case 'deliberation':
      return (
        <>
          <ProjectorMoveTitle view={view} situation={false} />
          <ProjectorInjects view={view} full />
        </>
      );
    case 'decisions':
    case 'adjudication':
      return (
        <>
          <ProjectorMoveTitle view={view} situation={false} />
          <ProjectorDecisions view={view} />
        </>
      );
    case 'results':
      return <ProjectorResults view={view} />;
    case 'dilemma':
      return <ProjectorDilemma view={view} />;
    case 'hotwash':
      return <DebriefPrompts view={view} screen="projector" />;
    case 'ended':
      return <ProjectorEnding view={view} />;
    case 'lobby':
      return null;
  }
}

/**
 * The room's projector: one 16:9 screen, never scrolled, in type sized to
 * the screen (readable from the back of the room). The lobby shows how to
 * join; every later phase shows the world (ladders and tracks, with their
 * change since the last move) beside what the phase is about, summarised
 * to fit: the newest card whole and the earlier ones by title, the newest
 * results only. It renders an observer's view: no team's secret reaches it.
 */
export function ProjectorScreen({
  view,
  joinCode,
}: {
  view: ExerciseView;
  /** Shown in the lobby when this browser knows it (the facilitator's). */
  joinCode: string | null;
}) {
  const { phase } = view.exercise;
  return (
    <main id="content" className="projector" data-testid="projector" data-phase={phase}>
      <ProjectorHead view={view} />
      {phase === 'lobby' ? (
        <ProjectorLobby view={view} joinCode={joinCode} />
      ) : (
        <div className="projector-body">
          <ProjectorWorld view={view} />
          <div className="projector-main" data-testid="projector-main">
            <PhaseContent view={view} />
          </div>
        </div>
      )}
    </main>
  );
}
