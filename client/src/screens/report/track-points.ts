import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, ReportTrackPoint } from '@borderline/shared';

/** The points the tracks are charted at: the scored game only (the practice move is undone). */
export function chartedPoints(report: Report): ReportTrackPoint[] {
  return report.trackHistory.filter((point) => !point.practice);
}

export interface PointName {
  /** "After move 2": a table's heading, a tooltip. */
  label: string;
  /** "M2": under a small chart's axis. */
  tick: string;
}

/** The names of the charted points, in the reader's language. */
export function usePointNames(points: ReportTrackPoint[]): PointName[] {
  const { t } = useTranslation();
  return useMemo(
    () =>
      points.map((point) => {
        switch (point.label) {
          case 'start':
            return { label: t('report.tracks.start'), tick: t('report.tracks.startTick') };
          case 'after-move':
            return {
              label: t('report.tracks.afterMove', { move: point.move }),
              tick: t('report.tracks.afterMoveTick', { move: point.move }),
            };
          case 'practice-reset':
            return { label: t('report.tracks.practiceReset'), tick: '0' };
          case 'final':
            return { label: t('report.tracks.final'), tick: t('report.tracks.finalTick') };
        }
      }),
    [points, t],
  );
}
