import { useTranslation } from 'react-i18next';
import type { ActionResult, PlayedAction } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import type { Names } from '../../../exercise/view-names';
import { TrackChangeList } from '../track-words';
import { OddsBreakdown } from './odds-breakdown';

/**
 * One adjudicated action, explained: who played what, the odds and how
 * they were reached, the roll, Control's override if any, what it did to
 * the tracks and what it means in the world.
 */
export function ActionResultItem({
  result,
  played,
  ownTeam,
  names,
}: {
  result: ActionResult;
  /** The action as played, for a free-form action's words. */
  played: PlayedAction | undefined;
  ownTeam: string | null;
  names: Names;
}) {
  const { t } = useTranslation();
  const { language } = names;
  const what =
    result.card !== null
      ? names.card(result.card)
      : `${t('team.decision.freeform')}: ${played?.freeform?.description ?? ''}`;
  const rolled =
    result.roll !== null && result.odds !== null
      ? result.roll <= result.odds.total
        ? 'success'
        : 'failure'
      : null;
  return (
    <li className="tr-result" data-testid={`result-${result.id}`} data-outcome={result.outcome}>
      <h4>
        <span className="tr-result-team">{names.team(result.team)}</span>: {what}{' '}
        <span className={`tr-outcome tr-outcome-${result.outcome}`}>
          {t(`team.outcome.${result.outcome}`)}
        </span>
      </h4>
      {result.visibility === 'covert' && (
        <p className="tr-tag tr-tag-covert">
          {result.reveals
            ? t('team.result.revealed')
            : result.team === ownTeam
              ? t('team.result.stillCovert')
              : t('team.decision.covert')}
        </p>
      )}
      {result.odds !== null && <OddsBreakdown odds={result.odds} language={language} />}
      {result.roll !== null && result.odds !== null && rolled !== null && (
        <p className="tr-roll">
          {t('team.result.roll', {
            roll: result.roll,
            odds: result.odds.total,
            outcome: t(`team.outcome.${rolled}`),
          })}
        </p>
      )}
      {result.roll === null && result.outcome !== 'vetoed' && result.override === null && (
        <p className="tr-roll">{t('team.result.noRoll')}</p>
      )}
      {result.override !== null && (
        <p className="tr-override">
          {t('team.result.override', {
            outcome: t(`team.outcome.${result.override.outcome}`),
            reason: result.override.reason,
          })}
        </p>
      )}
      {result.costs.length + result.effects.length > 0 && (
        <div className="tr-result-changes">
          <p>
            <strong>{t('team.result.changes')}</strong>
          </p>
          <TrackChangeList changes={[...result.costs, ...result.effects]} names={names} />
        </div>
      )}
      {result.text !== null && <p className="tr-result-text">{localize(result.text, language)}</p>}
    </li>
  );
}
