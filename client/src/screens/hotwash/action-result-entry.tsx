import type { LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ActionResult, ExerciseView, Outcome } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { TrackChanges } from './track-changes';
import { FailureIcon, Glyph, PendingIcon, SuccessIcon, VetoedIcon } from '../../components/icons';
import { useNames, type Names } from '../../exercise/view-names';

/** A shape per outcome besides its word and colour. */
const OUTCOME_SYMBOLS: Record<Outcome, LucideIcon> = {
  success: SuccessIcon,
  failure: FailureIcon,
  vetoed: VetoedIcon,
  pending: PendingIcon,
};

/** What an action was: its card, or the words of a free-form action (kept in the decision). */
function actionName(view: ExerciseView, result: ActionResult, names: Names): string {
  if (result.card !== null) return names.card(result.card);
  const played = view.decisions
    .flatMap((decision) => decision.actions)
    .find((action) => action.id === result.id);
  return played?.freeform?.description ?? result.id;
}

/**
 * One adjudicated action: the team, the action, its outcome in words (and
 * how: the roll against the odds, or Control's ruling), what it did to the
 * world, and the tracks it moved.
 */
export function ActionResultEntry({ view, result }: { view: ExerciseView; result: ActionResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  let how: string | null = null;
  if (result.override !== null)
    how = t('hotwash.timeline.overridden', { reason: result.override.reason });
  else if (result.roll !== null && result.odds !== null)
    how = t('hotwash.timeline.roll', { roll: result.roll, odds: result.odds.total });
  else if (result.outcome !== 'vetoed' && result.outcome !== 'pending')
    how = t('hotwash.timeline.certain');
  return (
    <li className="debrief-result" data-result={result.id} data-outcome={result.outcome}>
      <p>
        <strong>{names.team(result.team)}</strong>: {actionName(view, result, names)}{' '}
        <span className={`debrief-outcome debrief-outcome-${result.outcome}`}>
          <Glyph icon={OUTCOME_SYMBOLS[result.outcome]} />
          {t(`hotwash.outcome.${result.outcome}`)}
        </span>
        {how !== null && <span className="debrief-how"> ({how})</span>}
      </p>
      {result.text !== null && <p>{localize(result.text, language)}</p>}
      <TrackChanges view={view} changes={[...result.costs, ...result.effects]} />
    </li>
  );
}
