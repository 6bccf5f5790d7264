import type { Language } from '@borderline/shared';

type ObjectiveKind = 'knowledge' | 'skill' | 'attitude';

interface UiText {
  tagline: string;
  scenarios: string;
  loading: string;
  failed: (message: string) => string;
  none: string;
  audience: string;
  players: string;
  duration: string;
  minutes: (n: number) => string;
  moves: string;
  moveCount: (n: number, practice: boolean) => string;
  objectives: string;
  objectiveKind: Record<ObjectiveKind, string>;
  teams: string;
  source: string;
  language: string;
}

/** The page's own words in each language; the scenario brings its own translations. */
export const ui: Record<Language, UiText> = {
  en: {
    tagline: 'A multiplayer tabletop crisis exercise for seminars and remote teams.',
    scenarios: 'Scenarios',
    loading: 'Loading scenarios…',
    failed: (message) => `The scenarios could not be loaded: ${message}`,
    none: 'No scenario is installed on this server.',
    audience: 'For',
    players: 'Players',
    duration: 'Session',
    minutes: (n) => `about ${n} minutes`,
    moves: 'Moves',
    moveCount: (n, practice) => (practice ? `${n} moves, after a practice move` : `${n} moves`),
    objectives: 'Learning objectives',
    objectiveKind: { knowledge: 'Knowledge', skill: 'Skill', attitude: 'Attitude' },
    teams: 'Teams',
    source: 'Source',
    language: 'Language',
  },
  es: {
    tagline: 'Un ejercicio de crisis de mesa multijugador para seminarios y equipos a distancia.',
    scenarios: 'Escenarios',
    loading: 'Cargando escenarios…',
    failed: (message) => `No se pudieron cargar los escenarios: ${message}`,
    none: 'Este servidor no tiene ningún escenario instalado.',
    audience: 'Para',
    players: 'Participantes',
    duration: 'Sesión',
    minutes: (n) => `unos ${n} minutos`,
    moves: 'Rondas',
    moveCount: (n, practice) =>
      practice ? `${n} rondas, tras una ronda de práctica` : `${n} rondas`,
    objectives: 'Objetivos de aprendizaje',
    objectiveKind: { knowledge: 'Conocimiento', skill: 'Habilidad', attitude: 'Actitud' },
    teams: 'Equipos',
    source: 'Fuente',
    language: 'Idioma',
  },
};
