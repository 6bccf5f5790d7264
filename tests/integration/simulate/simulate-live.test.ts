import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/start-server';

interface LiveReport {
  seed: number;
  live: { ending: string | null; tracks: Record<string, number> };
  inProcess: { ending: string | null; tracks: Record<string, number> };
  same: boolean;
}

function runLive(args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/src/simulate/simulate-live-cli.ts', ...args],
    { cwd: repoRoot, encoding: 'utf8', timeout: 90_000 },
  );
}

describe('npm run simulate:live', () => {
  it('plays a whole exercise over real sockets with the outcome of the in-process simulation', () => {
    const run = runLive(['--scenario', 'us-mexico-2026', '--seed', '5', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as LiveReport;
    expect(report.same).toBe(true);
    expect(report.live.ending).not.toBeNull();
    expect(report.live).toEqual(report.inProcess);
  }, 90_000);

  it('prints the outcome for people, with hawkish bots as asked', () => {
    const run = runLive([
      '--scenario',
      'us-mexico-2026',
      '--seed',
      '8',
      '--temperament',
      'washington=hawkish,cartels=cooperative',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/washington=hawkish, mexico-city=\w+, cartels=cooperative/);
    expect(run.stdout).toMatch(/^Ending: [a-z-]+$/m);
    expect(run.stdout).toContain('Same outcome as the in-process simulation of this seed.');
  }, 90_000);

  it('says plainly when the scenario does not exist', () => {
    const run = runLive(['--scenario', 'atlantis', '--seed', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('There is no scenario "atlantis". Installed: us-mexico-2026.');
  });
});
