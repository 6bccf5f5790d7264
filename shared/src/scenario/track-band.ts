import { z } from 'zod';
import { LocalizedText } from './primitives';

/**
 * The colours a scenario may give a band of a track: a small fixed palette
 * (the client maps each to a tested colour), never free CSS.
 */
export const BAND_COLORS = ['grey', 'blue', 'teal', 'green', 'amber', 'orange', 'red'] as const;
export const BandColor = z.enum(BAND_COLORS);
export type BandColor = z.infer<typeof BandColor>;

/**
 * A stretch of a track's values with a meaning ("a deadly flood", from 7 to
 * 10): the gauge colours its bar with the band's colour and names the band
 * the value is in. Values outside every band are shown in a neutral colour.
 */
export const TrackBand = z
  .strictObject({
    from: z.number().int(),
    to: z.number().int(),
    label: LocalizedText,
    color: BandColor,
  })
  .refine((band) => band.from <= band.to, {
    message: 'expected "from" to be no greater than "to"',
    path: ['to'],
  });
export type TrackBand = z.infer<typeof TrackBand>;
