import { useTranslation } from 'react-i18next';
import { namesInSentence, type ReportInject, type ReportOverview } from '@borderline/shared';
import { ChangeList } from './report-bits';
import type { ReportNames } from './use-report-names';

function useReleaseText(inject: ReportInject, names: ReportNames): string {
  const { t } = useTranslation();
  const { cause } = inject;
  if (cause === null) return t('report.timeline.released.hidden');
  if (cause.kind !== 'action') return t(`report.timeline.released.${cause.kind}`);
  return t('report.timeline.released.action', {
    card: cause.card === null ? cause.action : names.text(cause.card.name),
    team: names.team(cause.team),
  });
}

/**
 * A released inject: its card, how it came out, its source line and what it
 * moved. A card citing the scenario's own article (given in full in the
 * overview) names only its line.
 */
export function TimelineInject({
  inject,
  names,
  article,
}: {
  inject: ReportInject;
  names: ReportNames;
  article: ReportOverview['source'];
}) {
  const { t } = useTranslation();
  const release = useReleaseText(inject, names);
  const { citation } = inject;
  const kind = (['news', 'intelligence-brief', 'leak', 'cable', 'statement'] as const).find(
    (candidate) => candidate === inject.kind,
  );
  return (
    <li className="report-inject" data-inject={inject.id}>
      <h5 className="report-inject-title">{names.text(inject.title)}</h5>
      <p className="report-meta">
        {kind === undefined ? inject.kind : t(`common.inject.kind.${kind}`)} · {inject.date} ·{' '}
        {t('common.inject.from', { from: names.text(inject.from) })} ·{' '}
        {inject.audience === 'all'
          ? t('report.timeline.forAll')
          : t('report.timeline.onlyFor', {
              teams: namesInSentence(inject.audience.map(names.team), names.language).join(', '),
            })}{' '}
        · {release}, {t('report.timeline.at', { time: names.clock(inject.at) })}
      </p>
      <p>{names.text(inject.body)}</p>
      <figure className="report-excerpt">
        <blockquote>“{citation.excerpt}”</blockquote>
        <figcaption>
          <cite>
            {citation.publication === article.publication && citation.title === article.title
              ? t('report.timeline.articleLine', { line: citation.line })
              : t('common.inject.citation', {
                  author: citation.author,
                  title: citation.title,
                  publication: citation.publication,
                  year: citation.year,
                  line: citation.line,
                })}
          </cite>
        </figcaption>
      </figure>
      {inject.changes.length > 0 && (
        <p>
          {t('report.timeline.tracks')}: <ChangeList changes={inject.changes} names={names} />
        </p>
      )}
    </li>
  );
}
