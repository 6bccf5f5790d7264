import { z } from 'zod';
import { Id, LocalizedText } from './primitives';
import { TrackBand } from './track-band';

export const TrackStep = z.strictObject({ value: z.number().int(), label: LocalizedText });

/**
 * A shared number of the world. A ladder names each of its steps (the
 * escalation ladder); a range only its ends. Bands, if any, say what stretches
 * of its values mean and give each a colour from a fixed palette (the checker
 * keeps them within the range, in order, without overlap); without them the
 * gauge is drawn in a neutral colour.
 */
export const Track = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    description: LocalizedText,
    min: z.number().int(),
    max: z.number().int(),
    start: z.number().int(),
    lowLabel: LocalizedText.optional(),
    highLabel: LocalizedText.optional(),
    steps: z.array(TrackStep).optional(),
    bands: z.array(TrackBand).optional(),
  })
  .refine((track) => track.min < track.max, {
    message: 'expected "min" to be less than "max"',
    path: ['max'],
  })
  .refine((track) => track.start >= track.min && track.start <= track.max, {
    message: 'expected "start" to lie between "min" and "max"',
    path: ['start'],
  })
  .refine(
    (track) =>
      track.steps === undefined ||
      (track.steps.length === track.max - track.min + 1 &&
        track.steps.every((step, index) => step.value === track.min + index)),
    {
      message: 'expected one step for every value from "min" to "max", in order',
      path: ['steps'],
    },
  );
export type Track = z.infer<typeof Track>;
