import jsonPatch from 'fast-json-patch';
import type { ChatMessage } from '../protocol/chat';
import {
  assembleView,
  deskKey,
  scenarioKey,
  type ControlDesk,
  type PatchFrame,
  type PersonalView,
  type StaticFace,
  type StaticFrame,
  type ViewFrame,
  type ViewParts,
} from '../protocol/view-frames';
import type { ExerciseView } from '../protocol/views';

export type { StaticFace };

function isDesk(face: StaticFace | undefined): face is ControlDesk {
  return face !== undefined && 'face' in face && face.face === 'desk';
}

/** Where a client keeps the scenario versions it has received (memory, or the browser's storage). */
export interface ScenarioCache {
  get(key: string): StaticFace | undefined;
  set(key: string, face: StaticFace): void;
  keys(): string[];
}

/** A cache for one process: every client of a test or a benchmark shares it. */
export function memoryScenarioCache(): ScenarioCache {
  const held = new Map<string, StaticFace>();
  return {
    get: (key) => held.get(key),
    set: (key, scenario) => void held.set(key, scenario),
    keys: () => [...held.keys()],
  };
}

/** What a frame did to the view: a new view, nothing (an old patch), or a gap to fill with `sync`. */
export type StreamResult =
  { kind: 'view'; view: ExerciseView } | { kind: 'unchanged' } | { kind: 'gap'; reason: string };

/** Where a message goes: after every message stamped no later (the server's order on ties). */
function insertInOrder(messages: readonly ChatMessage[], message: ChatMessage): ChatMessage[] {
  let index = messages.length;
  while (index > 0 && (messages[index - 1] as ChatMessage).at > message.at) index -= 1;
  return [...messages.slice(0, index), message, ...messages.slice(index)];
}

/**
 * Rebuilds the recipient's whole view from the frames the server sends
 * (`view`, `patch`, `personal`, `chat`), as the server's projection made it.
 * Patches are applied in their numbered order; one that does not follow the
 * last (a frame lost in a reconnection) or does not apply is a gap, and the
 * caller asks for a whole view again. The browser and the headless client
 * share this one implementation.
 */
export class ViewStream {
  private parts: ViewParts | null = null;
  private seq = 0;
  private serverTime = 0;
  private assembled: ExerciseView | null = null;

  constructor(readonly scenarios: ScenarioCache = memoryScenarioCache()) {}

  get view(): ExerciseView | null {
    return this.assembled;
  }

  /** The scenario versions to name in the handshake and in `sync`. */
  heldScenarios(): string[] {
    return this.scenarios.keys().slice(-8);
  }

  onView(frame: ViewFrame): StreamResult {
    const { id, version } = frame.view.scenario;
    const key = scenarioKey(id, version);
    if (frame.scenario !== null) this.scenarios.set(key, frame.scenario);
    const held = this.scenarios.get(key);
    const scenario = frame.scenario ?? (isDesk(held) ? undefined : held);
    if (scenario === undefined) return { kind: 'gap', reason: `scenario ${key} is not held` };
    let desk: ControlDesk | null = null;
    if (frame.view.control !== null) {
      const control = deskKey(id, version);
      if (frame.desk !== null) this.scenarios.set(control, frame.desk);
      const cached = frame.desk ?? this.scenarios.get(control);
      if (!isDesk(cached)) return { kind: 'gap', reason: `desk ${control} is not held` };
      desk = cached;
    }
    this.parts = { scenario, desk, view: frame.view, personal: frame.personal, chat: frame.chat };
    this.seq = frame.seq;
    return this.update(frame.serverTime);
  }

  /** A face the next whole view leaves out: kept, under its key, for every view after. */
  onStatic(frame: StaticFrame): void {
    this.scenarios.set(frame.key, frame.face);
  }

  onPatch(frame: PatchFrame): StreamResult {
    if (this.parts === null) return { kind: 'gap', reason: 'no view yet' };
    if (frame.seq <= this.seq) return { kind: 'unchanged' };
    if (frame.seq !== this.seq + 1) {
      return { kind: 'gap', reason: `patch ${frame.seq} after patch ${this.seq}` };
    }
    try {
      const view = jsonPatch.applyPatch(this.parts.view, frame.ops, false, false).newDocument;
      this.parts = { ...this.parts, view };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'gap', reason: `patch ${frame.seq} does not apply: ${message}` };
    }
    this.seq = frame.seq;
    return this.update(frame.serverTime);
  }

  onPersonal(personal: PersonalView): StreamResult {
    if (this.parts === null) return { kind: 'unchanged' };
    this.parts = { ...this.parts, personal };
    return this.update(this.serverTime);
  }

  /** A new message; one already held (a resent command's echo) changes nothing. */
  onChat(message: ChatMessage): StreamResult {
    if (this.parts === null) return { kind: 'unchanged' };
    if (this.parts.chat.some((held) => held.id === message.id)) return { kind: 'unchanged' };
    this.parts = { ...this.parts, chat: insertInOrder(this.parts.chat, message) };
    return this.update(this.serverTime);
  }

  private update(serverTime: number): StreamResult {
    if (this.parts === null) return { kind: 'unchanged' };
    this.serverTime = serverTime;
    this.assembled = assembleView(this.parts, serverTime);
    return { kind: 'view', view: this.assembled };
  }
}
