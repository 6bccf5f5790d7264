import type {
  ActionCard,
  Dilemma,
  GlossaryEntry,
  InjectCard,
  InjectKind,
  InjectSource,
  LearningObjective,
  LocalizedText,
  Move,
  ReflectionPrompt,
  OtherSource,
  Rules,
  SourceCitation,
  TeamObjective,
  Track,
} from '../scenario/index';
import type { ChannelInfo } from './channel-access';
import type { ChatMessage } from './chat';
import type { ControlView } from './control-view';
import type { DebriefStage } from './debrief-stages';
import type { MissingPrerequisite } from './missing-prerequisites';
import type { KnowledgeCheckView, OwnKnowledgeCheck } from './knowledge-check';
import type { ExerciseTag, Phase } from './machine-states';
import type {
  ActionResult,
  Adjudication,
  Decision,
  EndingCheck,
  EndingState,
  ExerciseConfig,
  NarrativeEntry,
  PlayedAction,
  Reflection,
  ReleaseCause,
  TeamScore,
  TrackChange,
  TrackSnapshot,
  Tracks,
} from './explanation';
import type { Recipient, RosterEntry, SeatKind } from './roster';
import type { DecisionDraft } from './team-commands';
import type { TrackMark } from './track-mark';

/**
 * What the server sends: one ExerciseView per recipient, computed by the
 * server's single projection function from the whole state. A field a
 * recipient may not read is absent from its view (filtered, or null), never
 * merely flagged: whatever reaches a socket is assumed read.
 */
export interface ExerciseView {
  recipient: Recipient;
  exercise: ExerciseMeta;
  scenario: ScenarioView;
  /**
   * The tracks now and move by move, and the thresholds the recipient may
   * know of (its own objectives', the public endings'; Control's: all).
   */
  tracks: { current: Tracks; history: TrackSnapshot[]; marks: TrackMark[] };
  /** Released injects the recipient may see, in order of release. */
  injects: InjectView[];
  /** The decisions the recipient may see, every move, in order of submission. */
  decisions: DecisionView[];
  /** Published adjudications, oldest first (the one under review is in `control.review`). */
  adjudications: AdjudicationView[];
  narrative: NarrativeEntry[];
  roster: RosterEntry[];
  /** Who plays each team seat. */
  seats: Record<string, SeatKind>;
  /** The channels the recipient reads, and whether it may write to each. */
  channels: ChannelView[];
  /** The messages of those channels, oldest first. */
  chat: ChatMessage[];
  /** The recipient's own team: its secrets and its cards; null for Control and observers. */
  team: OwnTeamView | null;
  /** The own team's draft; Control gets every team's. */
  drafts: DecisionDraft[];
  ending: EndingView | null;
  /** Every team's objective scores, once the play is over (hotwash); null before. */
  scores: TeamScore[] | null;
  /** The recipient's own reflections; Control gets everybody's. */
  reflections: Reflection[];
  /** The debrief's questions, stage by stage, once the play is over (hotwash); null before. */
  debrief: DebriefQuestionsView | null;
  /** The knowledge check of the exercise's format (Control's with the class's results); null if none. */
  knowledgeCheck: KnowledgeCheckView | null;
  /** The recipient's own sittings of the knowledge check (none for Control and observers). */
  ownKnowledgeCheck: OwnKnowledgeCheck;
  /** Control's desk: non-null only in the facilitator's view. */
  control: ControlView | null;
}

export interface ExerciseMeta {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  title: LocalizedText;
  phase: Phase;
  move: number;
  /** Whether the current move is the unscored practice move. */
  practice: boolean;
  /** The moves this exercise plays, in order (its format's, less a skipped practice move). */
  playedMoves: number[];
  /** Whether the exercise still has a practice move that Control could skip. */
  practiceSkippable: boolean;
  paused: boolean;
  /** The machine has reached its final state (after the hotwash). */
  ended: boolean;
  /** Whether Control has locked the lobby. */
  locked: boolean;
  /** The stage of the hotwash's debrief Control has opened: every screen shows it (the first until then). */
  debriefStage: DebriefStage;
  /** Whether Control lets the players read the after-action report (it may be set before the end). */
  reportShared: boolean;
  /** Whether this recipient may read the report now: once ended, Control always, the others once shared. */
  reportReadable: boolean;
  /** The machine's state tags ("accepting-decisions", "review"...): what it takes now. */
  tags: ExerciseTag[];
  timer: TimerView | null;
  turn: TurnView;
  config: ExerciseConfig;
  /** The server's clock when the view was made, to correct the browser's clock; null if unknown. */
  serverTime: number | null;
}

export interface TimerView {
  status: 'running' | 'paused';
  /** Epoch ms while running; null while paused. */
  deadline: number | null;
  /** Exact while paused; while running, as of `serverTime` (null if it is unknown). */
  remainingMs: number | null;
  durationMs: number;
}

export interface TurnView {
  mode: 'sequential' | 'simultaneous';
  /** The scenario's order of decision. */
  order: string[];
  /** The team whose turn it is (sequential decisions only), else null. */
  current: string | null;
  /** The teams that have not decided yet this move (during decisions), in order. */
  pending: string[];
  /** Every team of the turn order, in order, with where it stands in this move. */
  teams: { team: string; state: TeamTurnState }[];
}

/**
 * Where a team stands in the current move's decisions:
 * - `upcoming`: the move is open (injects, deliberation) and the team is yet to decide;
 * - `deciding`: its decision is taken now (simultaneous: every team yet to
 *   decide; sequential: the current team);
 * - `waiting`: sequential decisions, its turn comes after the current team's;
 * - `decided`: it has decided in this move (a skipped team included);
 * - `idle`: no decision is in play (lobby, briefing, results, dilemma, hotwash).
 */
export type TeamTurnState = 'upcoming' | 'deciding' | 'waiting' | 'decided' | 'idle';

/** The public face of the scenario, plus the cards the recipient may know of. */
export interface ScenarioView {
  id: string;
  version: number;
  title: LocalizedText;
  summary: LocalizedText;
  audience: LocalizedText;
  languages: string[];
  source: SourceCitation;
  /** The further sources the cards draw on (the precedent exercise), with their addresses. */
  otherSources: OtherSource[];
  /** The terms the cards use, explained: the same for every recipient. */
  glossary: GlossaryEntry[];
  learningObjectives: LearningObjective[];
  /** The reflection's questions in the scenario's words, each tied to a learning objective. */
  reflectionPrompts: ReflectionPrompt[];
  tracks: Track[];
  rules: Rules;
  moves: Move[];
  teams: TeamPublicView[];
  /** Public cards of every team, the recipient's own cards and any covert card an outcome revealed. */
  cards: CardSummary[];
  /** The format the exercise plays (null for exercises created before formats existed). */
  format: { id: string; name: LocalizedText; minutes: number } | null;
}

export interface TeamPublicView {
  id: string;
  name: LocalizedText;
  role: LocalizedText;
  publicBriefing: LocalizedText;
  color: string | null;
  /** The team's public objectives; once the play is over, all of them. */
  objectives: ObjectiveView[];
}

/**
 * An objective as players read it: its words, not its condition (a condition
 * may name another team's covert card). Control has the whole TeamObjective.
 */
export type ObjectiveView = Omit<TeamObjective, 'target'>;

/**
 * A card in the own team's hand, as its players read it: the odds modifiers'
 * reasons without their conditions, and the outcomes without the injects they
 * trigger, since both may name another team's covert card or private inject.
 */
export interface HandCard extends Omit<
  ActionCard,
  'odds' | 'prerequisites' | 'onSuccess' | 'onFailure'
> {
  odds: {
    base: number;
    modifiers: { delta: number; reason: LocalizedText }[];
    /** From every lowering modifier applying to every raising one, within 0..100. */
    range: { min: number; max: number };
  };
  /** Whether the card's prerequisites hold now; null when it has none. */
  prerequisitesMet: boolean | null;
  /** Why the team cannot play it now (played as often as it may, prerequisites unmet), or null. */
  unavailable: 'used-up' | 'prerequisites' | null;
  /**
   * What its prerequisites miss now, by the engine's own check (empty when
   * they hold); a card or inject the team may not know of is left unnamed.
   */
  missingPrerequisites: MissingPrerequisite[];
  onSuccess: HandCardOutcome;
  onFailure: HandCardOutcome;
}

export type HandCardOutcome = Omit<ActionCard['onSuccess'], 'triggers'>;

export interface CardSummary {
  id: string;
  team: string;
  name: LocalizedText;
  description: LocalizedText;
  visibility: 'public' | 'covert';
}

export interface OwnTeamView {
  id: string;
  secretBriefing: LocalizedText;
  /** Every objective of the team, secret ones included. */
  objectives: ObjectiveView[];
  /** The team's whole hand, covert cards included. */
  cards: HandCard[];
  /** How often each card has been played so far (rationed cards). */
  uses: Record<string, number>;
  /** The lead submits the team's decision; the recipient's own standing. */
  isLead: boolean;
}

/** A released inject card, with the card's text and where it comes from. */
export interface InjectView {
  id: string;
  title: LocalizedText;
  date: string;
  kind: InjectKind;
  from: LocalizedText;
  audience: 'all' | string[];
  body: LocalizedText;
  /** The line of the source article and a short excerpt. */
  source: InjectSource;
  citation: SourceCitation;
  /** The further sources the card draws on, each with what the card takes from it. */
  alsoCites: { source: OtherSource; finding: LocalizedText }[];
  /** Discussion questions for everybody and for the recipient's team (Control: all). */
  questions: InjectCard['questions'];
  /** Learning objective ids. */
  objectives: string[];
  release: VisibleRelease;
}

export interface VisibleRelease {
  move: number;
  at: number;
  /** Null when the cause is another team's covert action that is still hidden. */
  cause: ReleaseCause | null;
  changes: TrackChange[];
}

/**
 * A decision as the recipient may see it. The own team and Control see it
 * whole. Another team's shows only its public (or revealed) actions,
 * numbered among themselves, and its statement; `kind` is "undisclosed"
 * when nothing public was played, so that a hold and a covert-only decision
 * look alike, and the rationale is null.
 */
export interface DecisionView {
  move: number;
  team: string;
  order: number;
  at: number;
  kind: Decision['kind'] | 'undisclosed';
  holdReason: Decision['holdReason'];
  actions: PlayedAction[];
  rationale: string | null;
  statement: string | null;
  /** Whether this is the whole decision (own team, Control). */
  whole: boolean;
}

/** A published adjudication; results of hidden covert actions are left out for other teams. */
export interface AdjudicationView {
  move: number;
  publishedAt: number | null;
  tracksBefore: Tracks;
  tracksAfter: Tracks;
  results: ActionResult[];
  injects: { inject: string; cause: ReleaseCause | null; changes: TrackChange[] }[];
  overrideChanges: Adjudication['overrideChanges'];
  /** How the world moved by itself after the move, with why. */
  dynamics: { dynamic: string; text: LocalizedText; changes: TrackChange[] }[];
  ending: EndingCheck | null;
  /** Control's inputs (dice, overrides, free-form rulings, deferred triggers); Control only. */
  inputs: Pick<
    Adjudication,
    'rolls' | 'outcomeOverrides' | 'freeform' | 'trackOverrides' | 'deferred'
  > | null;
}

export interface EndingView {
  state: EndingState;
  /** The scenario's ending; null when Control ended the exercise without naming one. */
  title: LocalizedText | null;
  text: LocalizedText | null;
  /** The forced choice, if the ending brings one. */
  dilemma: Dilemma | null;
}

export interface ChannelView extends ChannelInfo {
  canWrite: boolean;
}

/** A question of the scenario's debrief guide, as the recipient may read it. */
export interface GuideQuestionView {
  id: string;
  /** 1 is asked first. */
  priority: number;
  /** The learning objective it serves. */
  objective: string;
  text: LocalizedText;
  /** Control's only (what to listen for, how to probe); null in every other view. */
  notes: LocalizedText | null;
  /**
   * Why it is asked in this game: whatever happened (`always`), because of
   * the ending reached (`ending`), or because of the course of the play,
   * e.g. the moves it never reached (`course`).
   */
  asked: 'always' | 'ending' | 'course';
}

/** A discussion question of a card released in this game: the debrief's second tier. */
export interface CardQuestionView {
  inject: string;
  title: LocalizedText;
  move: number;
  objectives: string[];
  text: LocalizedText;
}

/** What one debrief stage asks: the guide's questions first, then the released cards'. */
export interface DebriefStageQuestions {
  /** The scenario's guide questions that apply to this game, by priority (empty without a guide). */
  guide: GuideQuestionView[];
  /** The released cards' questions the recipient may read, the stage's objectives first. */
  cards: CardQuestionView[];
}

export type DebriefQuestionsView = Record<DebriefStage, DebriefStageQuestions>;
