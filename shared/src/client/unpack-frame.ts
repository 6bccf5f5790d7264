import { inflateSync } from 'fflate';
import type { PackedFrame } from '../protocol/packed-frame';

const decoder = new TextDecoder();

/** The frame a `packed` event carries (socket.io hands binary over as a Buffer or an ArrayBuffer). */
export function unpackFrame(data: ArrayBuffer | Uint8Array): PackedFrame {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return JSON.parse(decoder.decode(inflateSync(bytes))) as PackedFrame;
}
