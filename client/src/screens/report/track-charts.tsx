import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { TrackChart } from './track-chart';
import { chartedPoints, usePointNames } from './track-points';
import type { ReportNames } from './use-report-names';

/** Every track's chart, side by side: the tracks' story at a glance, on screen and on paper. */
export function TrackCharts({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const points = useMemo(() => chartedPoints(report), [report]);
  const pointNames = usePointNames(points);
  if (points.length === 0) return <p>{t('report.tracks.none')}</p>;
  return (
    <ul className="report-charts" data-testid="report-charts">
      {report.tracks.map((track) => {
        const name = names.track(track.id);
        return (
          <li key={track.id} className="report-chart-cell">
            <span className="report-chart-name" aria-hidden="true">
              {name}
            </span>
            <TrackChart
              track={track}
              label={t('report.tracks.chartLabel', { track: name })}
              points={points.map((point, index) => ({
                tick: pointNames[index]?.tick ?? '',
                label: pointNames[index]?.label ?? '',
                value: point.values[track.id] ?? null,
              }))}
            />
          </li>
        );
      })}
    </ul>
  );
}
