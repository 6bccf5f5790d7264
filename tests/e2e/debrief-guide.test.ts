import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import type { CreateExerciseResponse } from '@borderline/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectFacilitator } from '../support/socket-table';
import { saveScreenshot, watchConsoleErrors } from './support/browser';
import { openBrowserRig, type BrowserRig } from './support/browser-rig';
import type { Seat } from './support/seat';

const POLL = { timeout: 30_000 };

/**
 * The scenario's debrief guide in real browsers, after a game Control ends
 * in a rupture: Control's laptop reads the guide's questions with its notes
 * beside each, a player's phone the same questions without them, the
 * cards' questions folded below, and the projector the first few, large.
 */
describe('the debrief guide in the browser', () => {
  let rig: BrowserRig;
  let created: CreateExerciseResponse;
  let socket: HeadlessClient;
  let control: Seat;
  let phone: Seat;
  let projector: Page;
  let errors: string[][] = [];

  beforeAll(async () => {
    rig = await openBrowserRig();
    created = await createExerciseOverHttp(rig.baseUrl, {
      scenarioId: 'us-mexico-2026',
      settings: { seed: 3 },
    });
    socket = await connectFacilitator(rig.baseUrl, created);
    control = await rig.seat('control', { width: 1280, height: 800 });
    phone = await rig.seat('mexico-city', { width: 390, height: 844 });
    errors = [control, phone].map((seat) => watchConsoleErrors(seat.page));
  }, 120_000);

  afterAll(async () => {
    socket?.close();
    await rig?.close();
  });

  const questionIds = (page: Page) =>
    page
      .locator('[data-testid^="debrief-step-"] [data-testid="guide-question"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-question')));

  it('takes a game to its hotwash, ended in a rupture', { timeout: 120_000 }, async () => {
    await phone.page.goto(new URL(`/join/${created.joinCode}`, rig.baseUrl).toString());
    await phone.page.getByTestId('join-name').fill('Mexico lead');
    await phone.page.locator('input[name="team"][value="mexico-city"]').check();
    await phone.page.getByTestId('join-submit').click();
    await phone.page.getByTestId('player-lobby').waitFor();
    await control.page.goto(new URL(created.facilitatorUrl, rig.baseUrl).toString());
    await control.page.getByTestId('control-lobby').waitFor();
    await socket.expectOk({ type: 'facilitator.start' });
    await socket.expectOk({
      type: 'facilitator.endEarly',
      reason: 'Out of time.',
      ending: 'rupture',
    });
    for (const seat of [control, phone]) await seat.page.getByTestId('hotwash').waitFor(POLL);
  });

  it(
    'shows Control the guide with its notes, the player without',
    { timeout: 120_000 },
    async () => {
      await expect.poll(() => questionIds(control.page), POLL).toContain('when-trust-ran-out');
      const ids = await questionIds(control.page);
      expect(ids[0]).toBe('story-in-three-sentences');
      expect(ids).not.toContain('walk-back-from-the-strike');
      expect(await control.page.getByTestId('guide-notes').count()).toBe(ids.length);
      expect(await questionIds(phone.page)).toEqual(ids);
      expect(await phone.page.getByTestId('guide-notes').count()).toBe(0);
      await saveScreenshot(control.page, 'debrief-guide-control-what-en-1280x800');
      await saveScreenshot(phone.page, 'debrief-guide-player-what-en-390x844');

      await control.page.getByTestId('debrief-stage-meaning').click();
      await expect
        .poll(() =>
          phone.page.locator('[data-testid^="debrief-step-"]').getAttribute('data-testid'),
        )
        .toBe('debrief-step-meaning');
      expect(await questionIds(control.page)).toContain('prosecution-never-reached');
      await phone.page.getByTestId('card-questions').locator('summary').click();
      await saveScreenshot(phone.page, 'debrief-guide-player-meaning-en-390x844');
      await control.chooseLanguage('es');
      await phone.chooseLanguage('es');
      await expect
        .poll(() => control.page.getByTestId('debrief-questions').innerText())
        .toContain('¿qué significa hoy "cooperación" para Washington');
      await expect
        .poll(() => control.page.getByTestId('guide-notes').first().innerText())
        .toMatch(/^Nota para Control:/);
      await saveScreenshot(control.page, 'debrief-guide-control-meaning-es-1280x800');
      await saveScreenshot(phone.page, 'debrief-guide-player-meaning-es-390x844');
      await control.page.setViewportSize({ width: 390, height: 844 });
      await saveScreenshot(control.page, 'debrief-guide-control-meaning-es-390x844');
    },
  );

  it(
    'shows the projector the first questions, large, without the notes',
    { timeout: 120_000 },
    async () => {
      projector = await control.context.newPage();
      await projector.setViewportSize({ width: 1280, height: 800 });
      errors.push(watchConsoleErrors(projector));
      await projector.goto(`${rig.baseUrl}/screen/${created.exerciseId}`);
      await projector.getByTestId('projector-debrief').waitFor(POLL);
      await expect.poll(() => projector.getByTestId('guide-question').count(), POLL).toBe(5);
      expect(await projector.getByTestId('guide-notes').count()).toBe(0);
      await saveScreenshot(projector, 'debrief-guide-projector-meaning-es-1280x800');
    },
  );

  it('raised no console error', () => {
    expect(errors.flat()).toEqual([]);
  });
});
