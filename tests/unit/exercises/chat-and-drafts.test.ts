import { afterEach, describe, expect, it } from 'vitest';
import {
  makeHarness,
  seatedExercise,
  serviceErrorOf,
  T0,
  type Harness,
} from '../../support/exercise-service-harness';
import { submitAs } from '../../support/submit-as';

const facilitator = { kind: 'facilitator' } as const;
const player = (playerId: string) => ({ kind: 'player', playerId }) as const;

describe('chat and drafts', () => {
  const harnesses: Harness[] = [];
  afterEach(() => {
    for (const { service, store } of harnesses.splice(0)) {
      service.stop();
      store.close();
    }
  });

  function seated() {
    const harness = makeHarness();
    harnesses.push(harness);
    return seatedExercise(harness);
  }

  it('stores a message stamped with the time, the move and the phase, and announces it', () => {
    const { service, store, clock, exerciseId, ids, control } = seated();
    control({ type: 'facilitator.start' });
    clock.advanceBy(1_000);
    const heard: string[] = [];
    service.onChange((_, change) => {
      if (change.kind === 'chat') heard.push(store.listChat(exerciseId).at(-1)?.id ?? 'none');
    });
    const message = service.postChat(
      exerciseId,
      player(ids.ana),
      'team:washington',
      '  Hold firm.  ',
    );
    expect(message).toEqual({
      id: message.id,
      channel: 'team:washington',
      sender: ids.ana,
      senderName: 'Ana',
      text: 'Hold firm.',
      at: T0 + 1_000,
      move: 0,
      phase: 'briefing',
    });
    expect(heard).toEqual([message.id]);
    expect(service.chat(exerciseId)).toEqual([message]);
    const broadcast = service.postChat(exerciseId, facilitator, 'broadcast', 'Five minutes left.');
    expect(broadcast.senderName).toBe('Control');
    expect(broadcast.sender).toBe('facilitator');
  });

  it('lets each sender post only where it belongs', () => {
    const { service, exerciseId, ids } = seated();
    const post = (sender: Parameters<typeof service.postChat>[1], channel: string, text = 'hi') =>
      serviceErrorOf(() => service.postChat(exerciseId, sender, channel, text));
    expect(
      service.postChat(exerciseId, player(ids.carl), 'channel:washington-mexico', 'hello').text,
    ).toBe('hello');
    expect(service.postChat(exerciseId, facilitator, 'team:cartels', 'a word').channel).toBe(
      'team:cartels',
    );
    expect(post(player(ids.ana), 'team:mexico')).toEqual({
      code: 'channel-forbidden',
      message: 'Your team does not take part in team:mexico.',
    });
    expect(post(player(ids.dora), 'channel:washington-mexico')).toEqual({
      code: 'channel-forbidden',
      message: 'Your team does not take part in channel:washington-mexico.',
    });
    expect(post(player(ids.ana), 'broadcast')).toEqual({
      code: 'channel-forbidden',
      message: 'Only Control broadcasts.',
    });
    expect(post(player(ids.eve), 'broadcast')).toEqual({
      code: 'observer',
      message: 'Observers read the chat; they do not post.',
    });
    expect(post(facilitator, 'channel:nowhere')).toEqual({
      code: 'unknown-channel',
      message: 'There is no channel "channel:nowhere".',
    });
    expect(post(facilitator, 'team:atlantis').code).toBe('unknown-channel');
    expect(post(player(ids.ana), 'team:washington', '   ')).toEqual({
      code: 'invalid-text',
      message: 'The message is empty.',
    });
    expect(post(player(ids.ana), 'team:washington', 'x'.repeat(2001))).toEqual({
      code: 'invalid-text',
      message: 'A message has at most 2000 characters.',
    });
    expect(service.chat(exerciseId)).toHaveLength(2);
  });

  it('shows each reader only the channels it may read', () => {
    const { service, exerciseId, ids } = seated();
    service.postChat(exerciseId, player(ids.ana), 'team:washington', 'w');
    service.postChat(exerciseId, player(ids.carl), 'channel:washington-mexico', 'line');
    service.postChat(exerciseId, player(ids.dora), 'team:cartels', 'c');
    service.postChat(exerciseId, facilitator, 'broadcast', 'all');
    const texts = (reader: Parameters<typeof service.chat>[1]) =>
      service.chat(exerciseId, reader).map((message) => message.text);
    expect(texts({ kind: 'facilitator' })).toEqual(['w', 'line', 'c', 'all']);
    expect(texts({ kind: 'team', team: 'washington', player: ids.ben })).toEqual([
      'w',
      'line',
      'all',
    ]);
    expect(texts({ kind: 'team', team: 'cartels', player: ids.dora })).toEqual(['c', 'all']);
    expect(texts({ kind: 'observer', player: ids.eve })).toEqual(['all']);
  });

  it("keeps each team's latest draft until the team decides, and counts participation", () => {
    const { service, exerciseId, ids, control, clock } = seated();
    control({ type: 'facilitator.start' });
    for (let step = 0; step < 3; step += 1) control({ type: 'facilitator.advance' });
    const heard: string[] = [];
    service.onChange((_, change) => {
      if (change.kind === 'draft') heard.push(change.team);
    });
    service.updateDraft(exerciseId, ids.ben, { kind: 'hold', rationale: 'wait' });
    clock.advanceBy(500);
    const latest = service.updateDraft(exerciseId, ids.ana, {
      kind: 'actions',
      cards: ['sanctions'],
      rationale: 'squeeze',
    });
    service.updateDraft(exerciseId, ids.carl, { kind: 'hold' });
    expect(latest).toEqual({
      team: 'washington',
      move: 0,
      playerId: ids.ana,
      at: clock.now(),
      draft: { kind: 'actions', cards: ['sanctions'], rationale: 'squeeze' },
    });
    expect(heard).toEqual(['washington', 'washington', 'mexico']);
    const kept = service.drafts(exerciseId);
    expect(Object.keys(kept)).toEqual(['washington', 'mexico']);
    expect(kept.washington).toEqual(latest);
    expect(kept.mexico?.playerId).toBe(ids.carl);
    expect(
      serviceErrorOf(() => service.updateDraft(exerciseId, ids.eve, { kind: 'hold' })),
    ).toEqual({
      code: 'observer',
      message: 'Observers do not draft decisions.',
    });

    service.postChat(exerciseId, player(ids.ana), 'team:washington', 'agreed?');
    service.postChat(exerciseId, player(ids.ana), 'team:washington', 'sending');
    const decided = submitAs(service, exerciseId, player(ids.ana), 'w', {
      type: 'team.submitDecision',
      team: 'washington',
      decision: { kind: 'actions', cards: ['sanctions'], rationale: 'squeeze' },
    });
    expect(decided.ok).toBe(true);
    expect(Object.keys(service.drafts(exerciseId))).toEqual(['mexico']);
    // A null draft clears the team's draft.
    expect(service.updateDraft(exerciseId, ids.carl, null)).toBeNull();
    expect(service.drafts(exerciseId)).toEqual({});
    expect(service.participation(exerciseId)).toEqual({
      [ids.ana]: { messages: 2, drafts: 1, decisions: 1, reflections: 0 },
      [ids.ben]: { messages: 0, drafts: 1, decisions: 0, reflections: 0 },
      [ids.carl]: { messages: 0, drafts: 2, decisions: 0, reflections: 0 },
      [ids.dora]: { messages: 0, drafts: 0, decisions: 0, reflections: 0 },
      [ids.eve]: { messages: 0, drafts: 0, decisions: 0, reflections: 0 },
    });
  });
});
