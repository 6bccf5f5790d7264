import { GlossaryText } from '../../components/glossary-text';
import { MaterialsLinks } from '../materials/materials-links';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { ChatPanel } from '../../components/chat-panel';
import { ExerciseStatusBar } from '../../components/exercise-status-bar';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { KnowledgeCheckPanel } from '../knowledge-check/knowledge-check-panel';
import { LobbySeat } from './lobby-seat';
import { LobbyTeams } from './lobby-teams';
import { ownPlayerId } from './lobby-people';
import './player-lobby.css';

/**
 * A player's page until Control starts: what the exercise is about, the
 * player's own seat, the team's public briefing, who else is here, and
 * the chat to meet the team while waiting. The view changes the page by
 * itself when the exercise starts (see player-page.tsx).
 */
export function PlayerLobby({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ownId = ownPlayerId(view);
  const ownTeam =
    view.team === null
      ? undefined
      : view.scenario.teams.find((candidate) => candidate.id === view.team?.id);

  return (
    <main id="content" className="player-lobby" data-testid="player-lobby">
      <ExerciseStatusBar view={view} />
      <h1 className="lobby-title">{localize(view.exercise.title, language)}</h1>
      <div className="lobby-waiting" role="status">
        <p className="lobby-waiting-main">{t('lobby.waiting')}</p>
        <p>{t('lobby.waitingHint')}</p>
        {view.exercise.tags.includes('fork-lobby') && (
          <p data-testid="fork-lobby-notice">
            {view.exercise.practice
              ? t('lobby.forkWaitingPractice')
              : t('lobby.forkWaiting', { move: view.exercise.move })}
          </p>
        )}
      </div>
      <LobbySeat view={view} ownId={ownId} />
      <KnowledgeCheckPanel view={view} />
      {ownTeam !== undefined && (
        <section className="panel lobby-briefing" aria-labelledby="lobby-briefing-title">
          <h2 id="lobby-briefing-title">{t('lobby.briefing')}</h2>
          <p className="lobby-team-role">{localize(ownTeam.role, language)}</p>
          <p>
            <GlossaryText text={localize(ownTeam.publicBriefing, language)} />
          </p>
          <MaterialsLinks
            exerciseId={view.exercise.id}
            control={false}
            sheet={view.team !== null}
          />
        </section>
      )}
      {/* The scenario's summary is for the curious while they wait: folded, so a phone's page stays short. */}
      <details className="panel lobby-scenario" data-testid="lobby-scenario">
        <summary>
          <h2>{t('lobby.scenario')}</h2>
        </summary>
        <p>{localize(view.scenario.summary, language)}</p>
      </details>
      <LobbyTeams view={view} ownId={ownId} />
      {view.channels.length > 0 && (
        <div className="panel">
          <ChatPanel channels={view.channels} messages={view.chat} ownId={ownId} />
        </div>
      )}
    </main>
  );
}
