import { useTranslation } from 'react-i18next';
import type { InjectView } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import { useLanguage } from '../../../i18n/use-language';
import type { Names } from '../../../exercise/view-names';
import { audienceText, causeText, moveName } from './inject-words';

/** A released inject on the timeline: when, why, to whom, and the tracks it moved. */
export function ReleasedInjectCard({ inject, names }: { inject: InjectView; names: Names }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <article className="control-inject control-inject-out" data-released-inject={inject.id}>
      <h4>{localize(inject.title, language)}</h4>
      <p className="control-inject-meta">
        <span className="control-tag">{t(`common.inject.kind.${inject.kind}`)}</span>{' '}
        {t('control.injects.audience', { audience: audienceText(inject.audience, t, names) })} ·{' '}
        {t('control.injects.releasedIn', {
          move: moveName(inject.release.move, t),
          cause: causeText(inject.release.cause, t, names),
        })}
      </p>
      {inject.release.changes.length > 0 && (
        <p>
          {inject.release.changes
            .map((change) => `${names.track(change.track)} ${change.from} → ${change.to}`)
            .join(' · ')}
        </p>
      )}
      <p className="control-source">
        {t('control.injects.sourceLine', { line: inject.source.line })} “{inject.source.excerpt}”
      </p>
    </article>
  );
}
