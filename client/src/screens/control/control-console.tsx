import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { ChatPanel } from '../../components/chat-panel';
import { ExerciseStatusBar } from '../../components/exercise-status-bar';
import { useGaugeMarks } from '../../components/gauge-marks';
import { TrackGauges } from '../../components/track-gauges';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { ClockControls } from './console/clock-controls';
import { ConsoleNav } from './console/console-nav';
import { ControlLog } from './console/control-log';
import { InjectTimeline } from './console/inject-timeline';
import { OverridesPanel } from './console/overrides-panel';
import { ParticipationPanel } from './console/participation-panel';
import { PhaseControl } from './console/phase-control';
import { ReviewPanel } from './console/review-panel';
import { TeamsPanel } from './console/teams-panel';
import { WorldPanel } from './console/world-panel';
import { JoinPanel } from './lobby/join-panel';
import { RosterPanel } from './lobby/roster-panel';
import { SeatsPanel } from './lobby/seats-panel';
import { useNames } from '../../exercise/view-names';
import './control.css';

/**
 * Control's console from the briefing to the dilemma: the clock and what
 * comes next on top; then, in two columns, the work of the phase (review,
 * teams, the inject deck, the log) and what runs alongside (chat, tracks,
 * participation). Every section stays on the page, reachable from the
 * section links, so nothing hides behind a tab mid-seminar.
 */
export function ControlConsole({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const marks = useGaugeMarks(view);
  const language = useLanguage();
  const names = useNames(view);
  const reviewing = view.control?.review != null;

  return (
    <main id="content" className="control-page control-console" data-testid="control-console">
      <h1>
        {t('control.console.title')}
        <span className="control-subtitle">{localize(view.exercise.title, language)}</span>
      </h1>
      <ExerciseStatusBar view={view} />
      <div className="control-top">
        <PhaseControl view={view} names={names} />
        <ClockControls view={view} />
      </div>
      <ConsoleNav reviewing={reviewing} />
      <div className="control-columns">
        <div className="control-main">
          {reviewing && <ReviewPanel view={view} names={names} />}
          <TeamsPanel view={view} names={names} />
          <InjectTimeline view={view} names={names} />
          {!reviewing && <WorldPanel view={view} names={names} />}
          {/* Latecomers join a running exercise (and a fork has nobody yet): the lobby's tools stay at hand. */}
          <details className="control-section control-people">
            <summary>{t('control.console.people')}</summary>
            <JoinPanel exerciseId={view.exercise.id} />
            <RosterPanel view={view} />
            <SeatsPanel view={view} />
          </details>
          <ControlLog view={view} names={names} />
          <OverridesPanel view={view} names={names} />
        </div>
        <aside className="control-side" aria-label={t('control.console.side')}>
          <div id="control-chat" className="control-section">
            <ChatPanel channels={view.channels} messages={view.chat} ownId="facilitator" />
          </div>
          <div className="control-section">
            <TrackGauges
              tracks={view.scenario.tracks}
              current={view.tracks.current}
              history={view.tracks.history}
              marks={marks}
            />
          </div>
          <ParticipationPanel view={view} names={names} />
        </aside>
      </div>
    </main>
  );
}
