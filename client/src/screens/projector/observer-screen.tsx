import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { ExerciseStatusBar } from '../../components/exercise-status-bar';
import { TrackGauges } from '../../components/track-gauges';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { EndingSummary } from '../hotwash/ending-summary';
import { DebriefPrompts } from './debrief-prompts';
import { LatestResults } from './latest-results';
import { LobbyWelcome } from './lobby-welcome';
import { moveLabel } from './move-label';
import { PublicInjects } from './public-injects';
import { PublicStatements } from './public-statements';
import { ScoreSummary } from './score-summary';
import '../hotwash/hotwash.css';
import './observer.css';

/**
 * The public picture of the exercise: the move and its situation, the
 * clock, the tracks, the injects released to all, the latest results and
 * the teams' public statements; in the lobby, how to join; in the hotwash,
 * the debrief's questions; at the end, the ending and the scores. An
 * observer's own screen (the room's projector has ProjectorScreen). It
 * renders whatever view it is given, so it must only ever
 * be given an observer's: the server's projection has already cut every
 * team's secrets out of that one.
 */
export function ObserverScreen({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { phase, move } = view.exercise;
  const info = view.scenario.moves.find((candidate) => candidate.number === move);
  const playing = phase !== 'lobby' && phase !== 'hotwash' && phase !== 'ended';
  // What is newest leads: the cards while a move opens, the results once it is adjudicated.
  const resultsFirst = !['briefing', 'injects', 'deliberation', 'decisions'].includes(phase);
  return (
    <main id="content" className="observer" data-testid="observer">
      <h1 className="observer-title">{localize(view.exercise.title, language)}</h1>
      <ExerciseStatusBar view={view} />
      {phase === 'lobby' && <LobbyWelcome view={view} />}
      {phase === 'hotwash' && <DebriefPrompts view={view} screen="observer" />}
      {view.ending !== null && (
        <div className="panel">
          <EndingSummary view={view} headingLevel={2} />
        </div>
      )}
      <ScoreSummary view={view} screen="observer" />
      <div className="observer-grid">
        <div className="observer-tracks panel" data-testid="projector-tracks">
          <TrackGauges
            tracks={view.scenario.tracks}
            current={view.tracks.current}
            history={view.tracks.history}
          />
        </div>
        <div className="observer-news">
          {playing && info !== undefined && (
            <section className="observer-move" aria-labelledby="observer-move-title">
              <h2 id="observer-move-title">
                {moveLabel(t, move)}: {localize(info.title, language)}{' '}
                <span className="observer-period">{localize(info.period, language)}</span>
              </h2>
              <p>{localize(info.situation, language)}</p>
            </section>
          )}
          {resultsFirst && <LatestResults view={view} />}
          {resultsFirst && <PublicStatements view={view} />}
          <PublicInjects view={view} />
          {!resultsFirst && <PublicStatements view={view} />}
          {!resultsFirst && <LatestResults view={view} />}
        </div>
      </div>
    </main>
  );
}
