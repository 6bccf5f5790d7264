import { useTranslation } from 'react-i18next';
import type { WhatIfDistribution } from '@borderline/shared';
import type { WhatIfNames } from './what-if-names';

const total = (list: WhatIfDistribution) => list.reduce((sum, entry) => sum + entry.count, 0);

function percentOf(list: WhatIfDistribution, ending: string | null): number {
  const n = total(list);
  const count = list.find((entry) => entry.ending === ending)?.count ?? 0;
  return n === 0 ? 0 : Math.round((count / n) * 100);
}

/**
 * One branch's endings side by side: the share of the replays that reached
 * each, otherwise (the roll or the decision changed) and as it went, as a
 * bar and a number; the ending this game reached is marked.
 */
export function EndingBars({
  otherwise,
  asPlayed,
  otherwiseLabel,
  playedEnding,
  names,
}: {
  otherwise: WhatIfDistribution;
  asPlayed: WhatIfDistribution;
  otherwiseLabel: string;
  playedEnding: string | null;
  names: WhatIfNames;
}) {
  const { t } = useTranslation();
  const endings = [...otherwise, ...asPlayed]
    .map((entry) => entry.ending)
    .filter((ending, i, all) => all.indexOf(ending) === i);
  const bar = (list: WhatIfDistribution, ending: string | null, kind: string) => {
    const percent = percentOf(list, ending);
    return (
      <td className={`what-if-share what-if-share-${kind}`}>
        <span className="what-if-bar" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
        <span className="what-if-percent">{t('whatIf.share', { percent })}</span>
      </td>
    );
  };
  return (
    <table className="what-if-bars" data-testid="what-if-bars">
      {/* The question reads in full above; the column says it in one word, for a phone. */}
      <caption className="what-if-question">{otherwiseLabel}</caption>
      <thead>
        <tr>
          <th scope="col">{t('whatIf.ending')}</th>
          <th scope="col">{t('whatIf.otherwise')}</th>
          <th scope="col">{t('whatIf.asWent')}</th>
        </tr>
      </thead>
      <tbody>
        {endings.map((ending) => (
          <tr
            key={ending ?? ''}
            className={ending === playedEnding ? 'what-if-reached' : undefined}
          >
            <th scope="row">
              {names.ending(ending)}
              {ending === playedEnding && (
                <span className="what-if-reached-note"> {t('whatIf.reached')}</span>
              )}
            </th>
            {bar(otherwise, ending, 'otherwise')}
            {bar(asPlayed, ending, 'as-played')}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
