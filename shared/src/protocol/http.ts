import { z } from 'zod';
import { AckErrorSchema } from './ack';
import { LearningObjective } from '../scenario/learning-objective';
import { Id, Language, LocalizedText } from '../scenario/primitives';
import { Format } from '../scenario/format';
import { SourceCitation, Timing } from '../scenario/scenario';

/** `GET /api/health`: the server is up and has its scenarios loaded. */
export const HealthResponse = z.strictObject({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number().nonnegative(),
  scenarios: z.number().int().nonnegative(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** What the start page shows of a scenario before an exercise is created. */
/** A format as the start page shows it: what is played, how, and how long it takes. */
export const FormatSummary = Format.omit({ omitInjects: true }).extend({
  hasPracticeMove: z.boolean(),
});
export type FormatSummary = z.infer<typeof FormatSummary>;

export const ScenarioSummary = z.strictObject({
  id: Id,
  version: z.number().int(),
  title: LocalizedText,
  summary: LocalizedText,
  audience: LocalizedText,
  languages: z.array(Language),
  source: SourceCitation,
  players: z.strictObject({ min: z.number().int(), max: z.number().int() }),
  durationMinutes: z.number().int(),
  timing: Timing,
  learningObjectives: z.array(LearningObjective),
  teams: z.array(z.strictObject({ id: Id, name: LocalizedText, role: LocalizedText })),
  moves: z.number().int(),
  hasPracticeMove: z.boolean(),
  /** The formats the facilitator chooses from, each with its total time (first is the default). */
  formats: z.array(FormatSummary),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummary>;

/** `GET /api/scenarios` */
export const ScenarioListResponse = z.strictObject({ scenarios: z.array(ScenarioSummary) });
export type ScenarioListResponse = z.infer<typeof ScenarioListResponse>;

/** The body of every HTTP error: a machine-readable code, a message for people and, where known, the reason. */
export const ErrorResponse = z.strictObject({ error: AckErrorSchema });
export type ErrorResponse = z.infer<typeof ErrorResponse>;
