import type { LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ActionResult, Adjudication, ExerciseView } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import { useLanguage } from '../../../i18n/use-language';
import type { Names } from '../../../exercise/view-names';
import { changeText } from './change-text';
import { FreeformRulingForm } from './freeform-ruling-form';
import { OddsBreakdown } from './odds-breakdown';
import { OutcomeOverrideForm } from './outcome-override-form';
import {
  FailureIcon,
  Glyph,
  PendingIcon,
  SuccessIcon,
  VetoedIcon,
} from '../../../components/icons';

/** The outcome in words, with a symbol so that it never rests on colour alone. */
const OUTCOME_SYMBOL: Record<ActionResult['outcome'], LucideIcon> = {
  success: SuccessIcon,
  failure: FailureIcon,
  vetoed: VetoedIcon,
  pending: PendingIcon,
};

/**
 * One action under review, fully explained (team, card, visibility, odds,
 * roll, outcome, effects, what it sets off), with Control's overrides.
 */
export function ActionResultCard({
  view,
  review,
  result,
  names,
  enabled,
}: {
  view: ExerciseView;
  review: Adjudication;
  result: ActionResult;
  names: Names;
  enabled: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const played = view.decisions
    .flatMap((decision) => decision.actions)
    .find((action) => action.id === result.id);
  const ruling = review.freeform[result.id];
  const changes = [...result.costs, ...result.effects];

  return (
    <article
      className={`control-result control-outcome-${result.outcome}`}
      data-testid={`review-${result.id}`}
      aria-labelledby={`review-title-${result.id}`}
    >
      <h4 id={`review-title-${result.id}`}>
        {names.team(result.team)}:{' '}
        {result.card !== null ? names.card(result.card) : t('control.review.freeformAction')}
      </h4>
      <p className="control-result-meta">
        <span className="control-tag">{t(`control.visibility.${result.visibility}`)}</span>{' '}
        <span className="control-hint">{result.id}</span>
      </p>
      {played?.freeform != null && (
        <div className="control-freeform-text">
          <p>{played.freeform.description}</p>
          {played.freeform.reasons.length > 0 && (
            <ul aria-label={t('control.teams.reasons')}>
              {played.freeform.reasons.map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {result.odds !== null && <OddsBreakdown odds={result.odds} />}
      <p className="control-roll">
        {result.roll === null
          ? t('control.review.noRoll')
          : t('control.review.roll', { roll: result.roll, odds: result.odds?.total ?? 0 })}
      </p>
      <p className="control-outcome">
        <Glyph icon={OUTCOME_SYMBOL[result.outcome]} />
        <strong>{t(`control.outcome.${result.outcome}`)}</strong>
        {result.override !== null && (
          <span> {t('control.review.overridden', { reason: result.override.reason })}</span>
        )}
        {ruling?.kind === 'veto' && (
          <span> {t('control.review.vetoedBecause', { reason: ruling.reason })}</span>
        )}
        {ruling?.kind === 'odds' && (
          <span>
            {' '}
            {t('control.review.ruledOdds', { odds: ruling.odds, reason: ruling.reason })}
          </span>
        )}
      </p>
      {result.text !== null && <p>{localize(result.text, language)}</p>}
      {changes.length > 0 && (
        <ul className="control-changes" aria-label={t('control.review.effects')}>
          {changes.map((change, index) => (
            <li key={index}>{changeText(change, t, names)}</li>
          ))}
        </ul>
      )}
      {result.triggers.length > 0 && (
        <p>
          {t('control.review.triggers', {
            injects: result.triggers.map((id) => names.inject(id)).join(', '),
          })}
        </p>
      )}
      {result.reveals && <p className="control-warning">{t('control.review.reveals')}</p>}
      <OutcomeOverrideForm result={result} enabled={enabled} />
      {result.freeform && (
        <FreeformRulingForm
          action={result.id}
          ruling={ruling}
          tracks={view.scenario.tracks}
          enabled={enabled}
        />
      )}
    </article>
  );
}
