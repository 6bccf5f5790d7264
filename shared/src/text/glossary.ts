/**
 * One term per concept, in every language the page speaks: the UI strings,
 * the scenarios' texts and the report's words all say a concept the same
 * way. `wrong` lists the variants that crept in before (whole words or
 * phrases; any case, unless the variant holds a capital: "el Control" is
 * wrong, "el control de su territorio" is not); tests/unit/text/one-voice.test.ts
 * fails on any of them.
 */
export interface GlossaryTerm {
  concept: string;
  en: string;
  es: string;
  /** Why this term and not another: one line. */
  why: string;
  wrong: { en: readonly string[]; es: readonly string[] };
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    concept: 'move: one pass of every team through injects, deliberation, decisions and results',
    en: 'move',
    es: 'ronda',
    why: 'Every team plays in it, so Spanish says "ronda"; a "jugada" is one player’s single play, and "turno" is already one team’s turn to decide.',
    wrong: { en: ['round', 'rounds'], es: ['jugada', 'jugadas'] },
  },
  {
    concept:
      'hotwash: the closing phase where the group looks back and each person writes a reflection',
    en: 'hotwash',
    es: 'debate final',
    why: 'Plain Spanish for what the room does; the calques "evaluación/balance en caliente" read as grading, and the scenario’s formats already said "debate final".',
    wrong: {
      en: ['debrief'],
      es: [
        'hotwash',
        'balance en caliente',
        'evaluación en caliente',
        'evaluación final',
        'sesión de reflexión',
      ],
    },
  },
  {
    concept: 'inject: a card Control releases (news, intelligence brief, leak, cable, statement)',
    en: 'inject',
    es: 'novedad',
    why: 'What a team receives is news to it; "tarjeta" and "evento" were used for the same card, and "evento" also meant a log entry.',
    wrong: {
      en: [],
      es: [
        'tarjeta de novedades',
        'tarjetas de novedades',
        'tarjetas iniciales',
        'evento',
        'eventos',
      ],
    },
  },
  {
    concept: 'log event: one accepted command in the exercise’s record',
    en: 'event',
    es: 'suceso',
    why: 'Control’s log already said "suceso"; "evento" is kept out so that it cannot be read as an inject.',
    wrong: { en: [], es: ['evento', 'eventos'] },
  },
  {
    concept: 'action card: what a team plays',
    en: 'action card',
    es: 'carta de acción',
    why: 'A card of a game is a "carta" in Spanish; "tarjeta" (a business or credit card) was used for the same thing.',
    wrong: { en: [], es: ['tarjeta', 'tarjetas'] },
  },
  {
    concept: 'player: a person seated in a team',
    en: 'player',
    es: 'participante',
    why: 'Seminar students take part in an exercise rather than play a match; "jugador" was used beside it for the same people.',
    wrong: { en: [], es: ['jugador', 'jugadores', 'jugadora', 'jugadoras'] },
  },
  {
    concept: 'lead: the player who submits the team’s decision',
    en: 'lead',
    es: 'líder',
    why: 'Short enough for a badge and used by Control’s roster; "responsable" was used once for the same seat.',
    wrong: { en: [], es: ['responsable'] },
  },
  {
    concept: 'briefing: the opening phase and the team’s information for it',
    en: 'briefing',
    es: 'sesión informativa',
    why: '"Informe" is the after-action report; the briefing is a session, as the timing settings said.',
    wrong: { en: [], es: ['informe inicial', 'informe breve'] },
  },
  {
    concept: 'narrative: what Control writes about a move',
    en: 'narrative',
    es: 'relato',
    why: 'Control’s console said "relato"; "narración" was used elsewhere for the same text.',
    wrong: { en: ['narration'], es: ['narración'] },
  },
  {
    concept: 'hold: a team plays nothing this move',
    en: 'hold',
    es: 'abstenerse',
    why: '"Esperar" already means waiting for another team’s turn on the same screens; "abstenerse" cannot be misread.',
    wrong: { en: [], es: ['esperó', 'espera:'] },
  },
  {
    concept: 'cost: what an action card costs whatever its outcome',
    en: 'cost',
    es: 'costo',
    why: 'The scenario is set in Mexico, where "costo" is the word; the report said "costes" beside the team room’s "costo".',
    wrong: { en: [], es: ['coste', 'costes'] },
  },
  {
    concept: 'score: the points a team earns for its objectives',
    en: 'score',
    es: 'puntuación',
    why: 'The team room and the report already said "puntuación"; the hotwash said "puntaje" for the same points.',
    wrong: { en: [], es: ['puntaje', 'puntajes'] },
  },
  {
    concept: 'ending: how the exercise ends (a scenario’s ending or Control’s)',
    en: 'ending',
    es: 'desenlace',
    why: 'Control’s console said "desenlace"; "final" is kept for the last point of a track.',
    wrong: { en: [], es: ['final anticipado'] },
  },
  {
    concept: 'join code: the six characters players type to join',
    en: 'join code',
    es: 'código de acceso',
    why: 'The start page and Control’s console said "código de acceso".',
    wrong: { en: [], es: ['código para unirse'] },
  },
  {
    concept: 'Control: the facilitator, named as a person (no article)',
    en: 'Control',
    es: 'Control',
    why: 'A name, like a person’s: "Control decide", never "el Control"; its link, key and console are "de Control".',
    wrong: {
      en: ['the Control'],
      es: [
        'el Control',
        'del Control',
        'al Control',
        'enlace de facilitación',
        'enlace de facilitador',
        'clave de facilitación',
        'clave de facilitador',
        'consola de facilitación',
        'navegador de facilitación',
      ],
    },
  },
  {
    concept: 'knowledge check: the short quiz the players answer before play and in the hotwash',
    en: 'knowledge check',
    es: 'cuestionario de conocimientos',
    why: 'The players’ screens call it "cuestionario de conocimientos": the report and the grades say the same, not "prueba".',
    wrong: { en: ['knowledge test'], es: ['prueba de conocimientos'] },
  },
  {
    concept: 'the real relationship: what the hotwash ties the game back to (its third stage)',
    en: 'the real relationship',
    es: 'la relación real',
    why: 'The hotwash stage is "What it means for the real relationship": the report labels its reflections the same way.',
    wrong: { en: ['the real world'], es: ['el mundo real'] },
  },
];
