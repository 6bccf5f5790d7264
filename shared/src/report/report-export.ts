import { z } from 'zod';
import { LogSender } from '../protocol/log-entry';
import { RosterEntry } from '../protocol/roster';
import { Report } from './report-schema';

/**
 * One event of the exercise's log, as Control's view carries it (LogEntry).
 * Exports of version 1 named the sender in a string (`by`); only the event
 * is needed to rebuild the exercise, so both are read.
 */
export const ReportLogEntry = z.strictObject({
  seq: z.number(),
  at: z.number(),
  move: z.number(),
  phase: z.string(),
  paused: z.boolean(),
  sender: LogSender.optional(),
  by: z.string().optional(),
  event: z.looseObject({ type: z.string(), at: z.number() }),
});
export type ReportLogEntry = z.infer<typeof ReportLogEntry>;

/**
 * The exercise's whole log: with the scenario (id and version), the seed and
 * the settings, replaying the entries on a fresh engine rebuilds the
 * exercise exactly (the server's `replay`).
 */
export const ReportLog = z.strictObject({
  scenarioId: z.string(),
  scenarioVersion: z.number(),
  seed: z.number(),
  config: z.strictObject({
    /** The scenario format played (absent for exercises from before formats). */
    format: z.string().optional(),
    skipPractice: z.boolean(),
    timing: z.strictObject({
      briefingMinutes: z.number(),
      deliberationMinutes: z.number(),
      decisionMinutes: z.number(),
      hotwashMinutes: z.number(),
    }),
  }),
  entries: z.array(ReportLogEntry),
});
export type ReportLog = z.infer<typeof ReportLog>;

export const ReportParticipationCounts = z.strictObject({
  messages: z.number(),
  drafts: z.number(),
  decisions: z.number(),
  reflections: z.number(),
});

/** Control's rating of a team on an objective: a service fact the engine's log does not hold. */
export const ReportRatingFact = z.strictObject({
  team: z.string(),
  objective: z.string(),
  level: z.string().nullable(),
  note: z.string().nullable(),
  at: z.number(),
});

/**
 * `GET /api/exercises/:id/report-export.json` and `npm run report -- --format
 * json`: the full log and the report computed from it. The roster and the
 * participation counts, and Control's ratings, are the server's facts the
 * log does not hold; with them, the log rebuilds this very report.
 */
export const ReportExport = z.strictObject({
  format: z.literal('borderline-report-export'),
  /**
   * 2 since the log's entries name their sender as an object (version 1: a
   * `by` string); 3 since it carries Control's ratings.
   */
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  exportedAt: z.number(),
  exerciseId: z.string(),
  log: ReportLog,
  roster: z.array(RosterEntry),
  participation: z.record(z.string(), ReportParticipationCounts),
  /** Absent from exports before version 3 (no rating then). */
  ratings: z.array(ReportRatingFact).default([]),
  report: Report,
});
export type ReportExport = z.infer<typeof ReportExport>;

/**
 * An export as it is read back to rebuild its report: any report version,
 * since the log, not the stored report, is what the rebuild reads (an
 * export made before a change of the report's shape stays readable).
 */
export const StoredReportExport = ReportExport.extend({
  report: z.looseObject({ format: z.literal('borderline-report'), version: z.number() }),
});
