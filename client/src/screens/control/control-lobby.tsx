import { MaterialsLinks } from '../materials/materials-links';
import { KnowledgeResults } from '../knowledge-check/knowledge-results';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { ExerciseStatusBar } from '../../components/exercise-status-bar';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { JoinPanel } from './lobby/join-panel';
import { RosterPanel } from './lobby/roster-panel';
import { SeatsPanel } from './lobby/seats-panel';
import { StartPanel } from './lobby/start-panel';
import './control.css';

/**
 * Control's lobby: how players get in, who has joined and where they sit,
 * who plays each seat, then lock and start. A fork opens on this lobby too
 * (its world at the move it was forked from), and starting resumes play.
 */
export function ControlLobby({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <main id="content" className="control-page control-lobby" data-testid="control-lobby">
      <h1>
        {t('control.lobby.title')}
        <span className="control-subtitle">{localize(view.exercise.title, language)}</span>
      </h1>
      <MaterialsLinks exerciseId={view.exercise.id} control />
      <ExerciseStatusBar view={view} />
      {view.exercise.tags.includes('fork-lobby') && (
        <p className="control-fork-notice" data-testid="fork-lobby-notice">
          {view.exercise.practice
            ? t('control.lobby.forkNoticePractice')
            : t('control.lobby.forkNotice', { move: view.exercise.move })}
        </p>
      )}
      <div className="control-lobby-grid">
        <JoinPanel exerciseId={view.exercise.id} />
        <StartPanel view={view} />
      </div>
      <RosterPanel view={view} />
      <SeatsPanel view={view} />
      <KnowledgeResults view={view} />
    </main>
  );
}
