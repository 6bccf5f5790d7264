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
const suites = [
  {
    name: 'unit and integration (vitest)',
    report: path.join(resultsDir, 'vitest.json'),
    command: (report) => [
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    ],
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
for (const suite of suites) {
  fs.rmSync(suite.report, { force: true });
  console.log(`\n=== ${suite.name}`);
  if (suite.before !== undefined) {
    const [command, args] = suite.before;
    const prepared = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (prepared.status !== 0) {
      console.error(`${suite.name}: could not prepare (${command} ${args.join(' ')})`);
      broken = true;
      continue;
    }
  }
  const [command, args] = suite.command(suite.report);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (!fs.existsSync(suite.report)) {
    console.error(`${suite.name}: no report was written (exit code ${run.status})`);
    broken = true;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(suite.report, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that failed to load counts no failed test but must still fail the run.
  if (run.status !== 0 && report.numFailedTests === 0) {
    console.error(`${suite.name}: exited with code ${run.status}`);
    broken = true;
  }
}

console.log('');
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
