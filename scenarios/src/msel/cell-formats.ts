import { INJECT_KINDS } from '@borderline/shared';
import type { Effect, InjectKind } from '@borderline/shared';
import { invalid, parsed } from './msel-error';
import type { Parsed } from './msel-error';

/** Kinds as an events list names them; import also takes the ids ("intelligence-brief"). */
export const KIND_LABELS: Record<InjectKind, string> = {
  news: 'News',
  'intelligence-brief': 'Intelligence brief',
  leak: 'Leak',
  cable: 'Cable',
  statement: 'Statement',
};

export function parseKind(cell: string): Parsed<InjectKind> {
  const wanted = cell
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const kind = INJECT_KINDS.find(
    (candidate) =>
      candidate === wanted || KIND_LABELS[candidate].toLowerCase() === cell.trim().toLowerCase(),
  );
  if (kind !== undefined) return parsed(kind);
  const accepted = INJECT_KINDS.map((candidate) => `"${KIND_LABELS[candidate]}"`).join(', ');
  return invalid(
    cell.trim() === ''
      ? `empty; expected one of ${accepted}`
      : `unknown kind "${cell.trim()}" (expected one of ${accepted})`,
  );
}

/** A whole number at least `min`; `what` says what the number is, for the message. */
export function parseWholeNumber(cell: string, min: number, what: string): Parsed<number> {
  const text = cell.trim();
  if (/^\d+$/.test(text) && Number(text) >= min && Number.isSafeInteger(Number(text))) {
    return parsed(Number(text));
  }
  const found = text === '' ? 'an empty cell' : `"${text}"`;
  const kind = min === 1 ? 'a positive whole number' : `a whole number from ${min}`;
  return invalid(`expected ${kind} (${what}), found ${found}`);
}

/** `escalation +1; trade-integration -1; tension = 3` */
export function formatEffects(effects: Effect[]): string {
  return effects
    .map((effect) =>
      effect.delta !== undefined
        ? `${effect.track} ${effect.delta < 0 ? '-' : '+'}${Math.abs(effect.delta)}`
        : effect.atLeast !== undefined
          ? `${effect.track} >= ${effect.atLeast}`
          : `${effect.track} = ${effect.set ?? 0}`,
    )
    .join('; ');
}

export function parseEffects(cell: string): Parsed<Effect[]> {
  const effects: Effect[] = [];
  for (const part of splitList(cell, /[;\n]/)) {
    const step = /^(\S+)\s+([+-])\s*(\d+)$/.exec(part);
    const absolute = /^(\S+?)\s*=\s*(-?\d+)$/.exec(part);
    if (step?.[1] !== undefined && step[3] !== undefined) {
      const size = Number(step[3]);
      effects.push({ track: step[1], delta: step[2] === '-' ? -size : size });
    } else if (absolute?.[1] !== undefined && absolute[2] !== undefined) {
      effects.push({ track: absolute[1], set: Number(absolute[2]) });
    } else {
      return invalid(
        `"${part}" is not an effect; write "<track> +N", "<track> -N" or "<track> = N" (e.g. "escalation +1"), separated by ";"`,
      );
    }
  }
  return parsed(effects);
}

/** Learning objective ids, separated by ";" (commas and line breaks are accepted too). */
export function parseIdList(cell: string): string[] {
  return splitList(cell, /[;,\n]/);
}

function splitList(cell: string, separator: RegExp): string[] {
  return cell
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
