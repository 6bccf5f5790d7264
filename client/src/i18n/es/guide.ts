import type { UiStrings } from '../en';
import type { guideEn } from '../en/guide';

export const guideEs: UiStrings<'many', typeof guideEn> = {
  title: 'Preguntas de esta etapa',
  controlTitle: 'Preguntas de esta etapa, por orden de prioridad',
  objective: 'Objetivo {{number}}',
  askedEnding: 'Para este final',
  askedCourse: 'Por cómo transcurrió el juego',
  notes: 'Nota para Control:',
  cards_one: '{{count}} pregunta más, de la carta publicada en este juego',
  cards_many: '{{count}} preguntas más, de las cartas publicadas en este juego',
  cards_other: '{{count}} preguntas más, de las cartas publicadas en este juego',
  cardsOnScreens_one: 'Y {{count}} pregunta de las cartas, en sus pantallas.',
  cardsOnScreens_many: 'Y {{count}} preguntas de las cartas, en sus pantallas.',
  cardsOnScreens_other: 'Y {{count}} preguntas de las cartas, en sus pantallas.',
  moreOnScreens_one: '{{count}} pregunta más en sus pantallas.',
  moreOnScreens_many: '{{count}} preguntas más en sus pantallas.',
  moreOnScreens_other: '{{count}} preguntas más en sus pantallas.',
  rest_one: '{{count}} pregunta más de esta etapa',
  rest_many: '{{count}} preguntas más de esta etapa',
  rest_other: '{{count}} preguntas más de esta etapa',
  from: 'De «{{card}}»',
  reportStage: 'Guion del debate final: {{stage}}',
  reportCards: 'Las preguntas de las cartas publicadas',
};
