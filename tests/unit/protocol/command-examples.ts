import type { ClientCommand, ClientCommandType } from '@borderline/shared';

/** One valid example of every command; typed so that a new command without an example fails to compile. */
export const VALID_COMMANDS: { [T in ClientCommandType]: Extract<ClientCommand, { type: T }> } = {
  'facilitator.start': { id: 'cmd-start-01', type: 'facilitator.start', skipPractice: true },
  'facilitator.skipPractice': { id: 'cmd-skip-01', type: 'facilitator.skipPractice' },
  'facilitator.advance': { id: 'cmd-advance-01', type: 'facilitator.advance' },
  'facilitator.releaseInject': {
    id: 'cmd-release-01',
    type: 'facilitator.releaseInject',
    inject: 'davos-97-percent',
  },
  'facilitator.pause': { id: 'cmd-pause-01', type: 'facilitator.pause' },
  'facilitator.resume': { id: 'cmd-resume-01', type: 'facilitator.resume' },
  'facilitator.adjustDeadline': {
    id: 'cmd-deadline-01',
    type: 'facilitator.adjustDeadline',
    deltaMs: 120_000,
  },
  'facilitator.skipTurn': {
    id: 'cmd-skipturn-01',
    type: 'facilitator.skipTurn',
    team: 'cartels',
    reason: 'The team left the room.',
  },
  'facilitator.setFreeformOdds': {
    id: 'cmd-odds-0001',
    type: 'facilitator.setFreeformOdds',
    action: 'm2-mexico-city-0',
    odds: 40,
    reason: 'Plausible but costly.',
    onSuccess: [{ track: 'bilateral-trust', delta: 1 }],
    onFailure: [{ track: 'bilateral-trust', delta: -1 }],
  },
  'facilitator.vetoFreeform': {
    id: 'cmd-veto-0001',
    type: 'facilitator.vetoFreeform',
    action: 'm2-cartels-0',
    reason: 'Beyond the cartels’ reach.',
  },
  'facilitator.overrideOutcome': {
    id: 'cmd-outcome-01',
    type: 'facilitator.overrideOutcome',
    action: 'm1-washington-0',
    outcome: 'failure',
    reason: 'The leak came first.',
  },
  'facilitator.overrideTrack': {
    id: 'cmd-track-0001',
    type: 'facilitator.overrideTrack',
    track: 'escalation',
    value: 3,
    reason: 'Tariffs announced on television.',
  },
  'facilitator.addNarrative': {
    id: 'cmd-narrative-1',
    type: 'facilitator.addNarrative',
    text: 'Washington’s pressure mounts.',
  },
  'facilitator.publishAdjudication': {
    id: 'cmd-publish-01',
    type: 'facilitator.publishAdjudication',
  },
  'facilitator.endEarly': {
    id: 'cmd-end-000001',
    type: 'facilitator.endEarly',
    reason: 'Out of time.',
    ending: 'rupture',
  },
  'facilitator.openDebriefStage': {
    id: 'cmd-stage-0001',
    type: 'facilitator.openDebriefStage',
    stage: 'why',
  },
  'facilitator.closeHotwash': { id: 'cmd-close-0001', type: 'facilitator.closeHotwash' },
  'team.submitDecision': {
    id: 'cmd-decide-001',
    type: 'team.submitDecision',
    decision: {
      kind: 'actions',
      cards: ['expand-terrorist-designations'],
      rationale: 'Widen the legal tools first.',
      statement: 'We will use every tool.',
    },
  },
  'team.chooseDilemmaOption': {
    id: 'cmd-dilemma-01',
    type: 'team.chooseDilemmaOption',
    option: 'accept-as-joint',
  },
  'team.updateDraft': {
    id: 'cmd-draft-0001',
    type: 'team.updateDraft',
    draft: { kind: 'freeform', description: 'A quiet summit', reasons: ['Both need a win'] },
  },
  'player.submitReflection': {
    id: 'cmd-reflect-01',
    type: 'player.submitReflection',
    answers: { whatHappened: 'We escalated.', takeaway: 'Talk earlier.' },
  },
  'player.answerKnowledgeCheck': {
    id: 'cmd-quiz-00001',
    type: 'player.answerKnowledgeCheck',
    attempt: 'before',
    answers: { 'terrorist-designation': 'authorities', 'trade-as-shield': 'false' },
  },
  'lobby.movePlayer': { id: 'cmd-move-00001', type: 'lobby.movePlayer', player: 'p-7', team: null },
  'lobby.removePlayer': { id: 'cmd-remove-001', type: 'lobby.removePlayer', player: 'p-7' },
  'lobby.makeLead': { id: 'cmd-lead-00001', type: 'lobby.makeLead', player: 'p-3' },
  'lobby.setLocked': { id: 'cmd-lock-00001', type: 'lobby.setLocked', locked: true },
  'lobby.setSeat': { id: 'cmd-seat-00001', type: 'lobby.setSeat', team: 'cartels', kind: 'bot' },
  'chat.send': {
    id: 'cmd-chat-00001',
    type: 'chat.send',
    channel: 'channel:washington-mexico-city',
    text: 'Can we talk before the decision?',
  },
};
