import fs from 'node:fs';
import os from 'node:os';

/** Clock ticks per second of /proc's CPU times (Linux's USER_HZ). */
const TICKS_PER_SECOND = 100;

/** CPU seconds a process has used so far (user + system), from /proc; NaN off Linux. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces: the fields start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** A process's resident memory now and at its peak (MB), from /proc; NaN off Linux. */
export function memoryMb(pid: number): { rss: number; peak: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1]);
    return { rss: field('VmRSS') / 1024, peak: field('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

export const cores = os.cpus().length;
