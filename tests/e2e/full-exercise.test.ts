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

  beforeAll(async () => {
    server = await startInProcessServer({ rateLimits: UNLIMITED });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates, joins and plays the first scenario to its end', { timeout: 600_000 }, async () => {
    const control = await Seat.open(browser, 'control', { width: 1366, height: 900 });
    const players: Record<Team, Seat> = {
      washington: await Seat.open(browser, 'washington', { width: 1280, height: 860 }),
      // A phone, in Spanish: the player screens must work on both.
      'mexico-city': await Seat.open(browser, 'mexico-city', { width: 390, height: 844 }),
      cartels: await Seat.open(browser, 'cartels', { width: 1024, height: 768 }),
    };
    const everyone = [control, ...Object.values(players)];
    // Every screen that is photographed is also checked for accessibility (axe-core).
    const problems: string[] = [];
    const saveScreenshot = async (target: Page, name: string) => {
      problems.push(...(await accessibilityProblems(target, name)));
      await saveImage(target, name);
    };
    const errors = everyone.map((seat) => watchConsoleErrors(seat.page));

    // Start page: create the exercise with short phases.
    const page = control.page;
    await page.goto(server.baseUrl);
    await page.getByTestId('scenario-us-mexico-2026').check();
    await page.getByTestId('timing-deliberationMinutes').fill('20');
    await page.getByTestId('timing-decisionMinutes').fill('15');
    await page.getByTestId('create-submit').click();
    await expect.poll(() => page.getByTestId('join-code').innerText()).toMatch(/^[A-Z0-9]{6}$/);
    const joinUrl = await page.getByTestId('join-link').getAttribute('href');
    expect(joinUrl).toMatch(/\/join\/[A-Z0-9]{6}$/);
    expect(await page.getByTestId('facilitator-link').getAttribute('href')).toMatch(/#key=/);
    await expect.poll(() => page.getByTestId('join-qr').getAttribute('src')).toMatch(/^data:image/);
    await saveScreenshot(page, '01-start-created');
    await page.getByTestId('open-console').click();
    await page.getByTestId('control-lobby').waitFor();
    const exerciseId = new URL(page.url()).pathname.split('/')[2] ?? '';
    expect(exerciseId).not.toBe('');

    // Players join by the link, one of them in Spanish.
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

    // The projector, opened from the console in the facilitator's browser.
    const projector = await control.context.newPage();
    const projectorErrors = watchConsoleErrors(projector);
    await projector.setViewportSize({ width: 1600, height: 900 });
    await projector.goto(`${server.baseUrl}/screen/${exerciseId}`);
    await projector.getByTestId('projector').waitFor();

    await page.getByTestId('start-exercise').click();
    await page.getByTestId('control-console').waitFor();
    for (const seat of Object.values(players)) await seat.page.getByTestId('team-room').waitFor();
    await saveScreenshot(players.washington.page, '05-team-room-briefing');

    // Every move, until the hotwash.
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
          const inject = (await release.getAttribute('data-testid'))?.slice('release-'.length);
          await release.click();
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
        await seat.page.getByTestId('submit-decision').click();
        await seat.page.getByTestId('submitted-decision').waitFor();
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
          await page.getByTestId('publish').click();
          await control.waitForPhaseChange(phase, move);
          await players.cartels.page.getByTestId(`result-${result}`).waitFor();
          await shotOnce('11-team-room-results', players.cartels.page);
          await shotOnce('12-projector-results', projector);
          continue;
        }
        await page.getByTestId('publish').click();
        await control.waitForPhaseChange(phase, move);
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

    // The hotwash: every player reflects; Control closes; the report is linked.
    expect((await control.status()).phase).toBe('hotwash');
    for (const [team, seat] of Object.entries(players) as [Team, Seat][]) {
      await seat.page.getByTestId('hotwash').waitFor();
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
    await expect
      .poll(() => players.washington.page.getByTestId('report-link').count())
      .toBeGreaterThan(0);
    await saveScreenshot(players.washington.page, '16-ended-player');
    await saveScreenshot(projector, '17-projector-ended');

    // After the end: the report, then shared with the players.
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

    // The replay from Mexico City's eyes, and a fork from a move of it.
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
    // The fork opens at the move's injects, its seats empty: Control fills them with bots.
    await page.getByTestId('fork-console-link').click();
    await page.getByTestId('control-console').waitFor();
    await page.locator('.control-people summary').click();
    for (const team of Object.keys(players))
      await page.getByTestId(`seat-${team}`).selectOption('bot');
    await expect.poll(() => page.getByTestId('seat-cartels').inputValue()).toBe('bot');
    expect(new URL(page.url()).pathname).not.toContain(exerciseId);
    await saveScreenshot(page, '21-fork-console');

    // The projector never showed a secret: no rationale reached its page.
    expect(await projector.locator('body').innerText()).not.toContain('a reload must not lose');
    expect(problems).toEqual([]);
    expect(errors.flat()).toEqual([]);
    expect(projectorErrors).toEqual([]);
    for (const seat of everyone) await seat.context.close();
  });
});
