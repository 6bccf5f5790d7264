import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck, scenariosRoot } from '@borderline/scenarios';
import {
  editedCopy,
  fixturesDir,
  lineOf,
  minimalArticle,
  minimalDir,
  removeTemporaryFolders,
  replaceOnce,
  temporaryFolder,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

const repoRoot = path.dirname(scenariosRoot);
const OK_SUMMARY =
  /^minimal: ok — 2 teams, 2 tracks, 3 moves \(practice \+ 2\), 3 actions, 5 injects, 3 endings; es \d+% \(\d+\/\d+ texts\); article check: 5 excerpts verified; excerpts quote \d+(\.\d)?% of the article's words \(max 15%\), longest 6 words \(max 15\), 0 shared 8-word runs$/;

function check(args: string[], cwd: string): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = runCheck(args, { out: (line) => lines.push(...line.split('\n')), cwd });
  return { code, lines };
}

function brokenCopy(): string {
  return editedCopy({
    'injects.yaml': replaceOnce(
      '    kind: intelligence-brief\n',
      '    kind: intelligence-brief\n    urgency: high\n',
    ),
  });
}

describe('runCheck', () => {
  it('exits 0 on the valid fixture and prints its summary', () => {
    const { code, lines } = check([minimalDir, '--article', minimalArticle], repoRoot);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(OK_SUMMARY);
  });

  it('exits 1 on a broken scenario and prints file:line path: message, from the user folder', () => {
    const dir = brokenCopy();
    const cwd = path.dirname(dir);
    const { code, lines } = check(['minimal'], cwd);
    expect(code).toBe(1);
    const line = lineOf(dir, 'injects.yaml', 'urgency: high');
    expect(lines).toEqual([
      `minimal/injects.yaml:${line} injects[1].urgency: unknown key "urgency"`,
      'minimal: 1 error; the other checks run once the schema passes',
    ]);
  });

  it('says the article check was not run when the article is missing, and still exits 0', () => {
    const cwd = temporaryFolder();
    const { code, lines } = check(['--article=no-article.txt', minimalDir], cwd);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/; article check not run: no-article\.txt not found$/);
  });

  it('totals several scenarios', () => {
    const { code, lines } = check(
      ['--article', minimalArticle, minimalDir, brokenCopy()],
      fixturesDir,
    );
    expect(code).toBe(1);
    expect(lines[lines.length - 1]).toBe('1 errors in 2 scenarios');
  });

  it('rejects an unknown option with exit code 2', () => {
    const { code, lines } = check(['--strict'], repoRoot);
    expect(code).toBe(2);
    expect(lines[0]).toBe('unknown option --strict');
  });
});

describe('check-cli as a process', () => {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const cli = path.join(scenariosRoot, 'src', 'check-cli.ts');
  const run = (args: string[]) =>
    spawnSync(tsx, [cli, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: repoRoot },
    });

  it('exits 0 on the valid fixture', () => {
    const result = run(['--article', minimalArticle, minimalDir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(OK_SUMMARY);
  });

  it('exits non-zero on a broken scenario, one error per line', () => {
    const dir = brokenCopy();
    const result = run(['--article', minimalArticle, dir]);
    expect(result.status).toBe(1);
    const [first] = result.stdout.split('\n');
    expect(first).toBe(
      `${path.relative(repoRoot, dir)}/injects.yaml:${lineOf(dir, 'injects.yaml', 'urgency: high')} injects[1].urgency: unknown key "urgency"`,
    );
  });

  it('resolves relative folders from where npm was run, not the workspace', () => {
    const result = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'scenario:check',
        '--',
        '--article',
        path.relative(repoRoot, minimalArticle),
        path.relative(repoRoot, minimalDir),
      ],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, INIT_CWD: undefined } },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(OK_SUMMARY);
  });
});
