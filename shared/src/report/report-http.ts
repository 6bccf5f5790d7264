import { z } from 'zod';
import { LANGUAGES } from '../scenario/primitives';

/**
 * The report routes (docs/protocol.md, "The after-action report"): Control
 * reads them with its key (`x-facilitator-key`); a seated player with its
 * seat token in this header, once the exercise has ended and Control has
 * shared the report.
 */
export const SEAT_TOKEN_HEADER = 'x-seat-token';

/** `PUT /api/exercises/:id/report-sharing`: whether players may read the report. */
export const ReportSharingRequest = z.strictObject({
  shared: z.boolean('expected "shared": true or false'),
});
export type ReportSharingRequest = z.infer<typeof ReportSharingRequest>;

/** The answer of `GET` and `PUT /api/exercises/:id/report-sharing`. */
export const ReportSharingResponse = z.strictObject({
  shared: z.boolean(),
  /** Whether the exercise has ended: only then can anybody read the report. */
  ended: z.boolean(),
});
export type ReportSharingResponse = z.infer<typeof ReportSharingResponse>;

/**
 * The query of `GET /api/exercises/:id/report.md`: the language of the
 * report's own words, English unless given. Other keys are ignored.
 */
export const ReportMarkdownQuery = z.object({
  language: z
    .enum(LANGUAGES, `expected ${LANGUAGES.map((code) => `"${code}"`).join(' or ')}`)
    .default('en'),
});
export type ReportMarkdownQuery = z.infer<typeof ReportMarkdownQuery>;
