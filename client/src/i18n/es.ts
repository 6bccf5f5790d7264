import type { UiStrings } from './en';
import { commonEs } from './es/common';
import { startEs } from './es/start';
import { joinEs } from './es/join';
import { lobbyEs } from './es/lobby';
import { teamEs } from './es/team';
import { controlEs } from './es/control';
import { screenEs } from './es/screen';
import { hotwashEs } from './es/hotwash';
import { guideEs } from './es/guide';
import { reportEs } from './es/report';
import { replayEs } from './es/replay';
import { assessmentEs } from './es/assessment';
import { refusalEs } from './es/refusal';
import { materialsEs } from './es/materials';
import { quizEs } from './es/quiz';
import { whatIfEs } from './es/what-if';

/** The page's own words in Spanish; the type demands every key English has (and `_many` plurals), no other. */
export const es: UiStrings<'many'> = {
  common: commonEs,
  start: startEs,
  join: joinEs,
  lobby: lobbyEs,
  team: teamEs,
  control: controlEs,
  screen: screenEs,
  hotwash: hotwashEs,
  guide: guideEs,
  report: reportEs,
  replay: replayEs,
  assessment: assessmentEs,
  refusal: refusalEs,
  materials: materialsEs,
  quiz: quizEs,
  whatIf: whatIfEs,
  tagline: 'Un ejercicio de crisis de mesa multijugador para seminarios y equipos a distancia.',
  language: 'Idioma',
  catalogue: {
    scenarios: 'Escenarios',
    loading: 'Cargando escenarios…',
    failed: 'No se pudieron cargar los escenarios: {{message}}',
    none: 'Este servidor no tiene ningún escenario instalado.',
  },
  scenario: {
    audience: 'Para',
    players: 'Participantes',
    duration: 'Sesión',
    minutes_one: 'aproximadamente {{count}} minuto',
    minutes_other: 'unos {{count}} minutos',
    minutes_many: 'unos {{count}} minutos',
    moves: 'Rondas',
    moveCount_one: '{{count}} ronda',
    moveCount_other: '{{count}} rondas',
    moveCount_many: '{{count}} rondas',
    moveCount_practice_one: '{{count}} ronda, tras una ronda de práctica',
    moveCount_practice_other: '{{count}} rondas, tras una ronda de práctica',
    moveCount_practice_many: '{{count}} rondas, tras una ronda de práctica',
    objectives: 'Objetivos de aprendizaje',
    objectiveKind: { knowledge: 'Conocimiento', skill: 'Habilidad', attitude: 'Actitud' },
    teams: 'Equipos',
    source: 'Fuente',
  },
  connection: {
    idle: 'Sin conexión',
    connecting: 'Conectando…',
    connected: 'Conectado',
    reconnecting: 'Conexión perdida, reconectando…',
    offline: 'Sin red: esperando la conexión',
    refused: 'Acceso denegado: {{message}}',
    lastConnected: 'última conexión a las {{time}}',
    reason: {
      'seat-removed': 'Control le ha retirado de este ejercicio.',
      'exercise-deleted': 'Control ha eliminado este ejercicio.',
    },
  },
};
