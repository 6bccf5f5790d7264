import { z } from 'zod';
import type { ExerciseView } from './views';

const list = z.array(z.unknown());
const part = z.looseObject({});

/** Every top-level part of an ExerciseView, with the fields a reader finds its way by. */
const Outline = z.looseObject({
  recipient: z.looseObject({ kind: z.enum(['facilitator', 'team', 'observer']) }),
  exercise: z.looseObject({ id: z.string(), phase: z.string(), move: z.number() }),
  scenario: z.looseObject({ id: z.string(), version: z.number() }),
  tracks: z.looseObject({ current: z.record(z.string(), z.number()), history: list }),
  injects: list,
  decisions: list,
  adjudications: list,
  narrative: list,
  roster: list,
  seats: z.record(z.string(), z.string()),
  channels: list,
  chat: list,
  team: part.nullable(),
  drafts: list,
  ending: part.nullable(),
  scores: list.nullable(),
  reflections: list,
  control: part.nullable(),
});

/**
 * An ExerciseView as an HTTP client reads it (a replayed step, the report
 * data). The view's full shape is the interface in views.ts, made by the
 * server's one projection and read unchecked from the socket; a schema of
 * every field would be a second copy to keep in step. This checks the
 * outline, so that another body (an error page, another route's answer) is
 * refused, and types the view as the interface says.
 */
export const ExerciseViewOutline = z.custom<ExerciseView>(
  (value) => Outline.safeParse(value).success,
  'expected an exercise view',
);
