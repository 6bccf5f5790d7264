import type { PatchFrame, ViewFrame } from './view-frames';

/**
 * A large frame travels deflated: the server compresses it once (raw
 * DEFLATE of its JSON) and sends the same bytes to every socket of the
 * class, instead of letting permessage-deflate compress each socket's copy
 * on its own. Frames under the threshold travel as they are: compressing a
 * few hundred bytes costs more than it saves.
 */
export const PACK_THRESHOLD_BYTES = 4 * 1024;

/** What a `packed` frame holds once inflated. */
export type PackedFrame =
  { event: 'view'; frame: ViewFrame } | { event: 'patch'; frame: PatchFrame };
