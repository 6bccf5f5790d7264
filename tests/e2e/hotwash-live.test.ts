import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import type { CreateExerciseResponse } from '@borderline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectFacilitator } from '../support/socket-table';
import { accessibilityProblems } from './support/accessibility';
import { saveScreenshot, watchConsoleErrors } from './support/browser';
import { openBrowserRig, type BrowserRig } from './support/browser-rig';
import type { Seat } from './support/seat';

const POLL = { timeout: 30_000 };

/**
 * The hotwash led by Control, in real browsers: a player's page (a phone,
 * in Spanish) and a laptop's follow the stage Control opens, without a
 * reload; and once Control shares the report, the player gets a working
 * link to it, again without a reload.
 */
describe('the hotwash follows Control in the browser', () => {
  let rig: BrowserRig;
  let created: CreateExerciseResponse;
  let socket: HeadlessClient;
  let control: Seat;
  let phone: Seat;
  let laptop: Seat;
  let errors: string[][] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    rig = await openBrowserRig();
    created = await createExerciseOverHttp(rig.baseUrl, {
      scenarioId: 'us-mexico-2026',
      settings: { seed: 3 },
    });
    socket = await connectFacilitator(rig.baseUrl, created);
    control = await rig.seat('control', { width: 1280, height: 800 });
    phone = await rig.seat('mexico-city', { width: 390, height: 844 });
    laptop = await rig.seat('washington', { width: 1280, height: 800 });
    errors = [control, phone, laptop].map((seat) => watchConsoleErrors(seat.page));
  }, 120_000);

  afterAll(async () => {
    socket?.close();
    await rig?.close();
  });

  const shot = async (seat: Seat, name: string) => {
    problems.push(...(await accessibilityProblems(seat.page, name)));
    await saveScreenshot(seat.page, `hotwash-live-${name}`);
  };
  const shownStage = (seat: Seat) =>
    seat.page.locator('[data-testid^="debrief-step-"]').getAttribute('data-testid');

  it('seats two players and takes the exercise to its hotwash', { timeout: 120_000 }, async () => {
    const join = new URL(`/join/${created.joinCode}`, rig.baseUrl).toString();
    for (const [seat, team] of [
      [phone, 'mexico-city'],
      [laptop, 'washington'],
    ] as const) {
      await seat.page.goto(join);
      if (seat === phone) await seat.chooseLanguage('es');
      await seat.page.getByTestId('join-name').fill(`${team} lead`);
      await seat.page.locator(`input[name="team"][value="${team}"]`).check();
      await seat.page.getByTestId('join-submit').click();
      await seat.page.getByTestId('player-lobby').waitFor();
    }
    await control.page.goto(new URL(created.facilitatorUrl, rig.baseUrl).toString());
    await control.page.getByTestId('control-lobby').waitFor();
    await socket.expectOk({ type: 'facilitator.start' });
    await socket.expectOk({ type: 'facilitator.endEarly', reason: 'Out of time.' });
    for (const seat of [control, phone, laptop]) {
      await seat.page.getByTestId('hotwash').waitFor();
      await expect.poll(() => shownStage(seat), POLL).toBe('debrief-step-what');
    }
    await shot(phone, 'player-what-phone-es');
  });

  it('moves every player’s page to the stage Control opens', { timeout: 120_000 }, async () => {
    await control.page.getByTestId('debrief-stage-meaning').click();
    for (const seat of [phone, laptop])
      await expect.poll(() => shownStage(seat), POLL).toBe('debrief-step-meaning');
    await expect
      .poll(() => phone.page.getByTestId('debrief-stage-meaning').getAttribute('data-current'))
      .toBe('true');
    await shot(control, 'control-meaning');
    await shot(laptop, 'player-meaning');

    // The laptop looks back at the first stage, then Control moves on: it follows again.
    await laptop.page.getByTestId('debrief-stage-what').click();
    await expect.poll(() => shownStage(laptop)).toBe('debrief-step-what');
    await laptop.page.getByTestId('debrief-looking-back').waitFor();
    await shot(laptop, 'player-looking-back');
    await control.page.getByTestId('debrief-next').click();
    for (const seat of [phone, laptop])
      await expect.poll(() => shownStage(seat), POLL).toBe('debrief-step-takeaway');
    expect(await laptop.page.getByTestId('debrief-looking-back').count()).toBe(0);
    await phone.page.getByTestId('reflection-takeaway').fill('Hablar antes de actuar.');
    await phone.page.getByTestId('submit-reflection').click();
    await phone.page.getByTestId('my-reflection').waitFor();
    await shot(phone, 'player-takeaway-phone-es');
  });

  it(
    'shows the player a working report link once Control shares it, without a reload',
    {
      timeout: 120_000,
    },
    async () => {
      await control.page.getByTestId('close-hotwash').click();
      await control.page.getByTestId('close-hotwash-confirm').click();
      await phone.page.getByTestId('report-not-shared').waitFor();
      expect(await phone.page.getByTestId('report-link').count()).toBe(0);
      await shot(phone, 'player-ended-unshared-phone-es');

      // The laptop waits on the report's page itself: it must open there too, without a reload.
      await laptop.page.goto(`${rig.baseUrl}/report/${created.exerciseId}`);
      await laptop.page.getByTestId('report-waiting').waitFor();
      await shot(laptop, 'report-waiting');

      await control.page.getByTestId('report-link').click();
      await control.page.getByTestId('report').waitFor();
      await control.page.getByTestId('report-share').click();
      await expect.poll(() => control.page.getByTestId('report-share').isChecked()).toBe(true);

      await laptop.page.getByTestId('report').waitFor(POLL);
      await phone.page.getByTestId('report-link').waitFor(POLL);
      await shot(phone, 'player-ended-shared-phone-es');
      await phone.page.getByTestId('report-link').click();
      await phone.page.getByTestId('report').waitFor();
      await expect
        .poll(() => phone.page.getByTestId('report').innerText())
        .toContain('Informe posterior a la acción');
      expect(await phone.page.getByTestId('report-problem').count()).toBe(0);
    },
  );

  it('kept every screen accessible and free of console errors', () => {
    expect(problems).toEqual([]);
    expect(errors.flat()).toEqual([]);
  });
});
