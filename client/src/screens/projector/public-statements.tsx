import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useLanguage } from '../../i18n/use-language';
import { teamName } from '../hotwash/view-names';
import { moveLabel } from './move-label';

/** The teams' public statements, newest first, each with its team and move. */
export function PublicStatements({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
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
                  <strong>{teamName(view, decision.team, language)}</strong> ·{' '}
                  {moveLabel(t, decision.move)}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
