import { useTranslation } from 'react-i18next';
import type { WhatIfAnalysis, WhatIfDecisionBranch, WhatIfRollBranch } from '@borderline/shared';
import type { ReaderCredentials } from '@borderline/shared/http-client';
import { EndingBars } from './ending-bars';
import { useWhatIf } from './use-what-if';
import { WhatIfFork } from './what-if-fork';
import { useWhatIfNames, type WhatIfNames } from './what-if-names';
import './what-if.css';

interface BranchProps {
  analysis: WhatIfAnalysis;
  names: WhatIfNames;
  fork: (move: number, step: number) => React.ReactNode;
}

function Changed({ share }: { share: number }) {
  const { t } = useTranslation();
  return (
    <p className="what-if-changed">{t('whatIf.changed', { percent: Math.round(share * 100) })}</p>
  );
}

function RollBranch({ branch, analysis, names, fork }: BranchProps & { branch: WhatIfRollBranch }) {
  const { t } = useTranslation();
  const card = branch.card === null ? t('whatIf.freeform') : names.card(branch.card);
  return (
    <li className="what-if-branch" data-testid="what-if-roll">
      <p className="what-if-moment">
        {t('whatIf.roll', {
          move: branch.move,
          team: names.team(branch.team),
          card,
          roll: branch.roll,
          odds: branch.odds,
          outcome: t(`whatIf.outcome.${branch.outcome}`),
        })}
      </p>
      <EndingBars
        otherwise={branch.otherwise}
        asPlayed={branch.asPlayed}
        otherwiseLabel={t('whatIf.otherWayRoll')}
        playedEnding={analysis.playedEnding}
        names={names}
      />
      <Changed share={branch.changed} />
      {fork(branch.move, branch.step)}
    </li>
  );
}

function DecisionBranch({
  branch,
  analysis,
  names,
  fork,
}: BranchProps & { branch: WhatIfDecisionBranch }) {
  const { t } = useTranslation();
  const team = names.team(branch.team);
  return (
    <li className="what-if-branch" data-testid="what-if-decision">
      <p className="what-if-moment">
        {t('whatIf.decision', { move: branch.move, team, chosen: names.decision(branch.chosen) })}
      </p>
      <EndingBars
        otherwise={branch.otherwise}
        asPlayed={branch.asPlayed}
        otherwiseLabel={t('whatIf.otherChoice', {
          team,
          alternative: names.decision(branch.alternative),
        })}
        playedEnding={analysis.playedEnding}
        names={names}
      />
      <Changed share={branch.changed} />
      {fork(branch.move, branch.step)}
    </li>
  );
}

function Analysis({
  analysis,
  fork,
  setByHand,
}: {
  analysis: WhatIfAnalysis;
  fork: BranchProps['fork'];
  setByHand: string[];
}) {
  const { t, i18n } = useTranslation();
  const names = useWhatIfNames(analysis);
  const common = { analysis, names, fork };
  if (analysis.rolls.length === 0 && analysis.decisions.length === 0) {
    return <p>{t('whatIf.none')}</p>;
  }
  return (
    <>
      <p className="what-if-intro">{t('whatIf.intro', { count: analysis.continuations })}</p>
      {setByHand.length > 0 && (
        <p className="what-if-set-by-hand" data-testid="what-if-set-by-hand">
          {t('whatIf.setByHand', {
            tracks: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(setByHand),
          })}
        </p>
      )}
      {analysis.rolls.length > 0 && (
        <>
          <h4 className="what-if-kind">{t('whatIf.rolls')}</h4>
          <ol className="what-if-branches">
            {analysis.rolls.map((branch) => (
              <RollBranch key={`${branch.step}-${branch.card ?? ''}`} branch={branch} {...common} />
            ))}
          </ol>
        </>
      )}
      {analysis.decisions.length > 0 && (
        <>
          <h4 className="what-if-kind">{t('whatIf.decisions')}</h4>
          <ol className="what-if-branches">
            {analysis.decisions.map((branch) => (
              <DecisionBranch key={branch.step} branch={branch} {...common} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

/**
 * Choices versus dice for the played exercise: each decisive roll and each
 * team's key decision with the endings the bots' replays reached had it
 * gone otherwise, beside those as it went; "computing…" until the server
 * has it. Each branch leads to a fork from its move (Control, once ended)
 * or to its replay (a player).
 */
export function WhatIfSection({
  exerciseId,
  credentials,
  ended,
  headed = true,
  setByHand = [],
}: {
  exerciseId: string;
  credentials: ReaderCredentials | null;
  ended: boolean;
  /** The names of the tracks Control set by hand: the replays never do, so the section says so. */
  setByHand?: string[];
  /** Its own heading (the debrief); the report's section frame brings one instead. */
  headed?: boolean;
}) {
  const { t } = useTranslation();
  const state = useWhatIf(exerciseId, credentials);
  const facilitatorKey = credentials?.role === 'facilitator' ? credentials.key : null;
  const fork = (move: number, step: number) => (
    <WhatIfFork
      exerciseId={exerciseId}
      facilitatorKey={facilitatorKey}
      ended={ended}
      move={move}
      step={step}
    />
  );
  const Root = headed ? 'section' : 'div';
  return (
    <Root
      className="what-if"
      data-testid="what-if"
      aria-labelledby={headed ? 'what-if-title' : undefined}
    >
      {headed && (
        <h3 id="what-if-title" className="debrief-subtitle">
          {t('whatIf.title')}
        </h3>
      )}
      {(state.status === 'loading' || state.status === 'computing') && (
        <p role="status" className="what-if-computing">
          {t('whatIf.computing')}
        </p>
      )}
      {state.status === 'load-failed' && (
        <p role="alert">{t('whatIf.loadFailed', { message: state.message })}</p>
      )}
      {state.status === 'unavailable' && (
        <p>
          {t(
            state.reason === 'not-ended'
              ? 'whatIf.notEnded'
              : state.reason === 'no-ending'
                ? 'whatIf.noEnding'
                : 'whatIf.failed',
          )}
        </p>
      )}
      {state.status === 'ready' && (
        <Analysis analysis={state.analysis} fork={fork} setByHand={setByHand} />
      )}
    </Root>
  );
}
