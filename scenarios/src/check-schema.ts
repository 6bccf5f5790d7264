import { Scenario } from '@borderline/shared';
import { formatPath } from './problem';
import type { Path, Problem } from './problem';

type SchemaResult = ReturnType<typeof Scenario.safeParse>;
type Issue = NonNullable<SchemaResult['error']>['issues'][number];

export type SchemaCheck = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** Runs the zod schema over the scenario as written and words its issues for a scenario author. */
export function checkSchema(data: unknown): SchemaCheck {
  const result = Scenario.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => describeIssue(issue, data)),
  };
}

function describeIssue(issue: Issue, data: unknown): Problem[] {
  const path = issue.path.map((segment) =>
    typeof segment === 'symbol' ? String(segment) : segment,
  );
  const found = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      // One problem per key, placed on the key itself so that it gets its own line.
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key "${key}"` }));
    case 'invalid_type':
      return [{ path, message: expectedButFound(kindName(issue.expected), found, path) }];
    case 'invalid_value':
      return [{ path, message: expectedButFound(valuesName(issue.values), found, path) }];
    case 'invalid_union':
      return [{ path, message: describeUnion(issue, found, path) }];
    default:
      return [{ path, message: plain(issue.message) }];
  }
}

function describeUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  found: unknown,
  path: Path,
) {
  if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
    return expectedButFound(`one of ${valuesName(issue.options)}`, found, path);
  }
  const branches = issue.errors.map((branch) => branch[0]).filter((first) => first !== undefined);
  const expected = branches.map((first) =>
    first.code === 'invalid_type'
      ? kindName(first.expected)
      : first.code === 'invalid_value'
        ? valuesName(first.values)
        : plain(first.message),
  );
  return expected.length === 0
    ? plain(issue.message)
    : expectedButFound(expected.join(' or '), found, path);
}

function expectedButFound(expected: string, found: unknown, path: Path): string {
  const key = path[path.length - 1];
  if (found === undefined && key !== undefined) {
    const name = typeof key === 'number' ? formatPath(path) : `"${key}"`;
    return `missing required key ${name} (expected ${expected})`;
  }
  return `expected ${expected}, found ${describeValue(found)}`;
}

/** Names of schema kinds as a YAML author knows them. */
function kindName(expected: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
  };
  return names[expected] ?? expected;
}

function valuesName(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

export function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number')
    return Number.isInteger(value) ? `${value}` : `the fraction ${value}`;
  return String(value);
}

/** zod prefixes its own messages with the issue kind; the rest already says what was expected. */
function plain(message: string): string {
  return message.replace(/^(Invalid input|Invalid option|Too small|Too big): /, '');
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
