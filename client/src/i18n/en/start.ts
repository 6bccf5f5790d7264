/** English words of the start screen (see ../en.ts for the conventions). */
export const startEn = {
  title: 'Run a crisis exercise, or join one',
  join: {
    title: 'Join an exercise',
    hint: 'Type the code of 6 letters and digits that Control shows you.',
    label: 'Join code',
    submit: 'Join',
    empty: 'Type the join code first.',
    length_one: 'A join code has 6 characters; this one has {{count}}.',
    length_other: 'A join code has 6 characters; this one has {{count}}.',
    characters: 'A join code uses only letters and the digits 2 to 9 (never 0, 1, I, L or O).',
  },
  create: {
    title: 'Create an exercise',
    hint: 'For the facilitator (Control): choose a scenario and a format (how long the session lasts), adjust the time of each phase if needed, and create the exercise. You then get the code, the link and a QR code for the players.',
    choose: 'Choose this scenario',
    chooseNamed: 'Choose this scenario: {{title}}',
    chooseFirst: 'Choose a scenario first.',
    timing: 'Time per phase, in minutes',
    timingHint:
      'The scenario’s own times are filled in. Each must be a whole number from 1 to 240.',
    timingFormatHint:
      'These are the defaults of the format “{{format}}”; choosing another format puts its own back. Each must be a whole number from 1 to 240.',
    timingReset: 'Use the format’s times again',
    totalAsPlanned_one: 'Total: {{count}} minute, as the format plans.',
    totalAsPlanned_other: 'Total: {{count}} minutes, as the format plans.',
    totalChanged_one: 'Total with these settings: {{count}} minute (the format plans {{planned}}).',
    totalChanged_other:
      'Total with these settings: {{count}} minutes (the format plans {{planned}}).',
    totalInvalid: 'The total shows again once every time is valid.',
    totalHowSequential_one:
      'Briefing, then {{count}} move (deliberation, a decision window for each of the {{teams}} teams in turn, and {{results}} minutes for Control to go through the results), then the hotwash.',
    totalHowSequential_other:
      'Briefing, then {{count}} moves (each: deliberation, a decision window for each of the {{teams}} teams in turn, and {{results}} minutes for Control to go through the results), then the hotwash.',
    totalHowSimultaneous_one:
      'Briefing, then {{count}} move (deliberation, one decision window for all teams at once, and {{results}} minutes for Control to go through the results), then the hotwash.',
    totalHowSimultaneous_other:
      'Briefing, then {{count}} moves (each: deliberation, one decision window for all teams at once, and {{results}} minutes for Control to go through the results), then the hotwash.',
    phase: {
      briefingMinutes: 'Opening briefing',
      deliberationMinutes: 'Deliberation',
      decisionMinutes: 'Decision, per team',
      hotwashMinutes: 'Hotwash',
    },
    decisionAtOnce: 'Decision, all teams',
    minutesInvalid: 'Enter whole minutes from 1 to 240.',
    options: 'Options',
    skipPractice: 'Skip the practice move and start with move 1',
    skipPracticeHint: 'The practice move is not scored: it lets everyone learn the screens first.',
    noPractice: 'This scenario has no practice move.',
    formatNoPractice: 'Not available: the format “{{format}}” plays no practice move.',
    reportLanguage: {
      en: 'The report and the scenario texts on Control’s screens will be in English, the language of this page.',
      es: 'The report and the scenario texts on Control’s screens will be in Spanish, the language of this page.',
    },
    fixErrors: 'Correct the marked fields first.',
    submit: 'Create the exercise',
    creating: 'Creating the exercise…',
  },
  format: {
    legend: 'Format: how long the session lasts',
    hint: 'Each format plays some of the scenario’s moves in a given time. The phase lengths below follow the format you choose.',
    minutes_one: '{{count}} min',
    minutes_other: '{{count}} min',
    moves_one: 'Move {{list}}',
    moves_other: 'Moves {{list}}',
    moves_practice_one: 'The practice move, then move {{list}}',
    moves_practice_other: 'The practice move, then moves {{list}}',
    practiceOnly: 'The practice move only',
    mode: {
      sequential: 'Teams decide in turn, one after another',
      simultaneous: 'All teams decide at the same time',
    },
  },
  card: {
    formats_one: 'Format',
    formats_other: 'Formats',
    formatMinutes_one: '{{list}} minute',
    formatMinutes_other: '{{list}} minutes',
  },
  created: {
    title: 'The exercise is ready',
    loading: 'Preparing the links…',
    players: 'For the players',
    projector:
      'Show this part on the projector: players scan the QR code, open the link or type the code.',
    code: 'Join code',
    link: 'Join link',
    qrAlt: 'QR code of the join link {{url}}',
    qrFailed: 'The QR code could not be drawn; share the link or the code instead.',
    copyJoin: 'Copy the join link',
    copyFacilitator: 'Copy the facilitator link',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the link and copy it by hand.',
    facilitator: 'For you only: the facilitator link',
    private: 'Keep this private: whoever has it controls the exercise.',
    privateHint:
      'This browser already remembers it. Copy it to run Control from another device, or to give it to a co-facilitator.',
    openConsole: 'Open the facilitator console',
    another: 'Create another exercise',
  },
} as const;
