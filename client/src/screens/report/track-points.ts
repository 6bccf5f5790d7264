import type { Report, ReportTrackPoint } from '@borderline/shared';

/** The points the tracks are charted at: the scored game only (the practice move is undone). */
export function chartedPoints(report: Report): ReportTrackPoint[] {
  return report.trackHistory.filter((point) => !point.practice);
}
