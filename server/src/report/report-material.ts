import {
  buildReport,
  type ExerciseView,
  type ParticipationCounts,
  type ReportExport,
  type ReportLog,
  type RosterEntry,
  type TeamRating,
} from '@borderline/shared';
import type { ExerciseService, ProjectionSource } from '../exercises';
import { project } from '../projection';

/** What a report and its export are made from: the facilitator's view and the whole log. */
export interface ReportMaterial {
  exerciseId: string;
  view: ExerciseView;
  log: ReportLog;
  roster: RosterEntry[];
  participation: Record<string, ParticipationCounts>;
  ratings: TeamRating[];
}

/** The exercise's log as the export carries it: replayed on a fresh engine, it rebuilds the exercise. */
export function logOf(source: ProjectionSource): ReportLog {
  const { context } = source;
  return {
    scenarioId: context.scenarioId,
    scenarioVersion: context.scenarioVersion,
    seed: context.seed,
    config: {
      ...(context.config.format === undefined ? {} : { format: context.config.format }),
      skipPractice: context.config.skipPractice,
      timing: { ...context.config.timing },
    },
    entries: source.log.map((entry) => ({ ...entry, event: { ...entry.event } })),
  };
}

/** The material of an exercise from what the projection reads (the service's or a stored one's). */
export function materialOf(source: ProjectionSource): ReportMaterial {
  return {
    exerciseId: source.exerciseId,
    view: project(source, { kind: 'facilitator' }),
    log: logOf(source),
    roster: source.roster,
    participation: source.participation,
    ratings: (source.ratings ?? []).map((rating) => ({ ...rating })),
  };
}

/** The material of an exercise the service runs. */
export function liveMaterial(service: ExerciseService, exerciseId: string): ReportMaterial {
  return materialOf(service.projectionInput(exerciseId));
}

/** The JSON export: the full log, the facts the report needs beside it, and the report. */
export function reportExport(material: ReportMaterial, exportedAt: number): ReportExport {
  return {
    format: 'borderline-report-export',
    version: 3,
    exportedAt,
    exerciseId: material.exerciseId,
    log: material.log,
    roster: material.roster,
    participation: material.participation,
    ratings: material.ratings,
    report: buildReport(material.view),
  };
}
