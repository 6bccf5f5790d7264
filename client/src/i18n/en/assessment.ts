/** Control's assessment: the ratings grid, the evaluator's notes and the grades. */
export const assessmentEn = {
  title: 'Assessment',
  intro:
    'Rate each team on each learning objective against its rubric, during the game or after it, with a note on what the team did. During play the ratings and notes are yours alone; they go into the after-action report, which the players read only if you share it. {{rated}} of {{total}} rated.',
  objective: 'Learning objective',
  rubric: 'Rubric',
  notRated: 'Not rated',
  playedByBots: 'Not rated: played by bots',
  levelFor: 'Level of {{team, inSentence}} on objective {{number}}',
  addNote: 'Add note',
  note: 'Note ✓',
  addNoteFor: 'Add a note on {{team, inSentence}}, objective {{number}}',
  noteFor: 'Read or change the note on {{team, inSentence}}, objective {{number}}',
  noteHeading: 'Evaluator note: {{team}}, objective {{number}}',
  notePlaceholder: 'What the team did that shows this level: a decision, a rationale, a statement.',
  noteHint: 'Kept with the exercise; the teams never see it.',
  saveNote: 'Save note',
  cancel: 'Cancel',
  downloadGrades: 'Download grades (CSV)',
  gradesHint:
    'One row per student and objective: the team’s level, the knowledge check before and after, and whether the student wrote a reflection.',
  gradesFailed: 'The grades could not be downloaded: {{message}}',
} as const;
