import { useTranslation } from 'react-i18next';
import type { AdjudicationView, ReleaseCause } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { TrackChangeList } from '../track-words';

/** The developments an adjudication set off, each with why it came out now. */
export function ReleasedInjects({
  injects,
  names,
}: {
  injects: AdjudicationView['injects'];
  names: Names;
}) {
  const { t } = useTranslation();
  // An inject the reader may not see is not in its feed: its title is unknown here, so it is left out.
  const shown = injects.flatMap((release) => {
    const title = names.injectTitle(release.inject);
    return title === null ? [] : [{ ...release, title }];
  });
  if (shown.length === 0) return null;
  const causeWords = (cause: ReleaseCause | null): string => {
    if (cause === null) return t('team.cause.hidden');
    switch (cause.kind) {
      case 'scheduled':
        return t('team.cause.scheduled');
      case 'facilitator':
        return t('team.cause.facilitator');
      case 'condition':
        return t('team.cause.condition');
      case 'debrief':
        return t('team.cause.debrief');
      case 'action':
        return cause.card === null
          ? t('team.cause.freeform', { team: names.team(cause.team) })
          : t('team.cause.action', { team: names.team(cause.team), card: names.card(cause.card) });
    }
  };
  return (
    <div className="tr-released">
      <h4>{t('team.results.injects')}</h4>
      <ul>
        {shown.map((release) => (
          <li key={release.inject} data-inject={release.inject}>
            <a href={`#inject-${release.inject}`}>{release.title}</a>: {causeWords(release.cause)}
            <TrackChangeList changes={release.changes} names={names} />
          </li>
        ))}
      </ul>
    </div>
  );
}
