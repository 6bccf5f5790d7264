import type { SharedView } from '@borderline/shared';

/** The shared view one recipient class last received, and the number of its last patch. */
export interface ClassStream {
  seq: number;
  view: SharedView;
}

/**
 * What each recipient class of each exercise last received, and how many
 * times each exercise was flushed (a first view made before a flush is
 * stale). An exercise's entries go when its last class has no socket left.
 */
export class ClassStreams {
  private readonly streams = new Map<string, Map<string, ClassStream>>();
  private readonly flushes = new Map<string, number>();

  get(exerciseId: string, viewClass: string): ClassStream | undefined {
    return this.streams.get(exerciseId)?.get(viewClass);
  }

  /** The class's stream, opened at `view` if it has none. */
  open(exerciseId: string, viewClass: string, view: SharedView): ClassStream {
    let classes = this.streams.get(exerciseId);
    if (classes === undefined) {
      classes = new Map();
      this.streams.set(exerciseId, classes);
    }
    let stream = classes.get(viewClass);
    if (stream === undefined) {
      stream = { seq: 0, view };
      classes.set(viewClass, stream);
    }
    return stream;
  }

  close(exerciseId: string, viewClass: string): void {
    const classes = this.streams.get(exerciseId);
    classes?.delete(viewClass);
    if (classes?.size === 0) this.forget(exerciseId);
  }

  forget(exerciseId: string): void {
    this.streams.delete(exerciseId);
    this.flushes.delete(exerciseId);
  }

  clear(): void {
    this.streams.clear();
    this.flushes.clear();
  }

  flushed(exerciseId: string): void {
    this.flushes.set(exerciseId, this.flushCount(exerciseId) + 1);
  }

  flushCount(exerciseId: string): number {
    return this.flushes.get(exerciseId) ?? 0;
  }
}
