import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView, Phase } from '@borderline/shared';
import { ExerciseStatusBar } from '../../components/exercise-status-bar';
import { TabPanel, Tabs } from '../../components/tabs';
import { useGaugeMarks } from '../../components/gauge-marks';
import { TrackGauges } from '../../components/track-gauges';
import { useTabChoice } from '../../components/use-tab-choice';
import { useWideScreen } from '../../components/use-wide-screen';
import { localize } from '../../i18n/localize';
import { TeamBriefing } from './briefing/team-briefing';
import { KnowledgeCheckPanel } from '../knowledge-check/knowledge-check-panel';
import { DecisionSection } from './decision/decision-section';
import { DilemmaSection } from './dilemma-section';
import { InjectFeed } from './inject-feed';
import { MoveSituation } from './move-situation';
import { useNames } from '../../exercise/view-names';
import { ResultsSection } from './results/results-section';
import { roomStateOf } from './room-state';
import { TeamChat } from './team-chat';
import { WhatNow } from './what-now';
import { MaterialsLinks } from '../materials/materials-links';
import './team-room.css';

/** The room's sections, each a tab on a phone; on a laptop the last three stay in view beside the tabs. */
type SectionId = 'briefing' | 'decisions' | 'results' | 'dilemma' | 'injects' | 'tracks' | 'chat';
type MainSection = Extract<SectionId, 'briefing' | 'decisions' | 'results' | 'dilemma' | 'injects'>;

/** What the main column offers, most urgent first: the phase decides what the student needs now. */
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
 * to do now on top, then one section at a time, as tabs, the one the phase
 * calls for open first. On a laptop the tracks, the briefing and the chat
 * stay in view in their own columns; on a phone they are tabs too, so no
 * page is a long scroll.
 */
export function TeamRoom({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const marks = useGaugeMarks(view);
  const names = useNames(view);
  const room = roomStateOf(view);
  const wide = useWideScreen();
  const { exercise, scenario } = view;
  const main = (MAIN_ORDER[exercise.phase] ?? ['injects', 'results']).filter(
    (id) => id !== 'results' || view.adjudications.length > 0,
  );
  const briefingInMain = main.includes('briefing');
  const side: SectionId[] = ['tracks', ...(briefingInMain ? [] : (['briefing'] as const))];
  const tabs: SectionId[] = wide ? main : [...main, ...side, 'chat'];
  const first = tabs[0] ?? 'injects';
  const [selected, select] = useTabChoice(
    tabs,
    first,
    `${exercise.phase}:${exercise.move}`,
    'room',
  );

  const render: Record<SectionId, () => ReactNode> = {
    briefing: () => <TeamBriefing view={view} ownTeam={room.team} names={names} />,
    decisions: () => <DecisionSection view={view} room={room} names={names} />,
    results: () => <ResultsSection view={view} ownTeam={room.team} names={names} />,
    dilemma: () => <DilemmaSection view={view} ownTeam={room.team} names={names} />,
    injects: () => <InjectFeed view={view} />,
    tracks: () => (
      <div id="tracks" className="panel">
        <TrackGauges
          tracks={scenario.tracks}
          current={view.tracks.current}
          history={view.tracks.history}
          marks={marks}
        />
      </div>
    ),
    chat: () => <TeamChat view={view} ownTeam={room.team} ownId={room.ownId} />,
  };

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
        <MaterialsLinks exerciseId={exercise.id} control={false} sheet={view.team !== null} />
      </header>
      <ExerciseStatusBar view={view} />
      <WhatNow view={view} room={room} names={names} />
      {exercise.phase === 'briefing' && <KnowledgeCheckPanel view={view} />}
      <div className="tr-grid">
        <div className="tr-main">
          <MoveSituation view={view} />
          <Tabs
            ids={tabs}
            selected={selected}
            onSelect={select}
            label={t('team.nav.label')}
            labelOf={(id) => t(`team.nav.${id}`)}
            idPrefix="room"
            className="tr-tabs"
          />
          {tabs.map((id) => (
            <TabPanel key={id} id={id} idPrefix="room" selected={id === selected}>
              {render[id]()}
            </TabPanel>
          ))}
        </div>
        {wide && (
          <>
            <div className="tr-side">
              {side.map((id) => (
                <div key={id}>{render[id]()}</div>
              ))}
            </div>
            <div className="tr-chat-column">{render.chat()}</div>
          </>
        )}
      </div>
    </main>
  );
}
