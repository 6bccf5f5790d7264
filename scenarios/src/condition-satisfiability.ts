import type { Condition } from '@borderline/shared';
import type { ScenarioIndex } from './scenario-index';

/**
 * Whether a condition can ever hold, by interval analysis: the condition is
 * rewritten as a list of "ways" to hold (a disjunction), each way a range per
 * quantity (a track, or the move number) and facts that must or must not have
 * happened (an action played, an inject released). Tracks hold integers, so
 * not(atLeast a) is atMost a-1. The analysis may answer "satisfiable" for a
 * contradiction it does not see (two different action facts), never the reverse.
 */
export interface Satisfiability {
  satisfiable: boolean;
  /** Why it never holds, one reason per way that was ruled out. */
  reasons: string[];
}

interface Interval {
  low: number;
  high: number;
}

interface Way {
  ranges: Map<string, Interval>;
  facts: Map<string, boolean>;
}

interface Quantity {
  name: string;
  range: Interval;
}

/** Past this many ways the analysis stops splitting and assumes the rest can hold. */
const MAX_WAYS = 512;
const MOVE_KEY = 'move';

export function analyseCondition(condition: Condition, index: ScenarioIndex): Satisfiability {
  const reasons = new Set<string>();
  const ways = waysToHold(condition, false, { index, reasons });
  return { satisfiable: ways.length > 0, reasons: ways.length > 0 ? [] : [...reasons] };
}

interface Context {
  index: ScenarioIndex;
  reasons: Set<string>;
}

function waysToHold(condition: Condition, negated: boolean, context: Context): Way[] {
  switch (condition.type) {
    case 'always':
      if (negated) context.reasons.add('"not always" never holds');
      return negated ? [] : [anyWay()];
    case 'track': {
      const track = context.index.tracks.get(condition.track);
      if (track === undefined) return unknown(`track "${condition.track}"`, negated, context);
      const quantity = { name: `track "${track.id}"`, range: { low: track.min, high: track.max } };
      return boundedWays(`track:${track.id}`, quantity, condition, negated, context);
    }
    case 'move': {
      const quantity = { name: 'the move', range: { low: 0, high: context.index.lastMove } };
      return boundedWays(MOVE_KEY, quantity, condition, negated, context);
    }
    case 'action': {
      if (!context.index.actions.has(condition.action)) {
        return unknown(`action "${condition.action}"`, negated, context);
      }
      const fact = `action "${condition.action}" played (${condition.outcome ?? 'any'} outcome, ${condition.within ?? 'exercise'})`;
      return [factWay(fact, !negated)];
    }
    case 'inject':
      if (!context.index.injects.has(condition.inject)) {
        return unknown(`inject "${condition.inject}"`, negated, context);
      }
      return [factWay(`inject "${condition.inject}" released`, !negated)];
    case 'not':
      return waysToHold(condition.condition, !negated, context);
    case 'all':
    case 'any':
      // De Morgan: not(all) is any of the nots, not(any) is all of the nots.
      return (condition.type === 'all') !== negated
        ? allOf(condition.of, negated, context)
        : anyOf(condition.of, negated, context);
  }
}

/** A reference to nothing never holds; its negation always does. */
function unknown(what: string, negated: boolean, context: Context): Way[] {
  if (negated) return [anyWay()];
  context.reasons.add(`it names ${what}, which does not exist`);
  return [];
}

function boundedWays(
  key: string,
  quantity: Quantity,
  bounds: { atLeast?: number | undefined; atMost?: number | undefined },
  negated: boolean,
  context: Context,
): Way[] {
  const low = bounds.atLeast ?? -Infinity;
  const high = bounds.atMost ?? Infinity;
  const wanted: Interval[] = negated
    ? [
        ...(bounds.atLeast === undefined ? [] : [{ low: -Infinity, high: low - 1 }]),
        ...(bounds.atMost === undefined ? [] : [{ low: high + 1, high: Infinity }]),
      ]
    : [{ low, high }];
  const ways: Way[] = [];
  for (const interval of wanted) {
    const clamped = intersect(interval, quantity.range);
    if (clamped === undefined) {
      context.reasons.add(
        `${quantity.name} runs from ${quantity.range.low} to ${quantity.range.high}, so it is never ${describeInterval(interval, { low: -Infinity, high: Infinity })}`,
      );
    } else {
      ways.push({ ranges: new Map([[key, clamped]]), facts: new Map() });
    }
  }
  return ways;
}

function allOf(conditions: Condition[], negated: boolean, context: Context): Way[] {
  let ways = [anyWay()];
  for (const condition of conditions) {
    const next = waysToHold(condition, negated, context);
    ways = ways.flatMap((way) =>
      next.flatMap((other) => {
        const both = combine(way, other, context);
        return both === undefined ? [] : [both];
      }),
    );
    if (ways.length === 0) return [];
    if (ways.length > MAX_WAYS) ways = [anyWay()];
  }
  return ways;
}

function anyOf(conditions: Condition[], negated: boolean, context: Context): Way[] {
  const ways = conditions.flatMap((condition) => waysToHold(condition, negated, context));
  return ways.length > MAX_WAYS ? [anyWay()] : ways;
}

/** Both ways at once, or undefined (with the reason) when they contradict each other. */
function combine(first: Way, second: Way, context: Context): Way | undefined {
  const ranges = new Map(first.ranges);
  for (const [key, interval] of second.ranges) {
    const existing = ranges.get(key);
    const both = existing === undefined ? interval : intersect(existing, interval);
    if (existing !== undefined && both === undefined) {
      const quantity = quantityOf(key, context.index);
      context.reasons.add(
        `${quantity.name} cannot be ${describeInterval(existing, quantity.range)} and ${describeInterval(interval, quantity.range)} at once`,
      );
      return undefined;
    }
    if (both !== undefined) ranges.set(key, both);
  }
  const facts = new Map(first.facts);
  for (const [fact, holds] of second.facts) {
    if (facts.get(fact) === !holds) {
      context.reasons.add(`it asks both that ${fact} and that it was not`);
      return undefined;
    }
    facts.set(fact, holds);
  }
  return { ranges, facts };
}

function quantityOf(key: string, index: ScenarioIndex): Quantity {
  if (key === MOVE_KEY) return { name: 'the move', range: { low: 0, high: index.lastMove } };
  const id = key.slice('track:'.length);
  const track = index.tracks.get(id);
  const range =
    track === undefined ? { low: -Infinity, high: Infinity } : { low: track.min, high: track.max };
  return { name: `track "${id}"`, range };
}

function anyWay(): Way {
  return { ranges: new Map(), facts: new Map() };
}

function factWay(fact: string, holds: boolean): Way {
  return { ranges: new Map(), facts: new Map([[fact, holds]]) };
}

function intersect(first: Interval, second: Interval): Interval | undefined {
  const low = Math.max(first.low, second.low);
  const high = Math.min(first.high, second.high);
  return low <= high ? { low, high } : undefined;
}

/** "at least 5", "at most 3", "between 2 and 4", "exactly 6"; ends of the range go unsaid. */
function describeInterval(interval: Interval, range: Interval): string {
  const hasLow = interval.low > range.low;
  const hasHigh = interval.high < range.high;
  if (hasLow && hasHigh) {
    return interval.low === interval.high
      ? `exactly ${interval.low}`
      : `between ${interval.low} and ${interval.high}`;
  }
  if (hasLow) return `at least ${interval.low}`;
  if (hasHigh) return `at most ${interval.high}`;
  return 'anything';
}
