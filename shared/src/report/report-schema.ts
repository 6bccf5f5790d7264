import { z } from 'zod';
import { WhatIfAnalysis } from '../protocol/what-if';
import {
  LearningObjectiveKind,
  ReportCard,
  ReportCause,
  ReportChange,
  ReportQuestion,
  ReportTeam,
  ReportText,
  ReportTrace,
  ReportTrack,
  ReportTracks,
} from './report-parts';
import { ReportImprovement, ReportLessonsByObjective } from './report-evidence';
import { ReportMove, ReportNote } from './report-timeline';

/**
 * Bumped when the report's shape changes, so an old export is recognised as
 * such. 3: the report opens with the lessons by objective and the
 * improvement plan, and its key decision points are decisions.
 */
export const REPORT_VERSION = 3;

const Participant = z.strictObject({
  id: z.string(),
  name: z.string(),
  isLead: z.boolean(),
  isBot: z.boolean(),
});

/** Scenario, date, duration, who took part and what the session was meant to teach. */
export const ReportOverview = z.strictObject({
  exerciseId: z.string(),
  scenario: z.strictObject({
    id: z.string(),
    version: z.number(),
    title: ReportText,
    summary: ReportText,
    audience: ReportText,
  }),
  source: z.strictObject({
    publication: z.string(),
    title: z.string(),
    author: z.string(),
    year: z.number(),
  }),
  /** When Control started the exercise, and when it ended (epoch ms); null if it never did. */
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  durationMinutes: z.number().nullable(),
  practicePlayed: z.boolean(),
  /** Scored moves whose results were published, of those the format plays. */
  movesPlayed: z.number(),
  movesPlanned: z.number(),
  /** The teams decided each move at once (the format's mode): no order of submission to tell. */
  decidedAtOnce: z.boolean(),
  timing: z.strictObject({
    briefingMinutes: z.number(),
    deliberationMinutes: z.number(),
    decisionMinutes: z.number(),
    hotwashMinutes: z.number(),
  }),
  /** One group per team in the scenario's order, then the observers (team null). */
  participants: z.array(
    z.strictObject({
      team: z.string().nullable(),
      seat: z.enum(['human', 'bot', 'empty']).nullable(),
      players: z.array(Participant),
    }),
  ),
  learningObjectives: z.array(
    z.strictObject({ id: z.string(), kind: LearningObjectiveKind, text: ReportText }),
  ),
});
export type ReportOverview = z.infer<typeof ReportOverview>;

export const ReportEnding = z.strictObject({
  id: z.string().nullable(),
  /** early: a condition ended play before the last move; facilitator: Control ended it. */
  kind: z.enum(['early', 'final', 'facilitator']),
  title: ReportText.nullable(),
  text: ReportText.nullable(),
  move: z.number(),
  at: z.number(),
  /** Control's reason when Control ended the exercise. */
  reason: z.string().nullable(),
  trace: ReportTrace.nullable(),
  dilemma: z
    .strictObject({
      team: z.string(),
      prompt: ReportText,
      option: z.strictObject({ id: z.string(), label: ReportText, text: ReportText }).nullable(),
      changes: z.array(ReportChange),
    })
    .nullable(),
});
export type ReportEnding = z.infer<typeof ReportEnding>;

/**
 * One moment of play that moved the tracks: a played action, an inject, a
 * dilemma's answer or Control's track override (see `momentsOf`).
 */
export const ReportMoment = z.strictObject({
  move: z.number(),
  cause: ReportCause,
  /** Its net change of each track it moved. */
  changes: z.array(ReportChange),
  /** The sum, over those tracks, of the change's share of the track's range. */
  shift: z.number(),
});
export type ReportMoment = z.infer<typeof ReportMoment>;

export const ReportKeyDecisions = z.strictObject({
  team: z.string(),
  /** The team's actions that moved the tracks furthest (at most three), in the order of play. */
  decisions: z.array(ReportMoment),
});
export type ReportKeyDecisions = z.infer<typeof ReportKeyDecisions>;

/** The facts an executive summary is written from (each reader's language words them). */
export const ReportSummary = z.strictObject({
  ending: ReportEnding.nullable(),
  /** The tracks that moved most from the start to the end, largest first (at most three). */
  largestChanges: z.array(ReportChange),
  objectives: z.array(
    z.strictObject({
      team: z.string(),
      met: z.number(),
      total: z.number(),
      earned: z.number(),
      possible: z.number(),
      score: z.number(),
    }),
  ),
  counts: z.strictObject({
    injects: z.number(),
    decisions: z.number(),
    actions: z.number(),
    overrides: z.number(),
  }),
  /** The moments that moved the tracks furthest, largest first (at most three). */
  turningPoints: z.array(ReportMoment),
  /** One entry per team, in the scenario's order. */
  keyDecisions: z.array(ReportKeyDecisions),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

/** One point of the tracks' history: the start, after each move, and the end. */
export const ReportTrackPoint = z.strictObject({
  label: z.enum(['start', 'after-move', 'practice-reset', 'final']),
  move: z.number(),
  /** Points of the unscored practice move (its effects are undone before move 1). */
  practice: z.boolean(),
  values: ReportTracks,
});
export type ReportTrackPoint = z.infer<typeof ReportTrackPoint>;

export const ReportTeamScore = z.strictObject({
  team: z.string(),
  earned: z.number(),
  possible: z.number(),
  score: z.number(),
  objectives: z.array(
    z.strictObject({
      id: z.string(),
      text: ReportText,
      visibility: z.enum(['public', 'secret']),
      weight: z.number(),
      met: z.boolean(),
      why: ReportTrace,
    }),
  ),
});
export type ReportTeamScore = z.infer<typeof ReportTeamScore>;

/** One action of a key decision, and how it came out. */
const ChosenAction = z.strictObject({
  card: ReportCard.nullable(),
  /** A free-form action's description (null for a card). */
  freeform: z.string().nullable(),
  outcome: z.enum(['success', 'failure', 'vetoed', 'pending']),
});

/** A key decision: who chose what, what else was open, and what followed. */
export const ReportKeyDecision = z.strictObject({
  move: z.number(),
  team: z.string(),
  /** The player who submitted it (the team's lead, usually); null for a bot or the clock. */
  by: z.string().nullable(),
  byBot: z.boolean(),
  actions: z.array(ChosenAction),
  /** The team's other cards it could have played that move (not used up, prerequisites met). */
  alternatives: z.array(ReportCard),
  /** What its actions moved, net, track by track. */
  changes: z.array(ReportChange),
  /** The sum, over those tracks, of the change's share of the track's range. */
  shift: z.number(),
});
export type ReportKeyDecision = z.infer<typeof ReportKeyDecision>;

export const ReportDecisionPoints = z.strictObject({
  /** Each team's key decisions (those of its summary's key actions), in the order of play. */
  decisions: z.array(ReportKeyDecision),
  /** The ending, when it came early or from Control: it is a decision point of its own. */
  earlyEnding: ReportEnding.nullable(),
});
export type ReportDecisionPoints = z.infer<typeof ReportDecisionPoints>;

const Voice = z.strictObject({ team: z.string().nullable(), text: z.string() });

/** Strengths and areas for improvement: the players' hotwash and Control's notes. */
export const ReportLessons = z.strictObject({
  strengths: z.array(Voice),
  improvements: z.array(Voice),
  /** The other debrief answers, by stage. */
  reflections: z.array(
    Voice.extend({ stage: z.enum(['whatHappened', 'why', 'realWorld', 'takeaway']) }),
  ),
  controlNotes: z.array(ReportNote),
});
export type ReportLessons = z.infer<typeof ReportLessons>;

export const ReportInjectQuestions = z.strictObject({
  inject: z.string(),
  title: ReportText,
  move: z.number(),
  questions: z.array(ReportQuestion),
});
export type ReportInjectQuestions = z.infer<typeof ReportInjectQuestions>;

/** A question of the scenario's debrief guide that this game asked, with its stage. */
export const ReportGuideQuestion = z.strictObject({
  stage: z.enum(['what', 'why', 'meaning', 'takeaway']),
  priority: z.number(),
  /** The learning objective it serves. */
  objective: z.string(),
  text: ReportText,
  /** Whatever happened, for the ending reached, or for the play's course. */
  asked: z.enum(['always', 'ending', 'course']),
});
export type ReportGuideQuestion = z.infer<typeof ReportGuideQuestion>;

export const ReportParticipation = z.strictObject({
  player: z.string(),
  /** Null for a player no longer on the roster. */
  name: z.string().nullable(),
  team: z.string().nullable(),
  messages: z.number(),
  drafts: z.number(),
  decisions: z.number(),
  reflections: z.number(),
});
export type ReportParticipation = z.infer<typeof ReportParticipation>;

/**
 * The after-action report of one exercise, shaped like an HSEEP AAR and
 * computed from the facilitator's view only (`buildReport`): the same view
 * always gives the same report.
 */
export const Report = z.strictObject({
  format: z.literal('borderline-report'),
  version: z.literal(REPORT_VERSION),
  /** Names for the ids used throughout. */
  teams: z.array(ReportTeam),
  tracks: z.array(ReportTrack),
  overview: ReportOverview,
  summary: ReportSummary,
  timeline: z.array(ReportMove),
  trackHistory: z.array(ReportTrackPoint),
  objectives: z.array(ReportTeamScore),
  /** The lessons, objective by objective: what the report opens with. */
  attainment: ReportLessonsByObjective,
  improvementPlan: z.array(ReportImprovement),
  decisionPoints: ReportDecisionPoints,
  lessons: ReportLessons,
  questions: z.array(ReportInjectQuestions),
  /** The debrief guide's questions this game asked (none in reports made before the guide). */
  debriefGuide: z.array(ReportGuideQuestion).default([]),
  participation: z.array(ReportParticipation),
  /** Choices versus dice, once computed (the server adds it; a report rebuilt from an export has none). */
  whatIf: WhatIfAnalysis.optional(),
});
export type Report = z.infer<typeof Report>;

/**
 * The report's body, in reading order: the lessons by objective, the
 * improvement plan, the key decisions and the choices versus the dice. A
 * five-move game's body reads in under ten minutes (tests/unit/report/report-reading-time.test.ts).
 */
export const REPORT_BODY_SECTIONS = [
  'attainment',
  'improvementPlan',
  'decisionPoints',
  'whatIf',
] as const;

/** The appendices, after the body: the timeline, the tracks and the full log first. */
export const REPORT_APPENDICES = [
  'timeline',
  'tracks',
  'log',
  'objectives',
  'overview',
  'lessons',
  'questions',
  'participation',
] as const;

/** The report's sections, in reading order (headings, the page's contents). */
export const REPORT_SECTIONS = [...REPORT_BODY_SECTIONS, ...REPORT_APPENDICES] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Whether a section is an appendix (headed as one, after the body). */
export function isAppendix(section: ReportSection): boolean {
  return (REPORT_APPENDICES as readonly string[]).includes(section);
}
