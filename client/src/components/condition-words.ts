import type { TFunction } from 'i18next';
import type { ConditionFact, ConditionTrace } from '@borderline/shared';
import type { Names } from '../exercise/view-names';

type Bounded = { atLeast?: number | undefined; atMost?: number | undefined };

function wanted({ atLeast, atMost }: Bounded, t: TFunction): string {
  if (atLeast !== undefined && atMost !== undefined)
    return t('common.condition.between', { min: atLeast, max: atMost });
  if (atLeast !== undefined) return t('common.condition.atLeast', { value: atLeast });
  return t('common.condition.atMost', { value: atMost ?? '' });
}

const ACTION_KEYS = {
  any: ['common.condition.played', 'common.condition.notPlayed'],
  success: ['common.condition.succeeded', 'common.condition.notSucceeded'],
  failure: ['common.condition.failed', 'common.condition.notFailed'],
} as const;

function factText(fact: ConditionFact, trace: ConditionTrace, t: TFunction, names: Names): string {
  const { holds } = trace;
  switch (fact.type) {
    case 'always':
      return t('common.condition.always');
    case 'track':
      return fact.value === null
        ? t('common.condition.trackUnknown', { track: names.track(fact.track) })
        : t('common.condition.track', {
            track: names.track(fact.track),
            value: fact.value,
            wanted: wanted(fact, t),
          });
    case 'move':
      return t('common.condition.move', { value: fact.value, wanted: wanted(fact, t) });
    case 'action': {
      const [yes, no] = ACTION_KEYS[fact.outcome];
      const text = t(holds ? yes : no, { card: names.card(fact.card) });
      return fact.thisMove ? t('common.condition.thisMove', { text }) : text;
    }
    case 'inject':
      return t(holds ? 'common.condition.released' : 'common.condition.notReleased', {
        inject: names.inject(fact.inject),
      });
    case 'all':
      return holds ? t('common.condition.allHold') : t('common.condition.notAllHold');
    case 'any':
      return holds ? t('common.condition.anyHolds') : t('common.condition.noneHolds');
    case 'not': {
      const inner = trace.children?.[0];
      return t('common.condition.not', {
        text: inner === undefined ? '' : conditionText(inner, t, names),
      });
    }
  }
}

/**
 * One part of a condition in the reader's words, with the track's, card's
 * or inject's name: "Bilateral trust is 0 (must be at most 0)". A record
 * kept before the engine sent the data keeps the engine's own sentence.
 */
export function conditionText(trace: ConditionTrace, t: TFunction, names: Names): string {
  return trace.fact === undefined ? trace.text : factText(trace.fact, trace, t, names);
}

/** Whether a part's children are listed under it ("at least one of these holds: …"). */
export function listsChildren(trace: ConditionTrace): boolean {
  return trace.fact?.type !== 'not' && (trace.children?.length ?? 0) > 0;
}

/**
 * The parts that make a condition hold, innermost first: every holding part
 * of an "all", the holding ones of an "any"; a part without holding parts
 * under it (a track, an action, a negation) stands for itself. Empty when
 * the condition does not hold.
 */
export function reasonsItHolds(trace: ConditionTrace): ConditionTrace[] {
  if (!trace.holds) return [];
  if (trace.fact?.type === 'not') return [trace];
  const holding = (trace.children ?? []).filter((child) => child.holds);
  return holding.length === 0 ? [trace] : holding.flatMap(reasonsItHolds);
}
