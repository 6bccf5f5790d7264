import type { Operation } from 'fast-json-patch';
import { z } from 'zod';
import type { InjectCard } from '../scenario/index';
import type { ChatMessage } from './chat';
import type { ControlView } from './control-view';
import type { Reflection } from './explanation';
import type { OwnKnowledgeCheck } from './knowledge-check';
import type { Recipient } from './roster';
import type {
  CardSummary,
  ExerciseView,
  ObjectiveView,
  OwnTeamView,
  ScenarioView,
  TeamPublicView,
} from './views';

/**
 * How an ExerciseView travels. The projection computes one whole view per
 * recipient; on the wire it is cut in four, so that each part is sent only
 * as often as it changes:
 *
 * - the scenario's static face (`ScenarioStatic`), the same for every
 *   recipient of every exercise on that scenario version: sent with a
 *   client's first frame unless the client says it holds that version;
 *   likewise Control's desk (`ControlDesk`: every team, card, inject and
 *   ending whole), to Control only;
 * - the `SharedView`, the same for every recipient of one class (Control,
 *   one team, the observers): sent whole once, then as JSON patches
 *   (RFC 6902) computed and serialised once per class, numbered so that a
 *   client can tell when it missed one;
 * - the `PersonalView` (who the recipient is, whether it leads, its own
 *   reflections): small, resent whole when it changes;
 * - the chat, which travels only as messages.
 */

/** The part of the scenario no play changes. */
export type ScenarioStatic = Omit<ScenarioView, 'cards' | 'format' | 'teams'> & {
  teams: Omit<TeamPublicView, 'objectives'>[];
};

/** The part of the scenario that depends on the play and the recipient. */
export interface ScenarioState {
  id: string;
  version: number;
  cards: CardSummary[];
  format: ScenarioView['format'];
  /** Per team id, the objectives the recipient may read. */
  objectives: Record<string, ObjectiveView[]>;
}

/** Control's desk as no play changes it: three quarters of Control's view. */
export interface ControlDesk {
  /** Tells a desk from a scenario face in a client's cache. */
  face: 'desk';
  teams: ControlView['teams'];
  cards: ControlView['cards'];
  injects: InjectCard[];
  endings: ControlView['endings'];
}

/** What a client caches by version: a scenario's static face, or (Control's) its desk. */
export type StaticFace = ScenarioStatic | ControlDesk;

/** A static face a client lacks, sent once before the whole view that needs it. */
export interface StaticFrame {
  /** `scenarioKey` or `deskKey`: what the client names once it holds the face. */
  key: string;
  face: StaticFace;
}

/** Control's desk as the play changes it: the rest, and which injects are out. */
export type ControlState = Omit<ControlView, 'teams' | 'cards' | 'injectDeck' | 'endings'> & {
  released: string[];
};

/** What every recipient of one class sees; clock readings are carried by the frames. */
export type SharedView = Omit<
  ExerciseView,
  'recipient' | 'scenario' | 'chat' | 'reflections' | 'ownKnowledgeCheck' | 'team' | 'control'
> & {
  scenario: ScenarioState;
  team: Omit<OwnTeamView, 'isLead'> | null;
  control: ControlState | null;
};

/** What only this one recipient sees. */
export interface PersonalView {
  recipient: Recipient;
  /** Whether the recipient leads its team (false for Control and observers). */
  isLead: boolean;
  reflections: Reflection[];
  /** Its own sittings of the knowledge check, scored, and the review once it took the debrief's. */
  ownKnowledgeCheck: OwnKnowledgeCheck;
}

export type ViewPatchOperation = Operation;

/** Scenario versions ("id@version#shape") a client holds, so that a frame need not carry them. */
export const HeldScenarios = z
  .array(z.string().max(100, 'expected a scenario version of at most 100 characters'))
  .max(8, 'expected at most 8 scenario versions');

/** What `sync` asks for. */
export const SyncRequest = z.strictObject({ scenarios: HeldScenarios.optional() });
export type SyncRequest = z.infer<typeof SyncRequest>;

/** A whole view: on connection, after a `sync`, and when a player changes class. */
export interface ViewFrame {
  /** The number of the class's last patch this view includes. */
  seq: number;
  /** The server's clock when the frame was made (epoch ms). */
  serverTime: number;
  view: SharedView;
  personal: PersonalView;
  /** Every message of the channels the recipient reads, oldest first. */
  chat: ChatMessage[];
  /** Null when the client said it holds this scenario version. */
  scenario: ScenarioStatic | null;
  /** Control's desk; null for everyone else, and when Control's client holds this version. */
  desk: ControlDesk | null;
}

/** The changes to the class's SharedView since patch `seq - 1`. */
export interface PatchFrame {
  seq: number;
  serverTime: number;
  ops: ViewPatchOperation[];
}

/**
 * The shape of a scenario's static face as this code builds it. Raised when
 * the code changes what the face holds (track bands and public endings came
 * with 2; Control's desk, the reflection's questions tied to objectives, the
 * glossary and the sources' addresses with 4), so that a browser never
 * names, and keeps using, a version it cached under an older shape: the
 * server then sends the face again.
 */
export const SCENARIO_STATIC_SHAPE = 4;

/** A scenario version as clients name the one they hold ("id@version#shape"). */
export function scenarioKey(id: string, version: number): string {
  return `${id}@${version}#${SCENARIO_STATIC_SHAPE}`;
}

/** Control's desk of a scenario version, as Control's client names the one it holds. */
export function deskKey(id: string, version: number): string {
  return `${scenarioKey(id, version)}#desk`;
}

/**
 * The class of recipients who see the same SharedView: the projection's
 * rules depend on the recipient's kind and team only, never on the player.
 */
export function recipientClass(recipient: Recipient): string {
  switch (recipient.kind) {
    case 'facilitator':
      return 'facilitator';
    case 'team':
      return `team:${recipient.team}`;
    case 'observer':
      return 'observer';
  }
}

export interface ViewParts {
  scenario: ScenarioStatic;
  desk: ControlDesk | null;
  view: SharedView;
  personal: PersonalView;
  chat: ChatMessage[];
}

/** Cuts a projected view into its parts; the clock readings are left to the frames. */
export function splitView(whole: ExerciseView): ViewParts {
  const { recipient, scenario, chat, reflections, ownKnowledgeCheck, team, control, ...rest } =
    whole;
  const { cards, format, teams, ...fixed } = scenario;
  const { timer } = rest.exercise;
  const view: SharedView = {
    ...rest,
    exercise: {
      ...rest.exercise,
      serverTime: null,
      timer: timer?.status === 'running' ? { ...timer, remainingMs: null } : timer,
    },
    scenario: {
      id: scenario.id,
      version: scenario.version,
      cards,
      format,
      objectives: Object.fromEntries(teams.map((entry) => [entry.id, entry.objectives])),
    },
    team: team === null ? null : withoutLead(team),
    control: control === null ? null : controlState(control),
  };
  return {
    scenario: { ...fixed, teams: teams.map(({ objectives: _objectives, ...entry }) => entry) },
    desk: control === null ? null : controlDesk(control),
    view,
    personal: { recipient, isLead: team?.isLead ?? false, reflections, ownKnowledgeCheck },
    chat,
  };
}

function withoutLead(team: OwnTeamView): Omit<OwnTeamView, 'isLead'> {
  const rest: Partial<OwnTeamView> & Omit<OwnTeamView, 'isLead'> = { ...team };
  delete rest.isLead;
  return rest;
}

function controlState(control: ControlView): ControlState {
  const { teams: _teams, cards: _cards, injectDeck, endings: _endings, ...rest } = control;
  return {
    ...rest,
    released: injectDeck.filter((entry) => entry.released).map((entry) => entry.id),
  };
}

function controlDesk(control: ControlView): ControlDesk {
  return {
    face: 'desk',
    teams: control.teams,
    cards: control.cards,
    injects: control.injectDeck.map(({ released: _released, ...inject }) => inject),
    endings: control.endings,
  };
}

function controlView(state: ControlState, desk: ControlDesk): ControlView {
  const { released, ...rest } = state;
  const out = new Set(released);
  return {
    teams: desk.teams,
    cards: desk.cards,
    injectDeck: desk.injects.map((inject) => ({ ...inject, released: out.has(inject.id) })),
    endings: desk.endings,
    ...rest,
  };
}

/** The whole view again, as the projection made it, at the frame's `serverTime`. */
export function assembleView(parts: ViewParts, serverTime: number): ExerciseView {
  const { scenario, desk, view, personal, chat } = parts;
  const { scenario: state, team, control, ...rest } = view;
  const { timer } = rest.exercise;
  return {
    recipient: personal.recipient,
    ...rest,
    exercise: {
      ...rest.exercise,
      serverTime,
      timer:
        timer?.status === 'running' && timer.deadline !== null
          ? { ...timer, remainingMs: Math.max(0, timer.deadline - serverTime) }
          : timer,
    },
    scenario: {
      ...scenario,
      teams: scenario.teams.map((entry) => ({
        ...entry,
        objectives: state.objectives[entry.id] ?? [],
      })),
      cards: state.cards,
      format: state.format,
    },
    chat,
    control: control === null || desk === null ? null : controlView(control, desk),
    team: team === null ? null : { ...team, isLead: personal.isLead },
    reflections: personal.reflections,
    ownKnowledgeCheck: personal.ownKnowledgeCheck,
  };
}
