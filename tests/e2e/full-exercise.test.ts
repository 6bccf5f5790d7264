import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../support/in-process-server';
import { accessibilityProblems } from './support/accessibility';
import { launchBrowser, saveScreenshot as saveImage, watchConsoleErrors } from './support/browser';
import { Seat, type Team } from './support/seat';

/**
 * The whole game in a real browser: a facilitator and three team
 * players in four separate browser contexts (their own storage, as on four
 * machines) create, join and play the first scenario to its end through
 * every screen, with one reload in the middle of a move and one override
 * by Control. Each screen's screenshot is kept in test-results/screenshots.
 */
describe('a whole exercise in four browsers', () => {
  let server: InProcessServer;
  let browser: Browser;
  // The stages share the browsers and what each stage found.
  let control: Seat;
  let players: Record<Team, Seat>;
  let everyone: Seat[] = [];
  let errors: string[][];
  let projector: Page;
  let projectorErrors: string[];
  let joinUrl: string | null = null;
  let exerciseId = '';
  // Every screen that is photographed is also checked for accessibility (axe-core).
  const problems: string[] = [];
  const saveScreenshot = async (target: Page, name: string) => {
    problems.push(...(await accessibilityProblems(target, name)));
    await saveImage(target, name);
  };
  /** A stage of the game: after a failed stage the later ones are skipped, so the report names it. */
  let failed: string | null = null;
  const stage = (name: string, run: () => Promise<void>) =>
    it(name, { timeout: 300_000 }, async (context) => {
      if (failed !== null) context.skip(`an earlier stage failed: ${failed}`);
      context.onTestFailed(() => {
        failed = name;
      });
      await run();
    });

  beforeAll(async () => {
    server = await startInProcessServer({ rateLimits: UNLIMITED });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const seat of everyone) await seat.context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  stage('opens four browsers: Control, two desktops and a phone', async () => {
    control = await Seat.open(browser, 'control', { width: 1366, height: 900 });
    players = {
      washington: await Seat.open(browser, 'washington', { width: 1280, height: 860 }),
      // A phone, in Spanish: the player screens must work on both.
      'mexico-city': await Seat.open(browser, 'mexico-city', { width: 390, height: 844 }),
      cartels: await Seat.open(browser, 'cartels', { width: 1024, height: 768 }),
    };
    everyone = [control, ...Object.values(players)];
    errors = everyone.map((seat) => watchConsoleErrors(seat.page));
  });

  stage('creates the exercise on the start page', async () => {
    const page = control.page;
    await page.goto(server.baseUrl);
    await page.getByTestId('scenario-us-mexico-2026').check();
    await page.getByTestId('timing-deliberationMinutes').fill('20');
    await page.getByTestId('timing-decisionMinutes').fill('15');
    await page.getByTestId('create-submit').click();
    await expect.poll(() => page.getByTestId('join-code').innerText()).toMatch(/^[A-Z0-9]{6}$/);
    joinUrl = await page.getByTestId('join-link').getAttribute('href');
    expect(joinUrl).toMatch(/\/join\/[A-Z0-9]{6}$/);
    expect(await page.getByTestId('facilitator-link').getAttribute('href')).toMatch(/#key=/);
    await expect.poll(() => page.getByTestId('join-qr').getAttribute('src')).toMatch(/^data:image/);
    await saveScreenshot(page, '01-start-created');
    await page.getByTestId('open-console').click();
    await page.getByTestId('control-lobby').waitFor();
    exerciseId = new URL(page.url()).pathname.split('/')[2] ?? '';
    expect(exerciseId).not.toBe('');
  });

  stage('seats three teams by the join link, one on a phone in Spanish', async () => {
    const page = control.page;
    for (const [team, seat] of Object.entries(players) as [Team, Seat][]) {
      await seat.page.goto(new URL(joinUrl ?? '', server.baseUrl).toString());
      if (team === 'mexico-city') await seat.chooseLanguage('es');
      await seat.page.getByTestId('join-name').fill(`${team} lead`);
      await seat.page.locator(`input[name="team"][value="${team}"]`).check();
      if (team === 'washington') await saveScreenshot(seat.page, '02-join');
      await seat.page.getByTestId('join-submit').click();
      await seat.page.getByTestId('player-lobby').waitFor();
    }
    await saveScreenshot(players['mexico-city'].page, '03-lobby-player-phone-es');
    await expect.poll(() => page.locator('[data-testid^="player-"]').count()).toBe(3);
    await saveScreenshot(page, '04-lobby-control');
  });

  stage('opens the projector and starts the exercise', async () => {
    const page = control.page;
    projector = await control.context.newPage();
    projectorErrors = watchConsoleErrors(projector);
    await projector.setViewportSize({ width: 1600, height: 900 });
    await projector.goto(`${server.baseUrl}/screen/${exerciseId}`);
    await projector.getByTestId('projector').waitFor();

    await page.getByTestId('start-exercise').click();
    await page.getByTestId('control-console').waitFor();
    for (const seat of Object.values(players)) await seat.page.getByTestId('team-room').waitFor();
    await saveScreenshot(players.washington.page, '05-team-room-briefing');
  });

  stage('plays every move to the hotwash, with a reload mid-decision and an override', async () => {
    const page = control.page;
    const shots = new Set<string>();
    const shotOnce = async (name: string, target = page) => {
      if (shots.has(name)) return;
      shots.add(name);
      await saveScreenshot(target, name);
    };
    let reloaded = false;
    let overridden = false;
    for (let step = 0; step < 200; step += 1) {
      const { phase, move } = await control.status();
      if (phase === 'hotwash' || phase === 'ended') break;
      if (phase === 'briefing' || phase === 'injects' || phase === 'deliberation') {
        if (phase === 'injects' && move === 1) {
          await shotOnce('06-console-injects');
          const release = page.locator('[data-testid^="release-"]:not([disabled])').first();
          const inject =
            (await release.getAttribute('data-testid'))?.slice('release-'.length) ?? '';
          await control.release(inject);
          // Released: its button goes, and its card reaches the teams it is meant for.
          await expect.poll(() => page.getByTestId(`release-${inject}`).count()).toBe(0);
          await expect
            .poll(async () => {
              let seen = 0;
              for (const seat of Object.values(players))
                seen += await seat.page.locator(`[data-inject="${inject}"]`).count();
              return seen;
            })
            .toBeGreaterThan(0);
          await shotOnce('07-projector-injects', projector);
        }
        if (phase === 'deliberation' && move === 1) {
          await players.washington.chat('team:washington', 'We should press for joint operations.');
          await players['mexico-city'].chat(
            'channel:washington-mexico-city',
            'Intelligence sharing, not troops.',
          );
          // The other end of the private line reads it in that channel's tab.
          await players.washington.page
            .locator('.chat-tabs [data-channel="channel:washington-mexico-city"]')
            .click();
          await expect
            .poll(() => players.washington.page.locator('.chat-messages').innerText())
            .toContain('Intelligence sharing, not troops.');
          await shotOnce('08-team-room-deliberation', players.washington.page);
        }
        await control.advance(phase, move);
        continue;
      }
      if (phase === 'decisions') {
        const team = await control.waitForTurn(players, move);
        if (team === null) continue;
        const seat = players[team];
        if (team === 'washington' && move === 1 && !reloaded) {
          // Half a decision, then the page reloads: nothing written is lost.
          await seat.writeDecision('Pressure first; a reload must not lose this.');
          await shotOnce('09-team-room-decision', seat.page);
          await seat.page.reload();
          await seat.page.getByTestId('decision-form').waitFor();
          await expect
            .poll(() => seat.page.getByTestId('rationale').inputValue())
            .toBe('Pressure first; a reload must not lose this.');
          reloaded = true;
        } else {
          await seat.writeDecision(`${team} decides in move ${move}.`);
        }
        await seat.submitDecision();
        await expect.poll(() => seat.page.getByTestId('submit-decision').count()).toBe(0);
        continue;
      }
      if (phase === 'adjudication') {
        await page.getByTestId('review').waitFor();
        await control.settleFreeform();
        if (!overridden && move >= 1) {
          const result = await control.overrideFirstOutcome();
          await shotOnce('10-console-review-override');
          overridden = true;
          await page.getByTestId('narrative').fill(`Control overrode ${result} for the seminar.`);
          await page.getByTestId('add-narrative').click();
          await expect
            .poll(() => page.getByTestId('review').innerText())
            .toContain(`Control overrode ${result}`);
          await control.publish(phase, move);
          await players.cartels.page.getByTestId(`result-${result}`).waitFor();
          await shotOnce('11-team-room-results', players.cartels.page);
          await shotOnce('12-projector-results', projector);
          continue;
        }
        await control.publish(phase, move);
        continue;
      }
      if (phase === 'results') {
        await control.advance(phase, move);
        continue;
      }
      if (phase === 'dilemma') {
        await shotOnce('13-console-dilemma');
        await control.chooseDilemma(players, (target) => shotOnce('13-team-room-dilemma', target));
        await control.waitForPhaseChange(phase, move);
        continue;
      }
      throw new Error(`Unexpected phase ${phase}`);
    }
    expect(reloaded).toBe(true);
    expect(overridden).toBe(true);
  });

  stage('collects every reflection in the hotwash and ends the exercise', async () => {
    const page = control.page;
    expect((await control.status()).phase).toBe('hotwash');
    // Control leads the debrief to its last stage, where each player writes a reflection.
    await page.getByTestId('debrief-stage-takeaway').click();
    for (const [team, seat] of Object.entries(players) as [Team, Seat][]) {
      await seat.page.getByTestId('hotwash').waitFor();
      await seat.page.getByTestId('reflection-takeaway').waitFor();
      await seat.page.getByTestId('reflection-takeaway').fill(`${team}: talk before acting.`);
      await seat.page.getByTestId('submit-reflection').click();
      await seat.page.getByTestId('my-reflection').waitFor();
    }
    await saveScreenshot(players['mexico-city'].page, '14-hotwash-player-phone-es');
    await expect
      .poll(() => page.getByTestId('reflections').innerText())
      .toContain('cartels: talk before acting.');
    await saveScreenshot(page, '15-hotwash-control');
    await page.getByTestId('close-hotwash').click();
    await page.getByTestId('close-hotwash-confirm').click();
    await expect.poll(async () => (await control.status()).phase).toBe('ended');
    await expect
      .poll(() => page.getByTestId('report-link').getAttribute('href'))
      .toBe(`/report/${exerciseId}`);
    // Not shared yet: the players see why, not a link that would fail.
    await players.washington.page.getByTestId('report-not-shared').waitFor();
    expect(await players.washington.page.getByTestId('report-link').count()).toBe(0);
    await saveScreenshot(players.washington.page, '16-ended-player');
    await saveScreenshot(projector, '17-projector-ended');
  });

  stage('shows the report to Control, then shares it with the players', async () => {
    const page = control.page;
    await page.getByTestId('report-link').click();
    await page.getByTestId('report').waitFor();
    await expect
      .poll(() => page.getByTestId('report').innerText())
      .toContain('The seminar asked what if.');
    await page.getByTestId('report-participation').waitFor();
    await saveScreenshot(page, '18-report-control');
    // The switch shows the server's answer, so it turns on once the server has it.
    await page.getByTestId('report-share').click();
    await expect.poll(() => page.getByTestId('report-share').isChecked()).toBe(true);
    const reader = players['mexico-city'].page;
    await reader.getByTestId('report-link').click();
    await reader.getByTestId('report').waitFor();
    await saveScreenshot(reader, '19-report-player-phone-es');
  });

  stage("replays from Mexico City's eyes and forks a move", async () => {
    const page = control.page;
    await page.getByTestId('report-replay-link').click();
    await page.getByTestId('replay-position').waitFor();
    await page.getByTestId('replay-as').selectOption('mexico-city');
    const first = await page.getByTestId('replay-position').innerText();
    await page.getByTestId('replay-nextMove').click();
    await page.getByTestId('replay-nextPhase').click();
    await expect.poll(() => page.getByTestId('replay-position').innerText()).not.toBe(first);
    await page.locator('div[aria-busy="false"]').first().waitFor();
    await saveScreenshot(page, '20-replay');
    await page.getByTestId('fork-button').click();
    await expect.poll(() => page.getByTestId('fork-join-code').innerText()).toMatch(/[A-Z0-9]{6}/);
    // The fork opens on its lobby, its seats empty: Control fills them with bots and resumes.
    await page.getByTestId('fork-console-link').click();
    await page.getByTestId('control-lobby').waitFor();
    expect(new URL(page.url()).pathname).not.toContain(exerciseId);
    await page.getByTestId('fill-bots').click();
    const resume = page.getByTestId('start-exercise');
    await expect.poll(() => resume.isDisabled()).toBe(false);
    await resume.click();
    await page.getByTestId('control-console').waitFor();
    await saveScreenshot(page, '21-fork-console');
  });

  stage(
    'kept secrets off the projector, every screen accessible and no console error',
    async () => {
      // No rationale reached the projector's page.
      expect(await projector.locator('body').innerText()).not.toContain('a reload must not lose');
      expect(problems).toEqual([]);
      expect(errors.flat()).toEqual([]);
      expect(projectorErrors).toEqual([]);
    },
  );
});
