#!/usr/bin/env node
// Runs every test suite in turn and closes with one line of totals, which CI reads:
// "tests: N passed, N failed" (vitest prints no such line of its own).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });

/** Each suite writes a JSON report in vitest's (jest-compatible) format. */
const vitestProject = (project) => (report) => [
  'npx',
  [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
];

const suites = [
  {
    name: 'unit (vitest)',
    report: path.join(resultsDir, 'vitest-unit.json'),
    command: vitestProject('unit'),
  },
  {
    name: 'integration: the real server over real sockets (vitest)',
    report: path.join(resultsDir, 'vitest-integration.json'),
    command: vitestProject('integration'),
  },
  {
    name: 'content and command-line tools: balance runs, CLIs, live simulation (vitest)',
    report: path.join(resultsDir, 'vitest-content-and-cli.json'),
    command: vitestProject('content-and-cli'),
  },
  {
    name: 'cluster: the PostgreSQL store, leases and two server processes on Redis (vitest)',
    report: path.join(resultsDir, 'vitest-cluster.json'),
    command: vitestProject('cluster'),
  },
  {
    name: 'browser end-to-end (playwright-core, Chromium)',
    report: path.join(resultsDir, 'e2e.json'),
    // The browser loads the client the server serves: build it first, as it is now.
    before: ['npm', ['run', 'build', '--workspace', 'client']],
    command: (report) => [
      'npx',
      [
        'vitest',
        'run',
        '--config',
        'vitest.e2e.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
    ],
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
/** One line per suite, printed before the totals, so a failure names its suite. */
const summary = [];
for (const suite of suites) {
  fs.rmSync(suite.report, { force: true });
  console.log(`\n=== ${suite.name}`);
  if (suite.before !== undefined) {
    const [command, args] = suite.before;
    const prepared = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (prepared.status !== 0) {
      console.error(`${suite.name}: could not prepare (${command} ${args.join(' ')})`);
      summary.push(`  ${suite.name}: could not prepare`);
      broken = true;
      continue;
    }
  }
  const [command, args] = suite.command(suite.report);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (!fs.existsSync(suite.report)) {
    console.error(`${suite.name}: no report was written (exit code ${run.status})`);
    summary.push(`  ${suite.name}: no report (exit code ${run.status})`);
    broken = true;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(suite.report, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  summary.push(`  ${suite.name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  // A suite that failed to load counts no failed test but must still fail the run.
  if (run.status !== 0 && report.numFailedTests === 0) {
    console.error(`${suite.name}: exited with code ${run.status}`);
    broken = true;
  }
}

console.log('');
for (const line of summary) console.log(line);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
