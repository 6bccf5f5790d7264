import type { InstructorWords } from './markdown-words-instructor';

const plural = (count: number, one: string, other: string) =>
  `${count} ${count === 1 ? one : other}`;

/** The instructor's sections in English. */
export const instructorEn: InstructorWords = {
  appendix: (letter, title) => `Appendix ${letter}: ${title}`,
  attainment: {
    rule: 'Per objective: the scored decisions that answered its injects (not the practice move’s), Control’s rubric ratings, the class’s knowledge check before and after, and the reflections tied to it.',
    knowledgeByTeam: 'Knowledge check by team (all questions)',
    team: 'Team',
    before: 'Before the first move',
    after: 'In the hotwash',
    briefTally: (correct, total, players) =>
      `${correct}/${total} right (${plural(players, 'player', 'players')})`,
    notTaken: 'not taken',
    exercisedBy: 'Exercised by',
    decisions: (team, moves, count) => `${team} (${count === 1 ? 'move' : 'moves'} ${moves})`,
    notExercised: 'no scored decision',
    ratings: 'Control’s ratings',
    rating: (teams, level, rank, of) => `${level} (${rank} of ${of}): ${teams}`,
    noteOnly: (teams) => `a note, no level yet: ${teams}`,
    notRated: 'not rated',
    knowledge: 'Knowledge check',
    knowledgeLine: (questions, before, after) =>
      `${plural(questions, 'question', 'questions')}: ${before} before, ${after} after`,
    knowledgeLineSamePlayers: (questions, players, before, after) =>
      `${plural(questions, 'question', 'questions')}, ${plural(players, 'player', 'players')}: ${before} right before, ${after} after`,
    noCheck: 'no question on it',
    reflections: 'Reflections',
    noReflections: 'none written',
    question: {
      whatHappened: 'what happened',
      why: 'why',
      realWorld: 'the real relationship',
      takeaway: 'takeaway',
      wentWell: 'went well',
      toImprove: 'to improve',
    },
    observer: 'observer',
    more: (count, appendix) => `and ${count} more in appendix ${appendix}`,
  },
  improvementPlan: {
    rule: 'A row for a team rated in the lower half of a rubric, or whose players wrote what to improve on that objective; one for the class when under half its hotwash answers on an objective were right. The recommendation is the rubric’s next level.',
    issue: 'Issue',
    recommendation: 'Recommendation',
    owner: 'Owner',
    objective: 'Objective',
    theClass: 'The class',
    none: 'Nothing calls for a plan: no low rating, no area for improvement written, no knowledge-check objective under half right.',
    rated: (level) => `Rated ${level}`,
    reflection: (text) => `The players: “${text}”`,
    moreReflections: (count) => `(and ${count} more)`,
    knowledge: (correct, total) => `Knowledge check in the hotwash: ${correct} of ${total} right`,
    sameAsAbove: 'As above.',
    aimFor: (level, description) => `Aim for ${level}: ${description}`,
    noRubric: 'Discuss it in the next session (the scenario has no rubric for it).',
  },
  decisions: {
    rule: 'Each team’s decision that moved the tracks furthest: who chose what, which other cards were open, what followed.',
    heading: (move, team) => `Move ${move}: ${team}`,
    by: (name) => `by ${name}`,
    byBot: 'by a bot',
    chose: 'Chose',
    alternatives: 'Also open',
    noAlternatives: 'no other card',
    followed: 'What followed',
    nothingMoved: 'no track moved',
    none: 'No decision moved a track.',
  },
  timeline: {
    released: 'released',
    decided: (team, what) => `${team}: ${what}`,
    held: 'held',
    freeform: 'a free-form action',
    nothing: 'nothing happened',
  },
};
