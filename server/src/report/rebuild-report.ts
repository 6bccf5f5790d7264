import {
  buildReport,
  StoredReportExport,
  formatIssues,
  type LogSender,
  type Report,
  type ReportLogEntry,
  type Scenario,
} from '@borderline/shared';
import { createExercise, isExerciseEvent, replayEvents, type ExerciseLogEntry } from '../engine';
import { project } from '../projection';
import { ReportSourceError } from './stored-material';

/**
 * Who sent an exported entry. Version 1 exports named the sender in a string
 * (`facilitator`, `clock`, `player:<id>`, `team:<id>`); a team's entry did
 * not say which of its players sent it, so it reads as the team's seat.
 */
function senderOf(entry: ReportLogEntry): LogSender {
  if (entry.sender !== undefined) return entry.sender;
  const by = entry.by ?? 'facilitator';
  if (by === 'clock') return { kind: 'clock' };
  if (by.startsWith('player:')) return { kind: 'player', playerId: by.slice('player:'.length) };
  if (by.startsWith('team:')) return { kind: 'bot', team: by.slice('team:'.length) };
  return { kind: 'facilitator' };
}

/**
 * Re-imports an exported report: checks the JSON against the export's
 * schema, replays its log on a fresh engine of the same scenario, projects
 * the facilitator's view with the exported roster, participation and
 * ratings, and builds the report again (in this version's shape, whatever
 * the version of the report it carries). Equal to the exported report unless the file
 * was altered (or the scenario changed under the same version).
 */
export function rebuildReport(json: unknown, scenarios: readonly Scenario[]): Report {
  const parsed = StoredReportExport.safeParse(json);
  if (!parsed.success) {
    throw new ReportSourceError(`Not a report export: ${formatIssues(parsed.error.issues)}`);
  }
  const { log, roster, participation, ratings, exerciseId } = parsed.data;
  const scenario = scenarios.find(
    (candidate) => candidate.id === log.scenarioId && candidate.version === log.scenarioVersion,
  );
  if (scenario === undefined) {
    throw new ReportSourceError(
      `The export was played with scenario ${log.scenarioId} v${log.scenarioVersion}, which is not installed.`,
    );
  }
  const exercise = createExercise(scenario, { seed: log.seed, config: log.config });
  const rebuilt: ExerciseLogEntry[] = [];
  try {
    const events = log.entries.map((entry) => {
      const { seq, event } = entry;
      if (!isExerciseEvent(event)) throw new Error(`entry ${seq} is not an engine event`);
      return { seq, event, entry };
    });
    replayEvents(exercise, events, ({ seq, event, entry }, accepted) => {
      rebuilt.push({ seq, at: event.at, ...accepted, sender: senderOf(entry), event });
    });
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
      log: rebuilt,
      roster,
      chat: [],
      drafts: {},
      participation,
      ratings,
    },
    { kind: 'facilitator' },
  );
  return buildReport(view);
}
