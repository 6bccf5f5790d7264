import { commonEn } from './en/common';
import { startEn } from './en/start';
import { joinEn } from './en/join';
import { lobbyEn } from './en/lobby';
import { teamEn } from './en/team';
import { controlEn } from './en/control';
import { screenEn } from './en/screen';
import { hotwashEn } from './en/hotwash';
import { guideEn } from './en/guide';
import { reportEn } from './en/report';
import { replayEn } from './en/replay';
import { assessmentEn } from './en/assessment';
import { refusalEn } from './en/refusal';
import { materialsEn } from './en/materials';
import { quizEn } from './en/quiz';
import { whatIfEn } from './en/what-if';

/**
 * The page's own words in English, the reference language: its shape types
 * every other language and the keys of `t()`. Plurals use i18next's `_one` /
 * `_other` suffixes (chosen by Intl.PluralRules) and contexts the `_practice`
 * suffix; the scenario brings its own translations (see localize.ts). Each
 * screen keeps its words in its own file (en/<screen>.ts, es/<screen>.ts).
 */
export const en = {
  common: commonEn,
  start: startEn,
  join: joinEn,
  lobby: lobbyEn,
  team: teamEn,
  control: controlEn,
  screen: screenEn,
  hotwash: hotwashEn,
  guide: guideEn,
  report: reportEn,
  replay: replayEn,
  assessment: assessmentEn,
  refusal: refusalEn,
  materials: materialsEn,
  quiz: quizEn,
  whatIf: whatIfEn,
  tagline: 'A multiplayer tabletop crisis exercise for seminars and remote teams.',
  language: 'Language',
  catalogue: {
    scenarios: 'Scenarios',
    loading: 'Loading scenarios…',
    failed: 'The scenarios could not be loaded: {{message}}',
    none: 'No scenario is installed on this server.',
  },
  scenario: {
    audience: 'For',
    players: 'Players',
    duration: 'Session',
    minutes_one: 'about {{count}} minute',
    minutes_other: 'about {{count}} minutes',
    moves: 'Moves',
    moveCount_one: '{{count}} move',
    moveCount_other: '{{count}} moves',
    moveCount_practice_one: '{{count}} move, after a practice move',
    moveCount_practice_other: '{{count}} moves, after a practice move',
    objectives: 'Learning objectives',
    objectiveKind: { knowledge: 'Knowledge', skill: 'Skill', attitude: 'Attitude' },
    teams: 'Teams',
    source: 'Source',
  },
  connection: {
    idle: 'Not connected',
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Connection lost, reconnecting…',
    offline: 'Offline: waiting for the network',
    refused: 'Not admitted: {{message}}',
    lastConnected: 'last connected at {{time}}',
    reason: {
      'seat-removed': 'Control removed you from this exercise.',
      'exercise-deleted': 'Control deleted this exercise.',
    },
  },
} as const;

/**
 * The same keys with any text: what every other language must provide, plus
 * the plural forms English lacks (`Extra`: Spanish needs `_many`, used for
 * round millions, or i18next would show the bare key).
 */
export type UiStrings<Extra extends string = never, T = typeof en> = {
  -readonly [K in keyof T]: T[K] extends string ? string : UiStrings<Extra, T[K]>;
} & {
  -readonly [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${Extra}` : never]: string;
};
