import { buildReport, reportToMarkdown, type Scenario } from '@borderline/shared';
import type { ExerciseStore } from '../store/exercise-store';
import type { ReportCliOptions } from './report-cli-args';
import { reportExport } from './report-material';
import { storedMaterial } from './stored-material';

export interface ReportCommandResult {
  /** The Markdown, or the JSON export (one newline at the end). */
  output: string;
  /** Said on stderr: e.g. that the exercise has not ended. */
  notes: string[];
}

/**
 * The report command on an open store: the same Markdown and the same JSON
 * export as the server's report routes give for the exercise.
 */
export function runReportCommand(
  options: ReportCliOptions,
  store: ExerciseStore,
  scenarios: readonly Scenario[],
  now: number,
): ReportCommandResult {
  const notes: string[] = [];
  const logger = { warn: (_details: object, message: string) => notes.push(message) };
  const material = storedMaterial(store, scenarios, options.exercise, logger, now);
  const { exercise } = material.view;
  if (!exercise.ended) {
    notes.push(
      `Exercise ${options.exercise} has not ended (phase ${exercise.phase}, move ${exercise.move}): the report covers what has happened so far.`,
    );
  }
  const output =
    options.format === 'md'
      ? reportToMarkdown(buildReport(material.view), options.language)
      : `${JSON.stringify(reportExport(material, now), null, 2)}\n`;
  return { output, notes };
}
