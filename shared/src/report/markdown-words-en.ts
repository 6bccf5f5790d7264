import { isPhase, type Phase } from '../protocol/machine-states';
import type { MarkdownWords } from './markdown-words';
import { nameInSentence } from '../text/name-in-sentence';

/** A team's name inside a sentence: "the Cartels". */
const inSentence = (name: string) => nameInSentence(name, 'en');

const plural = (count: number, one: string, other: string) =>
  `${count} ${count === 1 ? one : other}`;

const PHASES: Record<Phase, string> = {
  lobby: 'lobby',
  briefing: 'briefing',
  injects: 'new developments',
  deliberation: 'deliberation',
  decisions: 'decisions',
  adjudication: 'adjudication',
  results: 'results',
  dilemma: 'dilemma',
  hotwash: 'hotwash',
  ended: 'end',
};

/** A phase's word; a phase this version does not know (an older record) as it is. */
const phaseWord = (phase: string) => (isPhase(phase) ? PHASES[phase] : phase);

/** The Markdown export's words in English. */
export const markdownEn: MarkdownWords = {
  title: (scenario) => `After-action report: ${scenario}`,
  sections: {
    overview: 'Overview',
    summary: 'Executive summary',
    timeline: 'Appendix: the timeline, move by move',
    tracks: 'Tracks move by move',
    objectives: 'Objectives met or missed',
    decisionPoints: 'Key decision points',
    whatIf: 'Choices versus dice',
    lessons: 'Strengths and areas for improvement',
    questions: 'Discussion questions',
    learning: 'Learning objectives exercised',
    participation: 'Participation',
  },
  overview: {
    scenario: 'Scenario',
    exercise: 'Exercise',
    started: 'Started',
    ended: 'Ended',
    notEnded: 'not ended',
    duration: (minutes) => `Duration: ${plural(minutes, 'minute', 'minutes')}`,
    moves: (played, planned, practice) =>
      `Moves played: ${played} of ${planned}${practice ? ', after a practice move' : ''}`,
    audience: 'For',
    source: 'Source',
    timing: (briefing, deliberation, decision, hotwash) =>
      `Timing: briefing ${briefing} min, deliberation ${deliberation} min, decisions ${decision} min per team, hotwash ${hotwash} min`,
    participants: 'Participants by team',
    team: 'Team',
    seat: 'Seat',
    players: 'Players',
    observers: 'Observers',
    seatKind: { human: 'people', bot: 'bot', empty: 'empty' },
    lead: 'lead',
    bot: 'bot',
    nobody: 'nobody',
    objectives: 'Learning objectives',
    objectiveKind: { knowledge: 'Knowledge', skill: 'Skill', attitude: 'Attitude' },
  },
  summary: {
    endedFinal: (title, played, planned) =>
      `The exercise ran ${played} of ${planned} moves and ended with “${title}”.`,
    endedEarly: (title, move) => `The exercise ended early, in move ${move}: “${title}”.`,
    endedByControl: (move, reason) =>
      `Control ended the exercise in move ${move}${reason === null ? '' : ` (“${reason}”)`}.`,
    notEnded: 'The exercise has not ended.',
    largest: (changes) => `The largest changes from start to end: ${changes}.`,
    noChange: 'Every track ended where it started.',
    objectives: (teams) => `Objectives met: ${teams}.`,
    teamObjectives: (team, met, total, percent) =>
      `${team} ${met} of ${total} (${percent}% of the points)`,
    notScored: 'The objectives were not scored: play did not reach its end.',
    counts: (injects, decisions, actions, overrides) =>
      `Over the exercise, ${plural(injects, 'inject was', 'injects were')} released and the teams took ${plural(decisions, 'decision', 'decisions')} (${plural(actions, 'action', 'actions')}); Control overrode the adjudication ${plural(overrides, 'time', 'times')}.`,
    turningPoints: 'Turning points',
    turningRule:
      'The moments of play that moved the tracks furthest: each played action, inject, dilemma answer or override by Control, its change of each track measured as a share of that track’s range and added up.',
    noTurningPoints: 'No moment of play moved a track.',
    keyDecisions: 'Key decisions',
    noKeyDecisions: 'none of its actions moved a track',
  },
  timeline: {
    move: (move) => `Move ${move}`,
    practice: 'Practice move (unscored)',
    injects: 'Injects',
    decisions: 'Decisions',
    control: 'Control',
    none: 'None.',
    injectKind: {
      news: 'News',
      'intelligence-brief': 'Intelligence brief',
      leak: 'Leak',
      cable: 'Diplomatic cable',
      statement: 'Statement',
    },
    from: (from) => `from: ${from}`,
    forAll: 'for all teams',
    onlyFor: (teams) => `only for ${inSentence(teams)}`,
    released: {
      scheduled: 'released on schedule',
      facilitator: 'released by Control',
      action: (team, card) => `set off by “${card}” (${team})`,
      condition: 'released when its condition held',
      debrief: 'shown at the hotwash (the play ended before it)',
      hidden: 'released',
    },
    citation: (author, title, publication, year, line) =>
      `${author}, “${title}”, ${publication}, ${year}, line ${line}`,
    translation: 'translation',
    alsoCites: (author, title, year) => `Also drawing on: ${author}, “${title}” (${year})`,
    tracks: 'Tracks',
    order: (position) => `decided ${position}${['st', 'nd', 'rd'][position - 1] ?? 'th'}`,
    kind: { actions: 'actions', freeform: 'a free-form action' },
    hold: {
      chosen: 'held (its own choice)',
      deadline: 'held (its time ran out)',
      skipped: 'held (skipped by Control)',
      unknown: 'held',
    },
    visibility: { public: 'public', covert: 'covert' },
    revealed: 'revealed',
    freeform: 'Free-form',
    reasons: 'reasons',
    odds: (odds) => `odds ${odds}%`,
    modifier: (delta, reason) => `${delta > 0 ? '+' : ''}${delta}: ${reason}`,
    roll: (roll) => `roll ${roll}`,
    certain: 'certain',
    outcome: { success: 'success', failure: 'failure', vetoed: 'vetoed', pending: 'pending' },
    overridden: (outcome, reason) => `Control set ${outcome}: “${reason}”`,
    ruling: {
      odds: (odds, reason) => `Control set the odds at ${odds}%: “${reason}”`,
      veto: (reason) => `Control vetoed it: “${reason}”`,
    },
    costs: 'Costs',
    effects: 'Effects',
    triggers: 'Set off',
    notAdjudicated: 'not adjudicated',
    rationale: 'Rationale',
    statement: 'Public statement',
    noStatement: 'none',
    override: (kind, target, from, to, reason) =>
      `${kind} on ${target}: ${from} → ${to} (“${reason}”)`,
    overrideKind: {
      outcome: 'Outcome override',
      track: 'Track override',
      'freeform-odds': 'Free-form odds',
      veto: 'Veto',
    },
    trackOverride: (track, from, to, reason) =>
      `${track} set by hand: ${from} → ${to} (“${reason}”)`,
    narrative: (phase) => `Narrative (${phaseWord(phase)})`,
    phase: PHASES,
  },
  tracks: {
    track: 'Track',
    point: {
      start: () => 'Start',
      'after-move': (move) => `After move ${move}`,
      'practice-reset': () => 'Practice reset',
      final: () => 'Final',
    },
    practiceNote: 'The practice move is left out: its effects were undone before move 1.',
    none: 'No history was recorded.',
  },
  objectives: {
    team: (team, met, total, earned, possible, percent) =>
      `${team}: ${met} of ${total} objectives met, ${earned} of ${possible} points (${percent}%)`,
    objective: 'Objective',
    visibility: 'Visibility',
    weight: 'Weight',
    met: 'Met',
    why: 'Why',
    yes: 'met',
    no: 'missed',
    visibilityKind: { public: 'public', secret: 'secret' },
    notScored: 'The objectives are scored when play ends; this exercise did not get there.',
  },
  decisionPoints: {
    swings: 'Largest track swings',
    swing: (move, change) => `Move ${move}: ${change}`,
    because: 'because of',
    noSwings: 'No track moved in the scored moves.',
    steps: 'Escalation steps',
    step: (move, change) => `Move ${move}: ${change}`,
    noSteps: 'No ladder track changed its step.',
    ending: 'Early ending',
    noEarlyEnding: 'Play was not ended early.',
    endedBy: {
      early: (title, move) => `“${title}”, in move ${move}`,
      facilitator: (move) => `Ended by Control in move ${move}`,
    },
    reason: 'Control’s reason',
    why: 'Why',
    dilemma: (team, option) => `The answer of ${inSentence(team)} to the dilemma: “${option}”`,
    dilemmaOpen: (team) => `The dilemma put to ${inSentence(team)} went unanswered`,
  },
  cause: {
    action: (team, what, outcome) => `“${what}” by ${inSentence(team)} (${outcome})`,
    inject: (title) => `the inject “${title}”`,
    override: (reason) => `Control’s override (“${reason}”)`,
    dynamic: (text) => `the world’s own dynamics (${text})`,
    dilemma: (team, option) => `the answer of ${inSentence(team)} to the dilemma, “${option}”`,
  },
  lessons: {
    strengths: 'Strengths (what went well)',
    improvements: 'Areas for improvement',
    controlNotes: 'Control’s notes',
    reflections: 'Other reflections from the hotwash',
    stage: {
      whatHappened: 'What happened',
      why: 'Why it happened',
      realWorld: 'What it means for the real world',
      takeaway: 'What I take away',
    },
    none: 'None written.',
    observer: 'observer',
    noteAt: (move, phase) => `Move ${move}, ${phaseWord(phase)}`,
  },
  questions: {
    forAll: 'For all',
    forTeam: (team) => `For ${inSentence(team)}`,
    move: (move) => `move ${move}`,
    none: 'No inject was released.',
  },
  learning: {
    rule: 'An inject exercises the learning objectives it lists. A decision exercises the objectives of the injects that reached its team after its previous decision and by the time it decided; a team that held because its time ran out, or that Control skipped, exercised none.',
    injects: 'Injects',
    decisions: 'Decisions',
    decision: (team, move) => `${team} in move ${move}`,
    notExercised: 'not exercised',
  },
  participation: {
    player: 'Player',
    team: 'Team',
    messages: 'Messages',
    drafts: 'Draft edits',
    decisions: 'Decisions submitted',
    reflections: 'Reflections',
    removed: 'removed player',
    none: 'Nobody took part.',
  },
};
