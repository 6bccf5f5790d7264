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
 * One action under review, in a few lines: who played what, the outcome
 * and the roll, what it changed and sets off. How the odds were reached
 * and Control's override wait behind "Change"; a free-form action still
 * waiting for its odds shows its ruling form at once, since the results
 * cannot be published without it.
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
  const title = `${names.team(result.team)}: ${
    result.card !== null ? names.card(result.card) : t('control.review.freeformAction')
  }`;
  const waiting = result.outcome === 'pending';
  const ruleForm = result.freeform && (
    <FreeformRulingForm
      action={result.id}
      ruling={ruling}
      tracks={view.scenario.tracks}
      enabled={enabled}
    />
  );

  return (
    <article
      className={`control-result control-outcome-${result.outcome}`}
      data-testid={`review-${result.id}`}
      data-outcome={result.outcome}
      aria-labelledby={`review-title-${result.id}`}
    >
      <div className="control-result-head">
        <h4 id={`review-title-${result.id}`}>{title}</h4>
        <span className="control-tag">{t(`control.visibility.${result.visibility}`)}</span>
        <p className="control-outcome">
          <Glyph icon={OUTCOME_SYMBOL[result.outcome]} />
          <strong>{t(`control.outcome.${result.outcome}`)}</strong>
          {result.roll !== null && (
            <span className="control-hint">
              {' · '}
              {t('control.review.roll', { roll: result.roll, odds: result.odds?.total ?? 0 })}
            </span>
          )}
        </p>
      </div>
      {result.override !== null && (
        <p>{t('control.review.overridden', { reason: result.override.reason })}</p>
      )}
      {ruling?.kind === 'veto' && (
        <p>{t('control.review.vetoedBecause', { reason: ruling.reason })}</p>
      )}
      {ruling?.kind === 'odds' && (
        <p>{t('control.review.ruledOdds', { odds: ruling.odds, reason: ruling.reason })}</p>
      )}
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
      {result.text !== null && <p>{localize(result.text, language)}</p>}
      {changes.length > 0 && (
        <p className="control-changes">
          <span className="control-label">{t('control.review.effects')}:</span>{' '}
          {changes.map((change) => changeText(change, t, names)).join(' · ')}
        </p>
      )}
      {result.triggers.length > 0 && (
        <p>
          {t('control.review.triggers', {
            injects: result.triggers.map((id) => names.inject(id)).join(', '),
          })}
        </p>
      )}
      {result.reveals && <p className="control-warning">{t('control.review.reveals')}</p>}
      {waiting && ruleForm}
      {!waiting && (
        <details className="control-disclosure" data-testid={`change-${result.id}`}>
          <summary>
            {t('control.review.changeOpen')}
            <span className="visually-hidden">: {title}</span>
          </summary>
          {result.odds !== null && <OddsBreakdown odds={result.odds} />}
          <OutcomeOverrideForm result={result} enabled={enabled} />
          {ruleForm}
        </details>
      )}
    </article>
  );
}
