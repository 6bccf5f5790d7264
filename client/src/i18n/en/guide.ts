/** English words of the debrief's questions: the scenario's guide, then the cards' (see ../en.ts). */
export const guideEn = {
  title: 'Questions for this stage',
  controlTitle: 'Questions for this stage, in order of priority',
  objective: 'Objective {{number}}',
  askedEnding: 'For this ending',
  askedCourse: 'For how the play went',
  notes: 'Facilitator’s note:',
  cards_one: '{{count}} more question, from the card you received in this game',
  cards_other: '{{count}} more questions, from the cards you received in this game',
  cardsControl_one:
    '{{count}} more question, from the card released in this game (each team sees those of the cards it received)',
  cardsControl_other:
    '{{count}} more questions, from all the cards released in this game (each team sees those of the cards it received)',
  cardsOnScreens: 'The questions of the cards each team received are on your screens.',
  allOnScreens_one:
    'This stage’s question is on your screens, with those of the cards each team received.',
  allOnScreens_other:
    'All {{count}} questions of this stage are on your screens, with those of the cards each team received.',
  rest_one: '{{count}} more question for this stage',
  rest_other: '{{count}} more questions for this stage',
  from: 'From “{{card}}”',
  reportStage: 'Hotwash guide: {{stage}}',
  reportCards: 'The released cards’ questions',
};
