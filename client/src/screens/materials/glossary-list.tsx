import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/** Every entry, in order, each with an anchor; the one asked for (`open`) scrolled to and marked. */
export function GlossaryList({
  glossary,
  open,
  headingLevel = 2,
}: {
  glossary: readonly GlossaryEntry[];
  open?: string | null;
  headingLevel?: 1 | 2;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  useEffect(() => {
    if (open === undefined || open === null) return;
    document.getElementById(`term-${open}`)?.scrollIntoView({ block: 'center' });
  }, [open]);
  return (
    <section className="materials-glossary" aria-labelledby="materials-glossary-title">
      <Heading id="materials-glossary-title">{t('materials.glossary.title')}</Heading>
      {glossary.length === 0 ? (
        <p>{t('materials.glossary.empty')}</p>
      ) : (
        <dl>
          {glossary.map((entry) => (
            <div
              key={entry.id}
              id={`term-${entry.id}`}
              className={entry.id === open ? 'materials-term is-open' : 'materials-term'}
              data-term={entry.id}
            >
              <dt>
                <dfn>{localize(entry.term, language)}</dfn>
                <span className="materials-expansion">{localize(entry.expansion, language)}</span>
              </dt>
              <dd>{localize(entry.explanation, language)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
