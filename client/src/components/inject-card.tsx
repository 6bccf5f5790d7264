import { useTranslation } from 'react-i18next';
import type { InjectView, TeamPublicView } from '@borderline/shared';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

/**
 * One released inject card: its kind, sender and in-world date, the card's
 * text, the short excerpt of the source it was drawn from, and the article's
 * citation one click away. Discussion questions when `questions` is set.
 */
export function InjectCardView({
  inject,
  teams,
  questions = true,
  headingLevel = 3,
}: {
  inject: InjectView;
  teams: TeamPublicView[];
  questions?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const teamName = (id: string) => {
    const team = teams.find((candidate) => candidate.id === id);
    return team === undefined ? id : localize(team.name, language);
  };
  const shownQuestions = questions ? inject.questions : [];
  return (
    <article className={`inject inject-${inject.kind}`} data-inject={inject.id}>
      <header className="inject-head">
        <span className="inject-kind">{t(`common.inject.kind.${inject.kind}`)}</span>
        <span className="inject-meta">
          {inject.date} · {t('common.inject.from', { from: localize(inject.from, language) })}
        </span>
      </header>
      <Heading className="inject-title">{localize(inject.title, language)}</Heading>
      {inject.audience !== 'all' && (
        <p className="inject-private">
          {t('common.inject.privateTo', { teams: inject.audience.map(teamName).join(', ') })}
        </p>
      )}
      <p className="inject-body">{localize(inject.body, language)}</p>
      <figure className="inject-excerpt">
        <blockquote>
          <span className="visually-hidden">{t('common.inject.excerpt')}: </span>“
          {inject.source.excerpt}”
        </blockquote>
        <details className="inject-source">
          <summary>{t('common.inject.source')}</summary>
          <figcaption>
            {t('common.inject.citation', {
              author: inject.citation.author,
              title: inject.citation.title,
              publication: inject.citation.publication,
              year: inject.citation.year,
              line: inject.source.line,
            })}
          </figcaption>
        </details>
      </figure>
      {shownQuestions.length > 0 && (
        <details className="inject-questions">
          <summary>{t('common.inject.questions')}</summary>
          <ul>
            {shownQuestions.map((question, index) => (
              <li key={index}>{localize(question.text, language)}</li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
