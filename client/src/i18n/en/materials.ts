/** The role sheet, the glossary and the sources: a student's materials. */
export const materialsEn = {
  links: {
    label: 'Student materials',
    sheet: 'Role sheet',
    controlSheet: "Control's sheet",
    glossary: 'Glossary',
  },
  back: {
    room: 'Back to the exercise',
    control: "Back to Control's desk",
  },
  sheet: {
    title: 'Role sheet: {{team}}',
    controlTitle: "Control's sheet: every team",
    teamNote: 'Yours to keep during the exercise. The secret briefing is for your team only.',
    controlNote:
      "Control's copy: every team's secret briefing, secret objectives and covert cards. Keep it away from the players.",
    print: 'Print',
    situation: 'The situation',
    role: 'Role',
    publicBriefing: 'Public briefing (every team reads it)',
    secretBriefing: 'Secret briefing',
    secretNote: 'Only your team reads this. Do not show it to the other teams.',
    secretNoteControl: 'Only this team and Control read this.',
    objectives: 'Objectives',
    public: 'Public',
    secret: 'Secret',
    weight_one: 'weight {{count}}',
    weight_other: 'weight {{count}}',
    cards_one: 'Action card ({{count}})',
    cards_other: 'Action cards ({{count}})',
    covert: 'Covert',
    publicCard: 'Public',
    odds: 'base odds {{percent}}%',
    learningObjectives: 'What the exercise teaches',
    noneTitle: 'No role sheet',
    none: 'Observers play no team, so they have no role sheet. The glossary is open to everyone.',
  },
  glossary: {
    title: 'Glossary',
    intro:
      'The terms the cards use, explained. In a card, a term with a dotted underline opens its entry.',
    empty: 'This scenario has no glossary.',
    termOf: 'What is {{term}}?',
    allTerms: 'The whole glossary',
    close: 'Close',
  },
  sources: {
    title: 'Sources and pre-reading',
    intro:
      'Every inject quotes one line of the article below: read it before the first move. Some cards also draw on an earlier exercise.',
    article: '{{author}}, “{{title}}”, {{publication}}, {{year}}',
    other: '{{author}}, “{{title}}” ({{year}})',
  },
};
