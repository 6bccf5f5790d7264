/** English words of the projector (and observer) screen (see ../en.ts for the conventions). */
export const screenEn = {
  debrief: 'The hotwash, in four stages',
  lobby: {
    title: 'Join the exercise',
    noCode: 'Ask Control for the join code, then open the join page.',
    goTo: 'Go to {{url}} and enter the code:',
    code: 'Join code',
    qr: 'QR code of the join link {{url}}',
    locked: 'Control has locked the exercise: ask Control to let you in.',
    joined_one: '{{count}} player has joined a team',
    joined_other: '{{count}} players have joined a team',
    bot: 'played by a bot',
    nobody: 'nobody yet',
  },
  injects: {
    title: 'New developments',
    none: 'No inject card has been released yet.',
    earlier_one: '{{count}} earlier development',
    earlier_other: '{{count}} earlier developments',
  },
  statements: {
    title: 'Public statements',
    none: 'No team has made a public statement yet.',
  },
  results: {
    title: 'Results: {{move}}',
    tracks: 'How the tracks moved',
  },
  scores: {
    title: 'The objectives, scored',
    line: '{{earned}} of {{possible}} points; {{met}} of {{total}} objectives met',
  },
  projector: {
    world: 'The world',
    since: {
      start: 'since the start',
      practice: 'since the practice move',
      move: 'since move {{move}}',
    },
    change: {
      up: 'up {{delta}} {{since}}',
      down: 'down {{delta}} {{since}}',
      none: 'no change {{since}}',
    },
    rung: 'Rung {{value}} of {{max}}',
    now: 'now',
    was: 'was',
    players_one: '{{count}} player',
    players_other: '{{count}} players',
    andMore_one: 'and {{count}} more',
    andMore_other: 'and {{count}} more',
    latest: 'Latest development',
    earlier: 'Before it',
    noInject: 'No development has been released to everybody yet.',
    decisions: {
      title: 'Decisions',
      hint: 'The decisions are shown with the results.',
      state: {
        upcoming: 'decides later',
        deciding: 'deciding now',
        waiting: 'waits its turn',
        decided: 'has decided',
        idle: '',
      },
    },
    review: 'Control is reviewing the results of this move.',
    results: {
      none: 'No public action this move.',
    },
    dilemma: {
      title: 'A forced choice for {{team, inSentence}}',
      awaiting: '{{team}} is choosing.',
    },
    connection: 'This screen has lost the server; it reconnects on its own.',
  },
  seat: {
    noSeat: 'This browser cannot show the projector view.',
    howTo:
      'Open the projector view from the facilitator’s console, in the browser that holds the facilitator link, or join the exercise as an observer with its code.',
    toControl: 'Go to the facilitator’s console',
    toJoin: 'Join with a code',
    taking: 'Taking the projector’s seat…',
    failedTitle: 'The projector could not take its seat.',
    failed: 'The server said: {{message}}',
    retry: 'Try again',
  },
  teamSeat: {
    title: 'Not on the projector',
    text: 'This browser holds a seat in a team: {{team}}. A team’s screen shows its secrets, so it is never shown on the projector. Open the projector view from the facilitator’s browser, or from a browser that joined as an observer.',
    toTeam: 'Go to your team’s room',
  },
} as const;
