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

/**
 * `GET /api/exercises/:id/report-export.json` and `npm run report -- --format
 * json`: the full log and the report computed from it. The roster and the
 * participation counts are the server's facts the log does not hold; with
 * them, the log rebuilds this very report.
 */
export const ReportExport = z.strictObject({
  format: z.literal('borderline-report-export'),
  /** 2 since the log's entries name their sender as an object (version 1: a `by` string). */
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.number(),
  exerciseId: z.string(),
  log: ReportLog,
  roster: z.array(RosterEntry),
  participation: z.record(z.string(), ReportParticipationCounts),
  report: Report,
});
export type ReportExport = z.infer<typeof ReportExport>;
