import i18next from 'i18next';
import type { ConditionTrace, Language } from '@borderline/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { conditionText, reasonsItHolds } from '../../../client/src/components/condition-words';
import { namesOf } from '../../../client/src/exercise/view-names';
import { initI18n } from '../../../client/src/i18n/init-i18n';
import { viewAt } from './support/game-views';

const view = viewAt('facilitator', 'results', 2);
const words = (trace: ConditionTrace, language: Language = 'en') => {
  const t = i18next.getFixedT(language);
  return conditionText(trace, t, namesOf(view, language, t));
};

const trust: ConditionTrace = {
  holds: true,
  text: 'bilateral-trust is 0 (needs at most 0)',
  fact: { type: 'track', track: 'bilateral-trust', value: 0, atMost: 0 },
};
const escalation: ConditionTrace = {
  holds: false,
  text: 'escalation is 2 (needs at least 6)',
  fact: { type: 'track', track: 'escalation', value: 2, atLeast: 6 },
};
const strike: ConditionTrace = {
  holds: true,
  text: 'overt-unilateral-strike was played',
  fact: { type: 'action', card: 'overt-unilateral-strike', outcome: 'any', thisMove: false },
};

describe('conditions in the words of the reader', () => {
  beforeAll(() => {
    initI18n();
  });

  it('names the track and says what it must be, in English and Spanish', () => {
    expect(words(trust)).toBe('Bilateral trust is 0 (must be at most 0)');
    expect(words(trust, 'es')).toBe('Confianza bilateral está en 0 (debe ser como máximo 0)');
    expect(words(escalation)).toBe('Escalation is 2 (must be at least 6)');
    expect(
      words({
        holds: true,
        text: 'move is 2 (needs between 1 and 3)',
        fact: { type: 'move', value: 2, atLeast: 1, atMost: 3 },
      }),
    ).toBe('This is move 2 (must be between 1 and 3)');
  });

  it('names cards and injects, whether or not the part holds', () => {
    expect(words(strike)).toMatch(/^“.+” was played$/);
    expect(words(strike)).not.toContain('overt-unilateral-strike');
    expect(
      words({
        holds: false,
        text: 'x',
        fact: {
          type: 'action',
          card: 'overt-unilateral-strike',
          outcome: 'success',
          thisMove: true,
        },
      }),
    ).toMatch(/^“.+” did not succeed this move$/);
    const inject = view.control?.injectDeck[0];
    expect(
      words({ holds: true, text: 'x', fact: { type: 'inject', inject: inject?.id ?? '' } }, 'es'),
    ).toBe(`Se publicó «${inject?.title.es}»`);
  });

  it('keeps the engine’s sentence for a record kept before the data existed', () => {
    expect(words({ holds: true, text: 'trust is 1 (needs at most 1)' })).toBe(
      'trust is 1 (needs at most 1)',
    );
  });

  it('gives the parts that make an ending hold: the holding ones of an "any", all of an "all"', () => {
    const any: ConditionTrace = {
      holds: true,
      text: 'one of these holds',
      fact: { type: 'any' },
      children: [escalation, strike],
    };
    expect(reasonsItHolds(any)).toEqual([strike]);
    const all: ConditionTrace = {
      holds: true,
      text: 'all of these hold',
      fact: { type: 'all' },
      children: [trust, any],
    };
    expect(reasonsItHolds(all)).toEqual([trust, strike]);
    expect(reasonsItHolds({ ...any, holds: false, children: [escalation] })).toEqual([]);
    // A negation stands for itself, worded with what it denies.
    const not: ConditionTrace = {
      holds: true,
      text: 'this does not hold',
      fact: { type: 'not' },
      children: [escalation],
    };
    expect(reasonsItHolds(not)).toEqual([not]);
    expect(words(not)).toBe('Not so: Escalation is 2 (must be at least 6)');
  });
});
