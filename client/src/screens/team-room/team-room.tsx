import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView, Phase } from '@borderline/shared';
import { ExerciseStatusBar } from '../../components/exercise-status-bar';
import { useGaugeMarks } from '../../components/gauge-marks';
import { TrackGauges } from '../../components/track-gauges';
import { localize } from '../../i18n/localize';
import { TeamBriefing } from './briefing/team-briefing';
import { DecisionSection } from './decision/decision-section';
import { DilemmaSection } from './dilemma-section';
import { InjectFeed } from './inject-feed';
import { MoveSituation } from './move-situation';
import { useNames } from '../../exercise/view-names';
import { ResultsSection } from './results/results-section';
import { roomStateOf } from './room-state';
import { SectionNav, type SectionId } from './section-nav';
import { TeamChat } from './team-chat';
import { WhatNow } from './what-now';
import './team-room.css';

type MainSection = Extract<SectionId, 'briefing' | 'decisions' | 'results' | 'dilemma' | 'injects'>;

/** What the main column shows, most urgent first: the phase decides what the student needs now. */
const MAIN_ORDER: Partial<Record<Phase, MainSection[]>> = {
  briefing: ['briefing', 'injects', 'results'],
  // The hand is there to read as the developments come in, and to draft from in deliberation.
  injects: ['injects', 'decisions', 'results'],
  deliberation: ['decisions', 'injects', 'results'],
  decisions: ['decisions', 'injects', 'results'],
  adjudication: ['decisions', 'injects', 'results'],
  results: ['results', 'decisions', 'injects'],
  dilemma: ['dilemma', 'results', 'injects'],
};

/**
 * A team's seat from the briefing to the last results: the status and what
 * to do now on top, then (one column on a phone; columns on a laptop) the
 * sections the phase calls for, the tracks and briefing, and the chat.
 */
export function TeamRoom({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const marks = useGaugeMarks(view);
  const names = useNames(view);
  const room = roomStateOf(view);
  const { exercise, scenario } = view;
  const main = (MAIN_ORDER[exercise.phase] ?? ['injects', 'results']).filter(
    (id) => id !== 'results' || view.adjudications.length > 0,
  );
  const briefingInMain = main.includes('briefing');

  const render: Record<MainSection, () => ReactNode> = {
    briefing: () => <TeamBriefing view={view} ownTeam={room.team} names={names} />,
    decisions: () => <DecisionSection view={view} room={room} names={names} />,
    results: () => <ResultsSection view={view} ownTeam={room.team} names={names} />,
    dilemma: () => <DilemmaSection view={view} ownTeam={room.team} names={names} />,
    injects: () => <InjectFeed view={view} />,
  };
  const sections: SectionId[] = [
    ...main,
    'tracks',
    ...(briefingInMain ? [] : (['briefing'] as const)),
    'chat',
  ];

  return (
    <main
      id="content"
      className="team-room"
      data-testid="team-room"
      data-phase={exercise.phase}
      data-team={room.team ?? undefined}
    >
      <header className="tr-header">
        <h1>
          {room.team === null
            ? localize(scenario.title, names.language)
            : t('team.room', { team: names.team(room.team) })}
        </h1>
      </header>
      <ExerciseStatusBar view={view} />
      <WhatNow view={view} room={room} names={names} />
      <SectionNav sections={sections} />
      <div className="tr-grid">
        <div className="tr-main">
          <MoveSituation view={view} />
          {main.map((id) => (
            <div key={id} className="tr-slot">
              {render[id]()}
            </div>
          ))}
        </div>
        <div className="tr-side">
          <div id="tracks" className="panel">
            <TrackGauges
              tracks={scenario.tracks}
              current={view.tracks.current}
              history={view.tracks.history}
              marks={marks}
            />
          </div>
          {!briefingInMain && render.briefing()}
        </div>
        <div className="tr-chat-column">
          <TeamChat view={view} ownTeam={room.team} ownId={room.ownId} />
        </div>
      </div>
    </main>
  );
}
