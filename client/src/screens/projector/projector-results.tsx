import { useTranslation } from 'react-i18next';
import type { ActionResult, ExerciseView } from '@borderline/shared';
import { moveLabel } from './move-label';
import { useNames, type Names } from '../../exercise/view-names';

/** Results listed one line each; the rest are counted (the tracks show their sum anyway). */
const RESULTS_SHOWN = 6;

/** A card's name, or a free-form action's words as its team wrote them (public ones only reach here). */
function actionName(view: ExerciseView, result: ActionResult, names: Names): string {
  if (result.card !== null) return names.card(result.card);
  const played = view.decisions
    .flatMap((decision) => decision.actions)
    .find((action) => action.id === result.id);
  return played?.freeform?.description ?? '';
}

/**
 * The newest published results only: Control's narrative, each public
 * action in a line (team, action, outcome), and the teams' public
 * statements of that move. How the world moved is the world panel's;
 * older moves are the hotwash's.
 */
export function ProjectorResults({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  const latest = view.adjudications.filter((entry) => entry.publishedAt !== null).at(-1);
  if (latest === undefined) return null;
  const narrative = view.narrative
    .filter((entry) => entry.move === latest.move)
    .map((entry) => entry.text)
    .join('\n');
  // What the teams said in public this move, in the order they decided.
  const statements = view.decisions
    .filter((decision) => decision.move === latest.move && (decision.statement ?? '').trim() !== '')
    .sort((a, b) => a.order - b.order);
  const shown = latest.results.slice(0, RESULTS_SHOWN);
  const more = latest.results.length - shown.length;
  return (
    <section
      className="projector-results"
      data-testid="projector-results"
      aria-labelledby="projector-results-title"
    >
      <h2 id="projector-results-title">
        {t('screen.results.title', { move: moveLabel(t, latest.move) })}
      </h2>
      {narrative !== '' && <p className="projector-narrative projector-clamp">{narrative}</p>}
      {latest.results.length === 0 ? (
        <p className="projector-muted">{t('screen.projector.results.none')}</p>
      ) : (
        <ul className="projector-result-list">
          {shown.map((result) => (
            <li key={result.id} data-result={result.id} data-outcome={result.outcome}>
              <strong>{names.team(result.team)}</strong>{' '}
              <span className="projector-result-action">{actionName(view, result, names)}</span>{' '}
              <span className={`projector-outcome projector-outcome-${result.outcome}`}>
                {t(`hotwash.outcome.${result.outcome}`)}
              </span>
            </li>
          ))}
          {more > 0 && (
            <li className="projector-muted">{t('screen.projector.andMore', { count: more })}</li>
          )}
        </ul>
      )}
      {statements.length > 0 && (
        <section aria-labelledby="projector-statements-title">
          <h3 id="projector-statements-title" className="projector-label">
            {t('screen.statements.title')}
          </h3>
          <ul className="projector-statements">
            {statements.map((decision) => (
              <li key={decision.team} data-team={decision.team}>
                <blockquote className="projector-clamp">
                  <strong>{names.team(decision.team)}</strong>: “{decision.statement}”
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
