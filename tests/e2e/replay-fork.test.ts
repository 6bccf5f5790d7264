import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { joinOverHttp } from '@borderline/shared/client';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../support/in-process-server';
import { playFullExercise } from '../support/play-full-exercise';
import { closeFullTable, seatFullTable, type FullTable } from '../support/socket-table';
import { launchBrowser, saveScreenshot, watchConsoleErrors } from './support/browser';
import { Seat } from './support/seat';

/**
 * After an exercise played over sockets: Control forks it from move 2 and
 * the fork's console opens on its lobby, join code in sight; a player who
 * joined in a browser opens the replay from the end of the exercise and
 * sees it through their own team's eyes.
 */
describe('replay and fork in a browser', () => {
  let server: InProcessServer;
  let browser: Browser;
  let table: FullTable;
  const seats: Seat[] = [];

  beforeAll(async () => {
    server = await startInProcessServer({ rateLimits: UNLIMITED });
    browser = await launchBrowser();
    table = await seatFullTable(server.baseUrl, { settings: { seed: 5 } });
  }, 60_000);

  afterAll(async () => {
    closeFullTable(table);
    for (const seat of seats) await seat.context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it(
    'lets a player who played in the browser replay the ended exercise',
    { timeout: 240_000 },
    async () => {
      const { created } = table;
      // Inès joins Mexico City in her browser before the game, as a player would.
      const ines = await Seat.open(browser, 'ines', { width: 390, height: 844 });
      seats.push(ines);
      const errors = watchConsoleErrors(ines.page);
      await ines.page.goto(`${server.baseUrl}/join/${created.joinCode}`);
      await ines.chooseLanguage('es');
      await ines.page.getByTestId('join-name').fill('Inès');
      await ines.page.locator('input[name="team"][value="mexico-city"]').check();
      await ines.page.getByTestId('join-submit').click();
      await ines.page.getByTestId('player-lobby').waitFor();

      await playFullExercise(table);
      await ines.page.getByTestId('replay-link').click({ timeout: 60_000 });
      await ines.page.getByTestId('replay-caption').waitFor();
      const perspectives = await ines.page
        .getByTestId('replay-as')
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      expect(perspectives).toEqual(['mexico-city', 'observer']);
      expect(await ines.page.getByTestId('fork-button').count()).toBe(0);
      await ines.page.getByTestId('replay-nextMove').click();
      await ines.page.getByTestId('replay-nextMove').click();
      await expect
        .poll(() => ines.page.getByTestId('replay-caption').innerText())
        .toContain('Ciudad de México');
      await saveScreenshot(ines.page, 'replay-player-phone-es');
      expect(errors).toEqual([]);
    },
  );

  it('opens a fork on its lobby with the join code in sight', { timeout: 120_000 }, async () => {
    const { created } = table;
    const control = await Seat.open(browser, 'control', { width: 1280, height: 800 });
    seats.push(control);
    const errors = watchConsoleErrors(control.page);
    // The facilitator link keeps the key in this browser.
    await control.page.goto(
      `${server.baseUrl}/control/${created.exerciseId}#key=${created.facilitatorKey}`,
    );
    await control.page.getByTestId('hotwash').waitFor();
    await control.page.goto(`${server.baseUrl}/replay/${created.exerciseId}`);
    await control.page.getByTestId('replay-caption').waitFor();
    await control.page.getByTestId('replay-nextMove').click();
    await control.page.getByTestId('replay-nextMove').click();
    await control.page.getByTestId('replay-nextMove').click();
    await saveScreenshot(control.page, 'replay-control');
    await control.page.getByTestId('fork-button').click();
    await control.page.getByTestId('fork-console-link').click();

    await control.page.getByTestId('control-lobby').waitFor();
    await expect
      .poll(() => control.page.getByTestId('join-code').innerText())
      .toMatch(/^[A-Z0-9]{6}$/);
    await expect
      .poll(() => control.page.getByTestId('join-qr').getAttribute('src'))
      .toMatch(/^data:image/);
    expect(await control.page.getByTestId('fork-lobby-notice').innerText()).toMatch(
      /its world stands as it did when move \d opened/,
    );
    const resume = control.page.getByTestId('start-exercise');
    expect(await resume.innerText()).toMatch(/^Resume play at move \d$/);
    expect(await resume.isDisabled()).toBe(true);
    await saveScreenshot(control.page, 'fork-lobby-control');

    // A player joins the fork by its code; Control gives the other seats to bots and resumes.
    const code = await control.page.getByTestId('join-code').innerText();
    await joinOverHttp(server.baseUrl, { joinCode: code, name: 'Wes', team: 'washington' });
    await control.page.getByTestId('fill-bots').click();
    await expect.poll(() => resume.isDisabled()).toBe(false);
    await resume.click();
    await control.page.getByTestId('control-console').waitFor();
    await saveScreenshot(control.page, 'fork-resumed-control');
    await control.page.setViewportSize({ width: 390, height: 844 });
    expect(errors).toEqual([]);
  });
});
