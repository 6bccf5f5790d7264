import { GlossaryText } from '../../../components/glossary-text';
import type { LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import { useLanguage } from '../../../i18n/use-language';
import type { Names } from '../../../exercise/view-names';
import { DecisionSummary } from './decision-summary';
import { DraftSummary } from './draft-summary';
import { DecidingIcon, Glyph, WaitingIcon, YesIcon } from '../../../components/icons';

type TurnState = 'deciding' | 'waiting' | 'decided' | 'none';

/** A shape beside the words, so that the turn never rests on colour alone. */
const TURN_ICONS: Record<Exclude<TurnState, 'none'>, LucideIcon> = {
  deciding: DecidingIcon,
  waiting: WaitingIcon,
  decided: YesIcon,
};

function turnState(view: ExerciseView, team: string): TurnState {
  const state = view.exercise.turn.teams.find((entry) => entry.team === team)?.state;
  if (state === 'deciding' || state === 'waiting' || state === 'decided') return state;
  return 'none';
}

/** One team: who plays it, whether it has decided, its secrets (folded), its draft and decisions. */
export function TeamPanel({
  view,
  team,
  names,
}: {
  view: ExerciseView;
  team: string;
  names: Names;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const whole = view.control?.teams.find((candidate) => candidate.id === team);
  const players = view.roster.filter((entry) => entry.team === team);
  const seat = view.seats[team] ?? 'empty';
  const state = turnState(view, team);
  const decisions = view.decisions.filter((d) => d.team === team && d.move === view.exercise.move);
  const draft = view.drafts.find((candidate) => candidate.team === team) ?? null;
  const titleId = `team-panel-title-${team}`;

  return (
    <article
      className="panel control-team"
      data-testid={`team-panel-${team}`}
      data-turn={state}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>{names.team(team)}</h3>
      <p className="control-team-meta">
        <span>{t(`control.teams.seat.${seat}`)}</span>
        {state !== 'none' && (
          <span className={`control-turn control-turn-${state}`}>
            <Glyph icon={TURN_ICONS[state]} />
            {t(`control.teams.turn.${state}`)}
          </span>
        )}
      </p>
      {players.length === 0 ? (
        <p className="control-hint">{t('control.teams.noPlayers')}</p>
      ) : (
        <ul className="control-team-players" aria-label={t('control.teams.players')}>
          {players.map((entry) => (
            <li key={entry.id}>
              {names.entry(entry)}
              {entry.isBot ? ` (${t('common.bot')})` : entry.isLead && ` (${t('common.lead')})`}
              {!entry.connected && ` · ${t('common.offline')}`}
            </li>
          ))}
        </ul>
      )}
      {whole !== undefined && (
        <details className="control-secrets">
          <summary>{t('control.teams.secrets')}</summary>
          <p>
            <GlossaryText text={localize(whole.secretBriefing, language)} />
          </p>
          <h4>{t('control.teams.objectives')}</h4>
          <ul>
            {whole.objectives.map((objective) => (
              <li key={objective.id}>
                <span className="control-tag">
                  {t(`control.teams.visibility.${objective.visibility}`)}
                </span>{' '}
                {localize(objective.text, language)}{' '}
                <span className="control-hint">
                  {t('control.teams.weight', { weight: objective.weight })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <DraftSummary
        team={team}
        draft={draft}
        move={view.exercise.move}
        names={names}
        testId={`draft-${team}`}
      />
      <h4>{t('control.teams.decisions')}</h4>
      {decisions.length === 0 ? (
        <p className="control-hint">{t('control.teams.noDecision')}</p>
      ) : (
        decisions.map((decision) => (
          <DecisionSummary key={decision.order} decision={decision} names={names} />
        ))
      )}
    </article>
  );
}
