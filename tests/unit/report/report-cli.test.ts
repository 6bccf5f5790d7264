import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildReport,
  REPORT_SECTIONS,
  ReportExport,
  reportSectionTitles,
  reportToMarkdown,
} from '@borderline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../../server/src/projection';
import { parseReportArgs, UsageError } from '../../../server/src/report/report-cli-args';
import { runReportCommand } from '../../../server/src/report/report-command';
import { reportExport, liveMaterial } from '../../../server/src/report/report-material';
import { openExistingStore, ReportSourceError } from '../../../server/src/report/stored-material';
import type { ExerciseStore } from '../../../server/src/store/exercise-store';
import { openSqliteStore } from '../../../server/src/store/sqlite-store';
import { makeHarness, tempDir, type Harness } from '../../support/exercise-service-harness';
import { installedScenarios } from '../../support/in-process-server';
import { repoRoot } from '../../support/start-server';
import { playEndedExercise } from './support/play-ended-exercise';

/** `npm run report -- --exercise <id> --format md|json`: the routes' report, from the store. */
describe('the report command', () => {
  const folder = tempDir('borderline-report-cli-');
  const dbFile = path.join(folder.dir, 'borderline.db');
  let harness: Harness;
  let exerciseId: string;
  let activeId: string;
  let reader: ExerciseStore;

  beforeAll(() => {
    harness = makeHarness({
      store: openSqliteStore(dbFile),
      scenarios: [...installedScenarios()],
    });
    const { service, clock } = harness;
    const created = service.createExercise({ scenarioId: 'us-mexico-2026' });
    exerciseId = created.exerciseId;
    const join = (name: string, team: string | null) =>
      service.joinExercise(created.joinCode, { name, team }).playerId;
    const leads = {
      washington: join('Ana', 'washington'),
      'mexico-city': join('Bea', 'mexico-city'),
      cartels: join('Cruz', 'cartels'),
    };
    playEndedExercise({
      service,
      clock,
      exerciseId,
      leads,
      reflections: { [leads.washington]: { wentWell: 'Clear roles.' } },
    });
    activeId = service.createExercise({ scenarioId: 'us-mexico-2026' }).exerciseId;
    reader = openExistingStore(dbFile);
  });

  afterAll(() => {
    reader?.close();
    harness?.service.stop();
    harness?.store.close();
    folder.remove();
  });

  const facilitatorView = () =>
    project(harness.service.projectionInput(exerciseId), { kind: 'facilitator' });
  const options = (format: 'md' | 'json', language: 'en' | 'es' = 'en') => ({
    exercise: exerciseId,
    format,
    out: null,
    language,
  });

  it('gives the Markdown the server gives, from the stored exercise', () => {
    for (const language of ['en', 'es'] as const) {
      const result = runReportCommand(options('md', language), reader, installedScenarios(), 0);
      expect(result.notes).toEqual([]);
      expect(result.output).toBe(reportToMarkdown(buildReport(facilitatorView()), language));
      for (const section of REPORT_SECTIONS) {
        expect(result.output).toContain(`## ${reportSectionTitles(language)[section]}\n`);
      }
    }
  });

  it('gives the JSON export the server gives: the full log and the report', () => {
    const result = runReportCommand(options('json'), reader, installedScenarios(), 42);
    const exported = ReportExport.parse(JSON.parse(result.output));
    expect(exported).toStrictEqual(reportExport(liveMaterial(harness.service, exerciseId), 42));
    expect(exported.report.lessons.strengths).toEqual([
      { team: 'washington', text: 'Clear roles.' },
    ]);
  });

  it('says when the exercise has not ended, and names the stored ones for an unknown id', () => {
    const active = runReportCommand(
      { ...options('md'), exercise: activeId },
      reader,
      installedScenarios(),
      0,
    );
    expect(active.notes).toEqual([
      `Exercise ${activeId} has not ended (phase lobby, move 0): the report covers what has happened so far.`,
    ]);
    expect(() =>
      runReportCommand({ ...options('md'), exercise: 'nope' }, reader, installedScenarios(), 0),
    ).toThrow(
      new ReportSourceError(
        `There is no exercise "nope" in the store; it holds ${exerciseId}, ${activeId}.`,
      ),
    );
    expect(() => openExistingStore(path.join(folder.dir, 'missing.db'))).toThrow(
      /No database at .*missing\.db/,
    );
  });

  it('checks its arguments and says what is accepted', () => {
    expect(parseReportArgs(['--exercise', 'x', '--format', 'md'])).toEqual({
      exercise: 'x',
      format: 'md',
      out: null,
      language: 'en',
    });
    expect(parseReportArgs(['--help'])).toBeNull();
    const usage = (argv: string[]) => () => parseReportArgs(argv);
    expect(usage(['--format', 'md'])).toThrow(new UsageError('--exercise <id> is required'));
    expect(usage(['--exercise', 'x', '--format', 'pdf'])).toThrow(
      '--format expects md or json, got "pdf"',
    );
    expect(usage(['--exercise', 'x', '--format', 'md', '--language', 'fr'])).toThrow(
      '--language expects en or es, got "fr"',
    );
    expect(usage(['--exercise', '--format', 'md'])).toThrow('--exercise expects a value');
    expect(usage(['--exercise', 'x', '--format', 'md', '--pdf'])).toThrow(
      'unknown argument "--pdf"',
    );
  });

  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/src/report/report-cli.ts', ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DB_FILE: dbFile, INIT_CWD: folder.dir },
    });

  it('runs as a command: Markdown on stdout, JSON to a file, errors with their exit codes', () => {
    const markdown = run(['--exercise', exerciseId, '--format', 'md', '--language', 'es']);
    expect(markdown.stderr).toBe('');
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toBe(reportToMarkdown(buildReport(facilitatorView()), 'es'));

    const json = run(['--exercise', exerciseId, '--format', 'json', '--out', 'export.json']);
    expect(json.status).toBe(0);
    const file = path.join(folder.dir, 'export.json');
    expect(json.stderr).toBe(`Wrote the JSON export to ${file}\n`);
    const exported = ReportExport.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(exported.report).toStrictEqual(buildReport(facilitatorView()));

    const unknown = run(['--exercise', 'nope', '--format', 'md']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('There is no exercise "nope" in the store');
    const wrong = run(['--exercise', exerciseId, '--format', 'pdf']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--format expects md or json, got "pdf"');
    expect(wrong.stderr).toContain('Usage: npm run report');
  }, 60_000);
});
