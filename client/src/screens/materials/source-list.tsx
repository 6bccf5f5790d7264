import { useTranslation } from 'react-i18next';
import type { OtherSource, SourceCitation } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/**
 * The texts the cards are drawn from, each a link: the article every inject
 * card quotes (the pre-reading) and the further sources, such as the earlier
 * exercise some cards learn from, with what each one is.
 */
export function SourceList({
  source,
  otherSources,
}: {
  source: SourceCitation;
  otherSources: readonly OtherSource[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="materials-sources" aria-labelledby="materials-sources-title">
      <h2 id="materials-sources-title">{t('materials.sources.title')}</h2>
      <p>{t('materials.sources.intro')}</p>
      <ul>
        <li data-testid="source-article">
          <Citation
            text={t('materials.sources.article', {
              author: source.author,
              title: source.title,
              publication: source.publication,
              year: source.year,
            })}
            url={source.url}
          />
        </li>
        {otherSources.map((other) => (
          <li key={other.id} data-testid={`source-${other.id}`}>
            <Citation
              text={t('materials.sources.other', {
                author: other.author,
                title: other.title,
                year: other.year,
              })}
              url={other.url}
            />{' '}
            — {localize(other.kind, language)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A citation, linked when its address is known; the address printed too, for paper. */
function Citation({ text, url }: { text: string; url: string | undefined }) {
  if (url === undefined) return <cite>{text}</cite>;
  return (
    <>
      <a href={url} target="_blank" rel="noreferrer">
        <cite>{text}</cite>
      </a>
      <span className="materials-address"> {url}</span>
    </>
  );
}
