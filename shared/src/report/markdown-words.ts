import type { BotTemperament } from '../protocol/bot-rationale';
import type { Language } from '../scenario/index';
import { markdownEn } from './markdown-words-en';
import { markdownEs } from './markdown-words-es';
import type { InstructorWords } from './markdown-words-instructor';
import type { ReportSection } from './report-schema';

type Outcome = 'success' | 'failure' | 'vetoed' | 'pending';
type Stage = 'whatHappened' | 'why' | 'realWorld' | 'takeaway';

/** Every word the Markdown export writes, per language (the scenario brings its own texts). */
export interface MarkdownWords {
  title: (scenario: string) => string;
  /** Each section's title (an appendix's without its "Appendix A:", which the export adds). */
  sections: Record<ReportSection, string>;
  instructor: InstructorWords;
  overview: {
    scenario: string;
    exercise: string;
    started: string;
    ended: string;
    notEnded: string;
    duration: (minutes: number) => string;
    moves: (played: number, planned: number, practice: boolean) => string;
    audience: string;
    source: string;
    timing: (briefing: number, deliberation: number, decision: number, hotwash: number) => string;
    participants: string;
    team: string;
    seat: string;
    players: string;
    observers: string;
    seatKind: Record<'human' | 'bot' | 'empty', string>;
    lead: string;
    bot: string;
    /** A bot's name, by the team it plays (its stored name is in one language). */
    botName: (team: string) => string;
    nobody: string;
    objectives: string;
    objectiveKind: Record<'knowledge' | 'skill' | 'attitude', string>;
  };
  summary: {
    endedFinal: (title: string, played: number, planned: number) => string;
    endedEarly: (title: string, move: number) => string;
    endedByControl: (move: number, reason: string | null) => string;
    notEnded: string;
    largest: (changes: string) => string;
    noChange: string;
    /** The summary's chart: the tracks that moved most, value by value ("7 → 6 → 3"). */
    trackPaths: (paths: string) => string;
    keyAction: (move: number, what: string, outcome: string) => string;
    noKeyAction: string;
    objectivesMet: (met: number, total: number) => string;
    notScored: string;
    counts: (injects: number, decisions: number, actions: number, overrides: number) => string;
    turningPoints: string;
    /** How the turning points and key decisions are chosen. */
    turningRule: string;
    /** In the tracks' appendix: where the turning points are told. */
    turningInSummary: string;
    noTurningPoints: string;
  };
  timeline: {
    move: (move: number) => string;
    practice: string;
    injects: string;
    decisions: string;
    control: string;
    none: string;
    injectKind: Record<string, string>;
    from: (from: string) => string;
    forAll: string;
    onlyFor: (teams: string) => string;
    released: {
      scheduled: string;
      facilitator: string;
      action: (team: string, card: string) => string;
      condition: string;
      debrief: string;
      hidden: string;
    };
    citation: (
      author: string,
      title: string,
      publication: string,
      year: number,
      line: number,
    ) => string;
    /** Marks the excerpt's translation, shown below the original in a report in another language. */
    translation: string;
    /** A further source the inject draws on: "Also drawing on: author, “title” (year)". */
    alsoCites: (author: string, title: string, year: number) => string;
    tracks: string;
    order: (position: number) => string;
    kind: Record<'actions' | 'freeform', string>;
    hold: Record<'chosen' | 'deadline' | 'skipped' | 'unknown', string>;
    visibility: Record<'public' | 'covert', string>;
    revealed: string;
    freeform: string;
    reasons: string;
    odds: (odds: number) => string;
    modifier: (delta: number, reason: string) => string;
    roll: (roll: number) => string;
    certain: string;
    outcome: Record<Outcome, string>;
    overridden: (outcome: string, reason: string) => string;
    ruling: { odds: (odds: number, reason: string) => string; veto: (reason: string) => string };
    costs: string;
    effects: string;
    triggers: string;
    notAdjudicated: string;
    rationale: string;
    /** A bot's rationale: its temperament (a word of `botTemperament`) and the cards it played, joined. */
    botPlays: (temperament: string, cards: string) => string;
    botHolds: (temperament: string) => string;
    botTemperament: Record<BotTemperament, string>;
    statement: string;
    noStatement: string;
    override: (kind: string, target: string, from: string, to: string, reason: string) => string;
    overrideKind: Record<'outcome' | 'track' | 'freeform-odds' | 'veto', string>;
    trackOverride: (track: string, from: number, to: number, reason: string) => string;
    narrative: (phase: string) => string;
    phase: Record<string, string>;
  };
  tracks: {
    track: string;
    point: Record<'start' | 'after-move' | 'practice-reset' | 'final', (move: number) => string>;
    practiceNote: string;
    none: string;
  };
  objectives: {
    team: (
      team: string,
      met: number,
      total: number,
      earned: number,
      possible: number,
      percent: number,
    ) => string;
    objective: string;
    visibility: string;
    weight: string;
    met: string;
    why: string;
    yes: string;
    no: string;
    visibilityKind: Record<'public' | 'secret', string>;
    notScored: string;
  };
  decisionPoints: {
    ending: string;
    noEarlyEnding: string;
    endedBy: {
      early: (title: string, move: number) => string;
      facilitator: (move: number) => string;
    };
    reason: string;
    why: string;
    dilemma: (team: string, option: string) => string;
    dilemmaOpen: (team: string) => string;
  };
  cause: {
    action: (team: string, what: string, outcome: string) => string;
    inject: (title: string) => string;
    override: (reason: string) => string;
    dynamic: (text: string) => string;
    dilemma: (team: string, option: string) => string;
  };
  lessons: {
    strengths: string;
    improvements: string;
    controlNotes: string;
    /** Control's notes on its ratings, in full (the body quotes none). */
    evaluatorNotes: string;
    reflections: string;
    stage: Record<Stage, string>;
    none: string;
    observer: string;
    noteAt: (move: number, phase: string) => string;
  };
  questions: {
    forAll: string;
    forTeam: (team: string) => string;
    move: (move: number) => string;
    none: string;
    /** The debrief guide's questions, by stage, before the cards'. */
    guide: (stage: string) => string;
    guideStage: Record<'what' | 'why' | 'meaning' | 'takeaway', string>;
    objective: (number: number) => string;
    askedEnding: string;
    askedCourse: string;
    cards: string;
  };
  participation: {
    player: string;
    team: string;
    messages: string;
    drafts: string;
    decisions: string;
    reflections: string;
    removed: string;
    none: string;
  };
  /** A condition's parts (why an objective was met, why an ending held), from their data. */
  condition: {
    always: string;
    track: (track: string, value: number, wanted: string) => string;
    trackUnknown: (track: string) => string;
    move: (value: number, wanted: string) => string;
    atLeast: (value: number) => string;
    atMost: (value: number) => string;
    between: (min: number, max: number) => string;
    played: (card: string) => string;
    notPlayed: (card: string) => string;
    succeeded: (card: string) => string;
    notSucceeded: (card: string) => string;
    failed: (card: string) => string;
    notFailed: (card: string) => string;
    thisMove: (text: string) => string;
    released: (inject: string) => string;
    notReleased: (inject: string) => string;
    allHold: string;
    notAllHold: string;
    anyHolds: string;
    noneHolds: string;
    not: (text: string) => string;
  };
}

export const MARKDOWN_WORDS: Record<Language, MarkdownWords> = { en: markdownEn, es: markdownEs };
