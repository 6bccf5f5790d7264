import { useTranslation } from 'react-i18next';
import { namesInSentence, type InjectView, type TeamPublicView } from '@borderline/shared';
import { localize } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { GlossaryText } from './glossary-text';
import { excerptAddress } from './source-address';

/**
 * One released inject card: its kind, sender and in-world date, the card's
 * text, the short excerpt of the source it was drawn from (on a Spanish screen
 * its translation, marked as such, with the original one click away), the
 * article's citation one click away (a link to the article, opened at the
 * excerpt), and the further sources the card draws on with what it takes from
 * each (each a link). Glossary terms in the text are marked. Discussion questions when `questions` is set.
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
  const translated = language === 'en' ? undefined : inject.source.translation?.[language];
  return (
    <article className={`inject inject-${inject.kind}`} data-inject={inject.id}>
      <header className="inject-head">
        <span className="inject-kind">{t(`common.inject.kind.${inject.kind}`)}</span>
        <span className="inject-meta">
          <span className="inject-date">{inject.date}</span> ·{' '}
          {t('common.inject.from', { from: localize(inject.from, language) })}
        </span>
      </header>
      <Heading className="inject-title">{localize(inject.title, language)}</Heading>
      {inject.audience !== 'all' && (
        <p className="inject-private">
          {t('common.inject.privateTo', {
            teams: namesInSentence(inject.audience.map(teamName), language).join(', '),
          })}
        </p>
      )}
      <p className="inject-body">
        <GlossaryText text={localize(inject.body, language)} />
      </p>
      <figure className="inject-excerpt">
        {translated === undefined ? (
          <blockquote lang="en">
            <span className="visually-hidden">{t('common.inject.excerpt')}: </span>“
            {inject.source.excerpt}”
          </blockquote>
        ) : (
          <blockquote className="inject-excerpt-translated">
            <span className="visually-hidden">{t('common.inject.excerpt')}: </span>“{translated}”{' '}
            <span className="inject-translation-mark">{t('common.inject.translation')}</span>
          </blockquote>
        )}
        <details className="inject-source">
          <summary>{t('common.inject.source')}</summary>
          {translated !== undefined && (
            <p className="inject-original">
              {t('common.inject.original')}: <q lang="en">{inject.source.excerpt}</q>
            </p>
          )}
          <figcaption>
            <SourceLink url={inject.citation.url} excerpt={inject.source.excerpt}>
              {t('common.inject.citation', {
                author: inject.citation.author,
                title: inject.citation.title,
                publication: inject.citation.publication,
                year: inject.citation.year,
                line: inject.source.line,
              })}
            </SourceLink>
          </figcaption>
        </details>
        {inject.alsoCites.length > 0 && (
          <div className="inject-also-cites">
            <p>{t('common.inject.alsoCites')}:</p>
            <ul>
              {inject.alsoCites.map(({ source, finding }) => (
                <li key={source.id}>
                  <SourceLink url={source.url}>
                    {t('common.inject.alsoCitation', {
                      author: source.author,
                      title: source.title,
                      year: source.year,
                    })}
                  </SourceLink>{' '}
                  — {localize(finding, language)}
                </li>
              ))}
            </ul>
          </div>
        )}
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

/** A citation that links to its text when the scenario knows the address (at the excerpt, if any). */
function SourceLink({
  url,
  excerpt,
  children,
}: {
  url: string | undefined;
  excerpt?: string;
  children: string;
}) {
  if (url === undefined) return <>{children}</>;
  return (
    <a
      href={excerpt === undefined ? url : excerptAddress(url, excerpt)}
      target="_blank"
      rel="noreferrer"
      className="inject-source-link"
    >
      {children}
    </a>
  );
}
