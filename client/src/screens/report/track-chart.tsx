import { useEffect, useRef } from 'react';
import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ReportTrack } from '@borderline/shared';

// Only the parts a line chart needs: chart.js is tree-shaken to them.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

export interface TrackChartProps {
  track: ReportTrack;
  name: string;
  labels: string[];
  values: (number | null)[];
  /** A ladder's rung names by value, for the axis; empty for a plain range. */
  stepNames: Record<number, string>;
  /** Called once the chart is drawn (printing waits for every chart). */
  onDrawn: (track: string) => void;
}

/**
 * One track's line chart, move by move (chart.js, loaded only when the
 * reader opens the charts). The canvas is an image with a label; the table
 * beside it carries the same figures for screen readers.
 */
export default function TrackChart({
  track,
  name,
  labels,
  values,
  stepNames,
  onDrawn,
}: TrackChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels,
        datasets: [
          {
            label: name,
            data: values,
            // A neutral ink, the gauges' own (--band-neutral): no team's colour, no good or bad.
            borderColor: '#5b6673',
            backgroundColor: '#5b6673',
            stepped: track.steps !== null,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { tooltip: { enabled: true } },
        scales: {
          y: {
            min: track.min,
            max: track.max,
            ticks: {
              stepSize: 1,
              callback: (value) => stepNames[Number(value)] ?? String(value),
            },
          },
        },
      },
    });
    onDrawn(track.id);
    return () => chart.destroy();
  }, [track, name, labels, values, stepNames, onDrawn]);
  return <canvas ref={canvas} role="img" aria-label={name} />;
}
