import { MaterialsLinks } from '../materials/materials-links';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { ChatPanel } from '../../components/chat-panel';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { useNames } from '../../exercise/view-names';
import { CockpitBar } from './console/cockpit-bar';
import { RatingsGrid } from '../assessment/ratings-grid';
import { ConsoleTabs, type ConsoleTab } from './console/console-tabs';
import { ControlLog } from './console/control-log';
import { InjectTimeline } from './console/inject-timeline';
import { OverridesPanel } from './console/overrides-panel';
import { ParticipationPanel } from './console/participation-panel';
import { PhaseTools } from './console/phase-tools';
import { KnowledgeResults } from '../knowledge-check/knowledge-results';
import { ReviewPanel } from './console/review-panel';
import { TeamsPanel } from './console/teams-panel';
import { WorldPanel } from './console/world-panel';
import { JoinPanel } from './lobby/join-panel';
import { RosterPanel } from './lobby/roster-panel';
import { SeatsPanel } from './lobby/seats-panel';
import './control.css';

/** The tab that holds the work of the phase: where the console opens after each step. */
function phaseTab(view: ExerciseView): string {
  if (view.control?.review != null) return 'review';
  switch (view.exercise.phase) {
    case 'deliberation':
    case 'decisions':
      return 'teams';
    case 'dilemma':
      return 'world';
    default:
      return 'injects';
  }
}

/**
 * Control's console from the briefing to the dilemma: the cockpit (phase,
 * clock, the one next action) stuck to the top; the ways to cut a phase
 * short; then the work of the phase in tabs, one detail at a time, and the
 * chat beside it. Each step opens the tab its phase works in.
 */
export function ControlConsole({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const reviewing = view.control?.review != null;
  const stage = `${view.exercise.move}-${view.exercise.phase}-${reviewing}`;
  const [chosen, setChosen] = useState({ stage, tab: phaseTab(view) });
  const selected = chosen.stage === stage ? chosen.tab : phaseTab(view);

  const tabs: ConsoleTab[] = [
    ...(reviewing
      ? [
          {
            id: 'review',
            label: t('control.nav.review'),
            content: <ReviewPanel view={view} names={names} />,
          },
        ]
      : []),
    {
      id: 'teams',
      label: t('control.nav.teams'),
      content: <TeamsPanel view={view} names={names} />,
    },
    {
      id: 'injects',
      label: t('control.nav.injects'),
      content: <InjectTimeline view={view} names={names} />,
    },
    {
      id: 'world',
      label: t('control.nav.world'),
      content: <WorldPanel view={view} names={names} />,
    },
    {
      id: 'log',
      label: t('control.nav.log'),
      content: (
        <>
          <ControlLog view={view} names={names} />
          <OverridesPanel view={view} names={names} />
        </>
      ),
    },
    {
      id: 'participation',
      label: t('control.nav.participation'),
      content: <ParticipationPanel view={view} names={names} />,
    },
    {
      id: 'assessment',
      label: t('assessment.title'),
      content: <RatingsGrid view={view} />,
    },
    {
      id: 'people',
      label: t('control.nav.people'),
      // Latecomers join a running exercise (and a fork has nobody yet): the lobby's tools stay at hand.
      content: (
        <>
          <JoinPanel exerciseId={view.exercise.id} />
          <RosterPanel view={view} />
          <SeatsPanel view={view} />
        </>
      ),
    },
  ];

  return (
    <main id="content" className="control-page control-console" data-testid="control-console">
      <h1>
        {t('control.console.title')}
        <span className="control-subtitle">{localize(view.exercise.title, language)}</span>
      </h1>
      <MaterialsLinks exerciseId={view.exercise.id} control />
      <CockpitBar view={view} names={names} />
      <PhaseTools view={view} names={names} />
      {view.exercise.phase === 'briefing' && <KnowledgeResults view={view} />}
      <div className="control-columns">
        <div className="control-main">
          <ConsoleTabs
            label={t('control.nav.label')}
            tabs={tabs}
            selected={selected}
            onSelect={(tab) => setChosen({ stage, tab })}
          />
        </div>
        <aside className="control-side" aria-label={t('control.console.side')}>
          <div id="control-chat" className="control-section">
            <ChatPanel channels={view.channels} messages={view.chat} ownId="facilitator" />
          </div>
        </aside>
      </div>
    </main>
  );
}
