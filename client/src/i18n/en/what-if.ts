/** English words of the choices-versus-dice analysis (see ../en.ts for the conventions). */
export const whatIfEn = {
  title: 'Choices versus dice',
  intro_one:
    'Which rolls and which decisions decided the ending? From each moment below, bots re-played the rest of the game {{count}} time under other dice: once as it happened, once with the roll or the decision changed.',
  intro_other:
    'Which rolls and which decisions decided the ending? From each moment below, bots re-played the rest of the game {{count}} times under other dice: once as it happened, once with the roll or the decision changed.',
  computing: 'Computing: the bots are re-playing the rest of the game from each decisive moment…',
  failed: 'The analysis could not be computed for this exercise.',
  notEnded: 'The analysis is computed once the play is over.',
  noEnding: 'This exercise ended before any scored move, so there is nothing to compare.',
  loadFailed: 'The analysis could not be loaded: {{message}}',
  rolls: 'Decisive rolls',
  decisions: 'Key decisions',
  none: 'No roll or decision of this game was re-played.',
  freeform: 'a free-form action',
  roll: 'Move {{move}}: {{team}} played “{{card}}”; the die showed {{roll}} against odds of {{odds}}%: it {{outcome}}.',
  outcome: { success: 'succeeded', failure: 'failed' },
  otherWayRoll: 'Had it gone the other way',
  asWent: 'As it went',
  setByHand:
    'Control set {{tracks}} by hand during the game. The re-played continuations make no such adjustment, so an ending that came from it can show rarely, or at 0%, under “As it went”, although this game reached it.',
  otherwise: 'Otherwise',
  decision: 'Move {{move}}: {{team}} chose {{chosen}}.',
  otherChoice: 'Had {{team, inSentence}} chosen {{alternative}} instead',
  hold: 'to hold',
  freeformChoice: 'a free-form action',
  and: '{{first}} and {{second}}',
  changed:
    'In {{percent}}% of the paired replays (the same dice on both sides), this change alone changed the ending.',
  ending: 'Ending',
  reached: '(reached in this game)',
  noNamedEnding: 'No named ending',
  share: '{{percent}}%',
  fork: 'Play it again from move {{move}}',
  forking: 'Starting a new exercise…',
  forked: 'A new exercise starts from move {{move}}: its join code is {{code}}.',
  forkConsole: 'Open its Control console',
  forkFailed: 'The new exercise could not be started: {{message}}',
  forkAfterClose:
    'Once you close the hotwash, you can start a new exercise from move {{move}} here.',
  replay: 'Replay move {{move}}',
};
