import type { UiStrings } from '../en';
import type { guideEn } from '../en/guide';

export const guideEs: UiStrings<'many', typeof guideEn> = {
  title: 'Preguntas de esta etapa',
  controlTitle: 'Preguntas de esta etapa, por orden de prioridad',
  objective: 'Objetivo {{number}}',
  askedEnding: 'Para este final',
  askedCourse: 'Por cómo transcurrió el juego',
  notes: 'Nota para Control:',
  cards_one: '{{count}} pregunta más, de la carta que recibieron en este juego',
  cards_many: '{{count}} preguntas más, de las cartas que recibieron en este juego',
  cards_other: '{{count}} preguntas más, de las cartas que recibieron en este juego',
  cardsControl_one:
    '{{count}} pregunta más, de la carta publicada en este juego (cada equipo ve las de las cartas que recibió)',
  cardsControl_many:
    '{{count}} preguntas más, de todas las cartas publicadas en este juego (cada equipo ve las de las cartas que recibió)',
  cardsControl_other:
    '{{count}} preguntas más, de todas las cartas publicadas en este juego (cada equipo ve las de las cartas que recibió)',
  cardsOnScreens: 'Las preguntas de las cartas que recibió cada equipo están en sus pantallas.',
  allOnScreens_one:
    'La pregunta de esta etapa está en sus pantallas, con las de las cartas que recibió cada equipo.',
  allOnScreens_many:
    'Las {{count}} preguntas de esta etapa están en sus pantallas, con las de las cartas que recibió cada equipo.',
  allOnScreens_other:
    'Las {{count}} preguntas de esta etapa están en sus pantallas, con las de las cartas que recibió cada equipo.',
  rest_one: '{{count}} pregunta más de esta etapa',
  rest_many: '{{count}} preguntas más de esta etapa',
  rest_other: '{{count}} preguntas más de esta etapa',
  from: 'De «{{card}}»',
  reportStage: 'Guion del debate final: {{stage}}',
  reportCards: 'Las preguntas de las cartas publicadas',
};
