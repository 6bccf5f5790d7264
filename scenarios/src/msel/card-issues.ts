import type { InjectCard } from '@borderline/shared';
import { formatPath } from '../problem';
import { columnForCardPath, headerOf } from './msel-columns';
import type { MselError } from './msel-error';

type CardResult = ReturnType<typeof InjectCard.safeParse>;
type Issue = NonNullable<CardResult['error']>['issues'][number];

/** A problem found inside one card (by its schema or by the checker), placed on the cell to fix. */
export function cardProblem(row: number, path: (string | number)[], message: string): MselError {
  const where = path.length === 0 ? '' : ` (card field ${formatPath(path)})`;
  return { row, column: headerOf(columnForCardPath(path)), message: `${message}${where}` };
}

/** The zod issues of one row's card, in the words a scenario author reads. */
export function describeCardIssues(row: number, issues: Issue[]): MselError[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((segment) =>
      typeof segment === 'symbol' ? String(segment) : segment,
    );
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => cardProblem(row, [...path, key], `unknown key "${key}"`));
      case 'invalid_union':
        return [cardProblem(row, path, describeUnion(issue))];
      case 'invalid_value':
        return [
          cardProblem(
            row,
            path,
            `expected ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`,
          ),
        ];
      default:
        return [cardProblem(row, path, plain(issue.message))];
    }
  });
}

/** A condition whose "type" is missing or unknown: say which types exist. */
function describeUnion(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  if ('options' in issue && Array.isArray(issue.options) && issue.options.length > 0) {
    const options: unknown[] = issue.options;
    return `expected one of ${options.map((option) => JSON.stringify(option)).join(', ')}`;
  }
  const first = issue.errors
    .map((branch) => branch[0])
    .find((branchIssue) => branchIssue !== undefined);
  return first === undefined ? plain(issue.message) : plain(first.message);
}

/** zod prefixes its own messages with the issue kind; the rest already says what was expected. */
function plain(message: string): string {
  return message.replace(/^(Invalid input|Invalid option|Too small|Too big): /, '');
}
