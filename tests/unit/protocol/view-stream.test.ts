import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import {
  assembleView,
  deskKey,
  recipientClass,
  scenarioKey,
  splitView,
  type ExerciseView,
  type Recipient,
  type SharedView,
} from '@borderline/shared';
import { memoryScenarioCache, ViewStream } from '@borderline/shared/client';
import jsonPatch from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { project, projectPersonal } from '../../../server/src/projection';
import { playRecordedGame, recipientsOf } from '../projection/recorded-game';

const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const recipients = recipientsOf(scenario);

/** A frame as the server makes it, from a projected view. */
function frameOf(view: ExerciseView, seq: number, held: boolean) {
  const parts = splitView(view);
  return {
    seq,
    serverTime: view.exercise.serverTime ?? 0,
    view: parts.view,
    personal: parts.personal,
    chat: parts.chat,
    scenario: held ? null : parts.scenario,
    desk: held ? null : parts.desk,
  };
}

describe('the view on the wire', () => {
  it('splits and reassembles every recipient’s view, at every step of a game, as projected', () => {
    let steps = 0;
    playRecordedGame(scenario, 4, ({ input }) => {
      steps += 1;
      const now = { ...input, now: 1_767_225_600_000 + steps * 1_000 };
      for (const recipient of recipients) {
        const view = project(now, recipient);
        const parts = splitView(view);
        expect(assembleView(parts, now.now)).toEqual(view);
        expect(parts.personal).toEqual(projectPersonal(now, recipient));
        expect(parts.view.exercise.serverTime).toBeNull();
      }
    });
    expect(steps).toBeGreaterThan(20);
  });

  it('gives every member of a class the same shared view, and the classes different ones', () => {
    const shared = new Map<string, SharedView>();
    playRecordedGame(scenario, 3, ({ input }) => {
      shared.clear();
      const extra: Recipient[] = [
        { kind: 'team', team: 'washington', player: 'someone-else' },
        { kind: 'observer', player: 'another-observer' },
      ];
      for (const recipient of [...recipients, ...extra]) {
        const view = splitView(project(input, recipient)).view;
        const known = shared.get(recipientClass(recipient));
        if (known === undefined) shared.set(recipientClass(recipient), view);
        else expect(view).toEqual(known);
      }
    });
    expect([...shared.keys()].sort()).toEqual([
      'facilitator',
      'observer',
      'team:cartels',
      'team:mexico-city',
      'team:washington',
    ]);
  });

  it('follows a game through patches alone, and names a gap or a patch that does not apply', () => {
    const team: Recipient = { kind: 'team', team: 'mexico-city', player: 'p-mexico-city' };
    const stream = new ViewStream(memoryScenarioCache());
    let held: SharedView | null = null;
    let seq = 0;
    let patches = 0;
    playRecordedGame(scenario, 5, ({ input }) => {
      const view = project({ ...input, now: 1_000 }, team);
      const parts = splitView(view);
      if (held === null) {
        expect(stream.onView(frameOf(view, 0, false)).kind).toBe('view');
      } else {
        const ops = jsonPatch.compare(held, parts.view);
        if (ops.length > 0) {
          seq += 1;
          patches += 1;
          expect(stream.onPatch({ seq, serverTime: 1_000, ops }).kind).toBe('view');
        }
        expect(stream.onPersonal(parts.personal).kind).toBe('view');
      }
      held = parts.view;
      const rebuilt = stream.view;
      expect(rebuilt === null ? null : { ...rebuilt, chat: view.chat }).toEqual(view);
    });
    expect(patches).toBeGreaterThan(20);
    // An old patch changes nothing; a skipped number or a wrong base is a gap.
    expect(stream.onPatch({ seq, serverTime: 1_000, ops: [] }).kind).toBe('unchanged');
    expect(stream.onPatch({ seq: seq + 2, serverTime: 1_000, ops: [] })).toEqual({
      kind: 'gap',
      reason: `patch ${seq + 2} after patch ${seq}`,
    });
    const bad = stream.onPatch({
      seq: seq + 1,
      serverTime: 1_000,
      ops: [{ op: 'remove', path: '/no/such/place' }],
    });
    expect(bad.kind).toBe('gap');
  });

  it('keeps the scenario and Control’s desk it was sent, and asks for one a frame leaves out', () => {
    const facilitator: Recipient = { kind: 'facilitator' };
    let first: ExerciseView | null = null;
    playRecordedGame(scenario, 2, ({ input }) => {
      first ??= project({ ...input, now: 5 }, facilitator);
    });
    if (first === null) throw new Error('no step');
    const cache = memoryScenarioCache();
    const stream = new ViewStream(cache);
    expect(stream.onView(frameOf(first, 3, true)).kind).toBe('gap');
    expect(stream.onView(frameOf(first, 3, false)).kind).toBe('view');
    expect(stream.heldScenarios()).toEqual([
      scenarioKey(scenario.id, scenario.version),
      deskKey(scenario.id, scenario.version),
    ]);
    expect(new ViewStream(cache).onView(frameOf(first, 3, true)).kind).toBe('view');
    // Control's view without its desk is a gap too, though the scenario is held.
    const withoutDesk = { ...frameOf(first, 3, false), desk: null };
    const fresh = new ViewStream(memoryScenarioCache());
    expect(fresh.onView(withoutDesk)).toEqual({
      kind: 'gap',
      reason: `desk ${deskKey(scenario.id, scenario.version)} is not held`,
    });
  });

  it('keeps Control’s static desk out of the shared view: a fraction of its size', () => {
    let first: ExerciseView | null = null;
    playRecordedGame(scenario, 2, ({ input }) => {
      first ??= project({ ...input, now: 5 }, { kind: 'facilitator' });
    });
    if (first === null) throw new Error('no step');
    const parts = splitView(first);
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(parts.view)).toBeLessThan(size(parts.desk) / 2);
    expect(parts.view.control?.released).toEqual([]);
    expect(JSON.stringify(parts.view)).not.toContain(scenario.injects[0]?.id ?? '?');
  });

  it('adds each chat message once, in the order of its time', () => {
    const facilitator: Recipient = { kind: 'facilitator' };
    let first: ExerciseView | null = null;
    playRecordedGame(scenario, 2, ({ input }) => {
      first ??= project({ ...input, chat: [], now: 5 }, facilitator);
    });
    if (first === null) throw new Error('no step');
    const stream = new ViewStream();
    stream.onView(frameOf(first, 0, false));
    const message = (id: string, at: number) => ({
      id,
      channel: 'broadcast',
      sender: 'facilitator',
      senderName: 'Control',
      text: id,
      at,
      move: 0,
      phase: 'lobby' as const,
    });
    stream.onChat(message('late', 20));
    stream.onChat(message('early', 10));
    expect(stream.onChat(message('late', 20)).kind).toBe('unchanged');
    expect(stream.view?.chat.map((held) => held.id)).toEqual(['early', 'late']);
  });
});
