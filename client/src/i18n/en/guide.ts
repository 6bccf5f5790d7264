/** English words of the debrief's questions: the scenario's guide, then the cards' (see ../en.ts). */
export const guideEn = {
  title: 'Questions for this stage',
  controlTitle: 'Questions for this stage, in order of priority',
  objective: 'Objective {{number}}',
  askedEnding: 'For this ending',
  askedCourse: 'For how the play went',
  notes: 'Listen for',
  cards_one: '{{count}} more question, from the card released in this game',
  cards_other: '{{count}} more questions, from the cards released in this game',
  cardsOnScreens_one: 'And {{count}} question from the cards, on your screens.',
  cardsOnScreens_other: 'And {{count}} questions from the cards, on your screens.',
  moreOnScreens_one: '{{count}} more question on your screens.',
  moreOnScreens_other: '{{count}} more questions on your screens.',
  from: 'From “{{card}}”',
  reportStage: 'Hotwash guide: {{stage}}',
  reportCards: 'The released cards’ questions',
};
