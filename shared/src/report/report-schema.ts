import { z } from 'zod';
import { WhatIfAnalysis } from '../protocol/what-if';
import {
  LearningObjectiveKind,
  ReportCause,
  ReportChange,
  ReportQuestion,
  ReportTeam,
  ReportText,
  ReportTrace,
  ReportTrack,
  ReportTracks,
} from './report-parts';
import { ReportMove, ReportNote } from './report-timeline';

/** Bumped when the report's shape changes, so an old export is recognised as such. */
export const REPORT_VERSION = 2;

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
  /** Scored moves whose results were published, of those the scenario plans. */
  movesPlayed: z.number(),
  movesPlanned: z.number(),
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

const Contribution = ReportChange.extend({ cause: ReportCause });

export const ReportDecisionPoints = z.strictObject({
  /** The largest moves of a track within one move, largest first (scored moves only). */
  swings: z.array(
    z.strictObject({
      move: z.number(),
      track: z.string(),
      from: z.number(),
      to: z.number(),
      /** The changes to this track in that move, in order. */
      causes: z.array(Contribution),
    }),
  ),
  /** Every step up or down a ladder track (one with named steps), in order. */
  steps: z.array(Contribution.extend({ move: z.number() })),
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

export const ReportLearning = z.strictObject({
  id: z.string(),
  kind: LearningObjectiveKind,
  text: ReportText,
  injects: z.array(z.strictObject({ id: z.string(), title: ReportText, move: z.number() })),
  decisions: z.array(z.strictObject({ move: z.number(), team: z.string(), order: z.number() })),
});
export type ReportLearning = z.infer<typeof ReportLearning>;

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
  decisionPoints: ReportDecisionPoints,
  lessons: ReportLessons,
  questions: z.array(ReportInjectQuestions),
  /** The debrief guide's questions this game asked (none in reports made before the guide). */
  debriefGuide: z.array(ReportGuideQuestion).default([]),
  learning: z.array(ReportLearning),
  participation: z.array(ReportParticipation),
  /** Choices versus dice, once computed (the server adds it; a report rebuilt from an export has none). */
  whatIf: WhatIfAnalysis.optional(),
});
export type Report = z.infer<typeof Report>;

/** The report's sections, in reading order (headings, the page's contents). */
export const REPORT_SECTIONS = [
  'summary',
  'overview',
  'tracks',
  'objectives',
  'decisionPoints',
  'whatIf',
  'lessons',
  'questions',
  'learning',
  'participation',
  // The detailed log comes last, as an appendix: the summary and the analysis read first.
  'timeline',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
