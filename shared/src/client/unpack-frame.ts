import { inflateSync } from 'fflate';
import type { PackedFrame } from '../protocol/packed-frame';
import type { StaticFrame } from '../protocol/view-frames';

const decoder = new TextDecoder();

/** The frame a `packed` event carries (socket.io hands binary over as a Buffer or an ArrayBuffer). */
export function unpackFrame(data: ArrayBuffer | Uint8Array): PackedFrame {
  return JSON.parse(inflated(data)) as PackedFrame;
}

/** The face a `static` event carries. */
export function unpackStatic(data: ArrayBuffer | Uint8Array): StaticFrame {
  return JSON.parse(inflated(data)) as StaticFrame;
}

function inflated(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return decoder.decode(inflateSync(bytes));
}
