/** English words of the lobby screen (see ../en.ts for the conventions). */
export const lobbyEn = {
  waiting: 'Waiting for Control to start the exercise.',
  waitingHint: 'Keep this page open: it changes by itself when the exercise begins.',
  forkWaiting:
    'This exercise picks up another one at move {{move}}: the world stands as it did then, and play resumes there once Control starts.',
  forkWaitingPractice:
    'This exercise picks up another one at its practice move: play resumes there once Control starts.',
  scenario: 'The scenario',
  seat: {
    title: 'Your seat',
    name: 'You are {{name}}.',
    team: 'Your team: {{team}}.',
    lead: 'You lead your team: you submit its decisions.',
    ledBy: '{{name}} leads your team and submits its decisions.',
    noLead: 'Your team has no lead yet: Control names one.',
    observer: 'You are an observer: you see the public picture, never a team’s secrets.',
  },
  briefing: 'Your team’s briefing',
  teams: 'Who is here',
  seatKind: {
    human: 'Played by people',
    bot: 'Played by a bot',
    empty: 'Nobody yet',
  },
  nobody: 'Nobody has joined this team yet.',
  noObservers: 'No observers yet.',
  online: 'online',
} as const;
