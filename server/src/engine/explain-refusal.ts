import type { SnapshotFrom, StateValue } from 'xstate';
import { EVENT_TYPES, type ExerciseEvent, type ExerciseEventType } from './events';
import type { ExerciseMachine } from './exercise-machine';
import { explainUnhandled } from './explain-unhandled';
import { guardTable, type Branch, type Check, type GuardArgs } from './machine-guards';
import { refuse, type Refusal } from './refusal';
import type { ScenarioIndex } from './scenario-index';

type Snapshot = SnapshotFrom<ExerciseMachine>;
type StateNode = Snapshot['machine']['root'];

function isEventType(type: unknown): type is ExerciseEventType {
  return (EVENT_TYPES as readonly unknown[]).includes(type);
}

/**
 * The state nodes a state value is in below `node`, deepest first: the order
 * in which XState tries their transitions. (The machine has no parallel
 * states, so each level has one active child.)
 */
function activeNodes(node: StateNode, value: StateValue | undefined): StateNode[] {
  const [key, below] =
    typeof value === 'object' ? (Object.entries(value)[0] ?? [undefined]) : [value, undefined];
  const child = key === undefined ? undefined : node.states[key];
  return child === undefined ? [node] : [...activeNodes(child, below), node];
}

function named<T>(guards: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(guards, name) ? guards[name] : undefined;
}

/**
 * Whether the machine takes an event in this state, and if not, why: the
 * code and the message of the refusal, or null when the machine would take
 * it. It asks the machine itself which transitions the state has for the
 * event and runs their guards' own checks in XState's order, so it cannot
 * disagree with the machine; only an event type the state has no transition
 * for at all is worded by a table (`explainUnhandled`).
 */
export function explainRefusal(
  index: ScenarioIndex,
  snapshot: Snapshot,
  event: ExerciseEvent,
): Refusal | null {
  if (!isEventType(event.type)) {
    return refuse('unknown-event', `Unknown event "${String(event.type)}".`);
  }
  if (snapshot.status === 'done') return refuse('exercise-ended', 'The exercise has ended.');
  const transitions = activeNodes(snapshot.machine.root, snapshot.value).flatMap(
    (node) => node.transitions.get(event.type) ?? [],
  );
  const { context } = snapshot;
  if (transitions.length === 0) {
    return explainUnhandled(index, context, snapshot.hasTag('paused'), event.type);
  }
  const { checks, branches } = guardTable(index);
  const args: GuardArgs = { context, event };
  let refusal: Refusal | null = null;
  for (const { guard } of transitions) {
    if (guard === undefined) return null;
    if (typeof guard !== 'string') throw new Error(`A guard on "${event.type}" has no name.`);
    const check: Check | undefined = named(checks, guard);
    const branch: Branch | undefined = named(branches, guard);
    if (check !== undefined) {
      const reason = check(args);
      if (reason === null) return null;
      // The deepest, first refusal is the most specific one.
      refusal ??= reason;
    } else if (branch === undefined) {
      throw new Error(`The guard "${guard}" is neither a check nor a branch.`);
    } else if (branch(args)) {
      return null;
    }
  }
  if (refusal === null) {
    throw new Error(`Only branches guard "${event.type}"; one of its transitions must check it.`);
  }
  return refusal;
}
