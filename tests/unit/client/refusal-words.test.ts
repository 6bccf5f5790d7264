import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  declaredDetail,
  REFUSAL_REASONS,
  type AckError,
  type Language,
  type RefusalReason,
} from '@borderline/shared';
import { refusalText } from '../../../client/src/components/refusal-words';
import { namesOf } from '../../../client/src/exercise/view-names';
import { initI18n } from '../../../client/src/i18n/init-i18n';
import { resources } from '../../../client/src/i18n/resources';
import { scenario, viewAt } from './support/game-views';

const REASONS = Object.keys(REFUSAL_REASONS) as RefusalReason[];
const LANGUAGES: Language[] = ['en', 'es'];
const sentences = (language: Language): Record<string, string> =>
  resources[language].translation.refusal;

/** The keys of a reason's sentences: itself, its plural forms, its `_current` context. */
const keysOf = (language: Language, reason: RefusalReason) =>
  Object.keys(sentences(language)).filter(
    (key) => key === reason || new RegExp(`^${reason}_(zero|one|other|many|current)$`).test(key),
  );

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*([\w.]+)/g)].map((match) => match[1] ?? '');

const view = viewAt('facilitator', 'adjudication', 1);
const words = (error: AckError, language: Language, named = true) => {
  const t = i18next.getFixedT(language);
  return refusalText(error, t, language, named ? namesOf(view, language, t) : null);
};
const refused = (reason: RefusalReason, detail?: AckError['detail']): AckError => ({
  code: REFUSAL_REASONS[reason].code,
  message: `An English message about ${reason}`,
  reason,
  ...(detail === undefined ? {} : { detail }),
});
const team = (id: string, language: Language) => {
  const found = scenario.teams.find((candidate) => candidate.id === id);
  return (language === 'es' ? found?.name.es : found?.name.en) ?? id;
};

describe('every refusal reason', () => {
  it.each(LANGUAGES)('has a sentence in %s, with every plural form a count needs', (language) => {
    const missing = REASONS.filter((reason) => {
      const keys = keysOf(language, reason);
      if (keys.includes(reason)) return false;
      const forms = language === 'es' ? ['one', 'other', 'many'] : ['one', 'other'];
      return !forms.every((form) => keys.includes(`${reason}_${form}`));
    });
    expect(missing).toEqual([]);
  });

  it('has no sentence for a reason the server does not give', () => {
    for (const language of LANGUAGES) {
      const known = new Set(REASONS.flatMap((reason) => keysOf(language, reason)));
      expect(Object.keys(sentences(language)).filter((key) => !known.has(key))).toEqual([]);
    }
  });

  it('uses in its sentences only the detail its reason always carries', () => {
    const problems = LANGUAGES.flatMap((language) =>
      REASONS.flatMap((reason) => {
        const declared: string[] = [...declaredDetail(reason)];
        if (declared.some((field) => ['limit', 'teams', 'actions'].includes(field))) {
          declared.push('count');
        }
        return keysOf(language, reason).flatMap((key) => {
          const allowed = key.endsWith('_current') ? [...declared, 'current'] : declared;
          return placeholders(sentences(language)[key] ?? '')
            .filter((name) => !allowed.includes(name))
            .map((name) => `${key} [${language}]: {{${name}}}`);
        });
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('a refusal in the words of its reader', () => {
  beforeAll(() => initI18n());

  it('names the teams whose turn it is, in Spanish and English', () => {
    const error = refused('not-their-turn', { team: 'mexico-city', current: 'washington' });
    expect(words(error, 'es')).toBe(
      `Ahora es el turno de ${team('washington', 'es')}, no de ${team('mexico-city', 'es')}.`,
    );
    expect(words(error, 'en')).toBe(
      `It is the turn of ${team('washington', 'en')}, not of ${team('mexico-city', 'en')}.`,
    );
    expect(words(refused('not-their-turn', { team: 'cartels' }), 'es')).toBe(
      'Ahora no es el turno de los cárteles.',
    );
  });

  it('says a limit with the plural of its count', () => {
    const covert = (limit: number, given: number) => refused('max-covert', { limit, given });
    expect(words(covert(0, 1), 'es')).toBe('Este escenario no permite acciones encubiertas.');
    expect(words(covert(1, 2), 'es')).toBe(
      'Como máximo 1 acción encubierta por ronda; esta decisión juega 2.',
    );
    expect(words(covert(2, 3), 'en')).toBe(
      'At most 2 covert actions per move; this decision plays 3.',
    );
  });

  it('names cards, tracks and played actions, never their ids', () => {
    const card = scenario.actions[0];
    const track = scenario.tracks[0];
    const action = view.control?.review?.results[0];
    if (card === undefined || track === undefined || action === undefined) {
      throw new Error('The recorded game has no card, track or action under review.');
    }
    const cases: AckError[] = [
      refused('prerequisite-unmet', { card: card.id }),
      refused('out-of-range', { track: track.id, min: track.min, max: track.max }),
      refused('freeform-odds-missing', { actions: [action.id] }),
      refused('not-their-card', { card: card.id, owner: card.team, team: 'washington' }),
    ];
    for (const error of cases) {
      for (const language of LANGUAGES) {
        const text = words(error, language);
        for (const id of [card.id, track.id, action.id]) expect(text).not.toContain(id);
      }
    }
    expect(words(cases[0] as AckError, 'es')).toBe(
      `Aún no se cumplen las condiciones de «${card.name.es ?? card.name.en}».`,
    );
    expect(words(cases[1] as AckError, 'es')).toBe(
      `${track.name.es ?? track.name.en} admite valores enteros de ${track.min} a ${track.max}.`,
    );
  });

  it('names the phase it is in', () => {
    expect(words(refused('wrong-phase', { phase: 'decisions' }), 'es')).toBe(
      'No es posible en esta fase (ahora: Decisiones).',
    );
  });

  it('falls back to the summary where no names can word its ids', () => {
    expect(words(refused('seat-occupied', { team: 'cartels' }), 'es', false)).toBe(
      'No es posible ahora',
    );
    expect(words(refused('lobby-locked'), 'es', false)).toBe(
      'Control ha cerrado la entrada al ejercicio; pida a Control que le deje entrar.',
    );
  });

  it('shows the server’s English only on an English page, where it has no reason', () => {
    const parse: AckError = { code: 'invalid-message', message: 'text: expected a string' };
    expect(words(parse, 'es')).toBe('Algo de lo que envió no es válido');
    expect(words(parse, 'en')).toBe(
      'Something in what you sent is not valid: text: expected a string',
    );
    expect(words(refused('exercise-ended'), 'en')).toBe('The exercise has ended.');
  });
});
