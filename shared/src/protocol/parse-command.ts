import type { z } from 'zod';
import type { AckError } from './ack';
import {
  CLIENT_COMMAND_SCHEMAS,
  CLIENT_COMMAND_TYPES,
  type ClientCommand,
  type ClientCommandType,
} from './commands';
import { MAX_MESSAGE_BYTES } from './limits';

export type ParsedCommand = { ok: true; command: ClientCommand } | { ok: false; error: AckError };

const schemaByType = new Map<string, z.ZodType<ClientCommand>>(
  CLIENT_COMMAND_SCHEMAS.map((schema) => [schema.shape.type.value, schema]),
);
const shapeByType = new Map<string, object>(
  CLIENT_COMMAND_SCHEMAS.map((schema) => [schema.shape.type.value, schema.shape]),
);

const encoder = new TextEncoder();

/** The size of a message as JSON, in UTF-8 bytes; null when it cannot be serialised at all. */
export function messageBytes(raw: unknown): number | null {
  try {
    const json = JSON.stringify(raw);
    return json === undefined ? null : encoder.encode(json).length;
  } catch {
    return null;
  }
}

/** Edit distance, to suggest the command a client probably meant. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The three command types nearest to `type` (case-insensitive), nearest first. */
export function nearestCommandTypes(type: string, count = 3): ClientCommandType[] {
  const wanted = type.toLowerCase();
  return [...CLIENT_COMMAND_TYPES]
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `missing (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_value' && issue.input === undefined) {
    return `missing (expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')})`;
  }
  return issue.message;
}

/** "path: what was expected" for each problem (at most three), joined by "; ". */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const path = formatPath(issue.path);
    return path === '' ? describeIssue(issue) : `${path}: ${describeIssue(issue)}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return parts.join('; ') + more;
}

function invalid(message: string): ParsedCommand {
  return { ok: false, error: { code: 'invalid-message', message } };
}

/**
 * Validates one inbound command: its size, its type and then every field
 * against the type's strict schema. A refusal names the path and what was
 * expected; an unknown type lists the nearest valid names.
 */
export function parseClientCommand(raw: unknown): ParsedCommand {
  const bytes = messageBytes(raw);
  if (bytes === null) return invalid('expected a JSON command object { id, type, ... }');
  if (bytes > MAX_MESSAGE_BYTES) {
    const message = `the message is ${bytes} bytes; at most ${MAX_MESSAGE_BYTES} are accepted`;
    return { ok: false, error: { code: 'too-large', message } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return invalid('expected a command object { id, type, ... }');
  }
  const type: unknown = (raw as Record<string, unknown>)['type'];
  if (typeof type !== 'string') {
    return invalid('type: expected a command type (a string) such as "chat.send"');
  }
  const schema = schemaByType.get(type);
  if (schema === undefined) {
    const nearest = nearestCommandTypes(type.slice(0, 100))
      .map((name) => `"${name}"`)
      .join(', ');
    const message = `unknown command type "${type.slice(0, 100)}"; nearest valid types: ${nearest}`;
    return { ok: false, error: { code: 'unknown-command', message } };
  }
  // reportInput tells a missing field from a field of the wrong type.
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const fields = Object.keys(shapeByType.get(type) ?? {}).join(', ');
    const unexpected = parsed.error.issues.some(
      (issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0,
    );
    const hint = unexpected ? ` (a ${type} has only: ${fields})` : '';
    return invalid(`${type}: ${formatIssues(parsed.error.issues)}${hint}`);
  }
  return { ok: true, command: parsed.data };
}
