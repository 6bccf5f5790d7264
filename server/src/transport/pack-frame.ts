import {
  PACK_THRESHOLD_BYTES,
  type PackedFrame,
  type PatchFrame,
  type ViewFrame,
} from '@borderline/shared';
import { promisify } from 'node:util';
import { deflateRaw, deflateRawSync } from 'node:zlib';

const deflateOffLoop = promisify(deflateRaw);

/** A frame as it goes on the wire: deflated when it is large (see PackedFrame), else as it is. */
export type WireFrame =
  | { event: 'packed'; data: Uint8Array }
  | { event: 'view'; frame: ViewFrame }
  | { event: 'patch'; frame: PatchFrame };

/** Where frames go: one socket, or a room (socket.io encodes a room's frame once). */
export interface FrameTarget {
  emit(event: 'view', frame: ViewFrame): boolean;
  emit(event: 'patch', frame: PatchFrame): boolean;
  emit(event: 'packed', data: Uint8Array): boolean;
}

function plain(packed: PackedFrame): WireFrame {
  return packed.event === 'view'
    ? { event: 'view', frame: packed.frame }
    : { event: 'patch', frame: packed.frame };
}

/** Packs a frame on the event loop: for patches, which are small and must go out in order. */
export function packNow(packed: PackedFrame): WireFrame {
  const json = JSON.stringify(packed);
  if (json.length <= PACK_THRESHOLD_BYTES) return plain(packed);
  return { event: 'packed', data: deflateRawSync(json) };
}

/**
 * Packs a frame on libuv's thread pool. A whole view runs to 200 KB of JSON
 * for Control; deflating it takes tens of milliseconds that every other
 * exercise of the process would otherwise wait for.
 */
export async function packOffLoop(packed: PackedFrame): Promise<WireFrame> {
  const json = JSON.stringify(packed);
  if (json.length <= PACK_THRESHOLD_BYTES) return plain(packed);
  return { event: 'packed', data: await deflateOffLoop(json) };
}

export function emitFrame(target: FrameTarget, wire: WireFrame): void {
  if (wire.event === 'packed') target.emit('packed', wire.data);
  else if (wire.event === 'view') target.emit('view', wire.frame);
  else target.emit('patch', wire.frame);
}
