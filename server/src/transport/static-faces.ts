import type { StaticFace, StaticFrame } from '@borderline/shared';
import { deflateRawSync } from 'node:zlib';

/**
 * The deflated bytes of each static face, made once per process: a face is
 * the same for every client of every exercise on its scenario version (a
 * desk, for every Control), so 2,800 first views need one deflate, not 2,800.
 * A process holds the few scenario versions it serves.
 */
export class StaticFaces {
  private readonly packed = new Map<string, Uint8Array>();

  bytes(key: string, face: StaticFace): Uint8Array {
    let bytes = this.packed.get(key);
    if (bytes === undefined) {
      const frame: StaticFrame = { key, face };
      bytes = deflateRawSync(JSON.stringify(frame));
      this.packed.set(key, bytes);
    }
    return bytes;
  }
}
