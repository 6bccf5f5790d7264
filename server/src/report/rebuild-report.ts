import {
  buildReport,
  ReportExport,
  formatIssues,
  type Report,
  type Scenario,
} from '@borderline/shared';
import { replay, type ExerciseLog } from '../engine';
import { project } from '../projection';
import { ReportSourceError } from './stored-material';

/**
 * Re-imports an exported report: checks the JSON against the export's
 * schema, replays its log on a fresh engine of the same scenario, projects
 * the facilitator's view with the exported roster and participation, and
 * builds the report again. Equal to the exported report unless the file
 * was altered (or the scenario changed under the same version).
 */
export function rebuildReport(json: unknown, scenarios: readonly Scenario[]): Report {
  const parsed = ReportExport.safeParse(json);
  if (!parsed.success) {
    throw new ReportSourceError(`Not a report export: ${formatIssues(parsed.error.issues)}`);
  }
  const { log, roster, participation, exerciseId } = parsed.data;
  const scenario = scenarios.find(
    (candidate) => candidate.id === log.scenarioId && candidate.version === log.scenarioVersion,
  );
  if (scenario === undefined) {
    throw new ReportSourceError(
      `The export was played with scenario ${log.scenarioId} v${log.scenarioVersion}, which is not installed.`,
    );
  }
  let exercise;
  try {
    // The engine refuses any entry it would not have accepted: a checked shape is enough here.
    exercise = replay(scenario, log as unknown as ExerciseLog);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReportSourceError(`The export's log does not replay: ${reason}`);
  }
  const view = project(
    {
      exerciseId,
      scenario,
      context: exercise.context,
      tags: exercise.tags,
      controlOpen: exercise.controlOpen,
      roster,
      chat: [],
      drafts: {},
      participation,
    },
    { kind: 'facilitator' },
  );
  return buildReport(view);
}
