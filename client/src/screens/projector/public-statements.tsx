import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { moveLabel } from './move-label';
import { useNames } from '../../exercise/view-names';

/** The teams' public statements, newest first, each with its team and move. */
export function PublicStatements({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  const statements = view.decisions
    .filter((decision) => decision.statement !== null && decision.statement.trim() !== '')
    .sort((a, b) => b.move - a.move || b.order - a.order);
  return (
    <section
      className="observer-statements"
      data-testid="projector-statements"
      aria-labelledby="projector-statements-title"
    >
      <h2 id="projector-statements-title">{t('screen.statements.title')}</h2>
      {statements.length === 0 ? (
        <p>{t('screen.statements.none')}</p>
      ) : (
        <ul>
          {statements.map((decision) => (
            <li key={`${decision.move}-${decision.team}`} data-team={decision.team}>
              <figure>
                <blockquote>“{decision.statement}”</blockquote>
                <figcaption>
                  <strong>{names.team(decision.team)}</strong> · {moveLabel(t, decision.move)}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
