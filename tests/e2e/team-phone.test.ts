import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import { freshView } from '../support/play-full-exercise';
import { connectFacilitator, seatPlayer, type SeatedPlayer } from '../support/socket-table';
import { accessibilityProblems } from './support/accessibility';
import { saveScreenshot, screenshotDir, watchConsoleErrors } from './support/browser';
import { openBrowserRig, type BrowserRig } from './support/browser-rig';
import type { Seat } from './support/seat';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const POLL = { timeout: 30_000 };

/**
 * A team's screens at a glance, on a phone and on a laptop: through every
 * phase a team lives (lobby, briefing, developments, deliberation, waiting
 * for its turn, its turn, waiting after it, adjudication, results, the
 * dilemma, the hotwash, the end), each page is at most four screens tall,
 * or keeps its primary action (submit, answer, send) in view wherever it is
 * scrolled; axe finds nothing serious. Mexico City plays on the phone
 * (checked in English and in Spanish), Washington on the laptop; Control
 * and the Cartels play over sockets.
 */
describe('a team on a phone and a laptop', () => {
  let rig: BrowserRig;
  let control: HeadlessClient;
  let cartels: SeatedPlayer;
  let phone: Seat;
  let laptop: Seat;
  const errors: string[][] = [];
  const problems: string[] = [];
  const heights: string[] = [];
  /** Pages taller than four screens whose primary action went out of view. */
  const tooLong: string[] = [];

  beforeAll(async () => {
    rig = await openBrowserRig();
  });

  afterAll(async () => {
    console.log(`Serious or critical accessibility findings: ${problems.length}`);
    console.log(
      `Page heights (4 screens: phone ${4 * PHONE.height} px, laptop ${4 * LAPTOP.height} px):\n${heights.join('\n')}`,
    );
    control?.close();
    cartels?.client.close();
    await rig?.close();
  });

  /** Whether the primary action is wholly inside the viewport now. */
  const actionInView = (page: Page) =>
    page.evaluate(() => {
      const action = document.querySelector('[data-primary-action]');
      if (action === null) return false;
      const box = action.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });

  /**
   * Small layout faults: an in-world date broken across lines ("2025-" / "02"),
   * and the lobby's team cards touching the panel below them.
   */
  const layoutFaults = (page: Page) =>
    page.evaluate(() => {
      const faults: string[] = [];
      for (const date of document.querySelectorAll<HTMLElement>('.inject-date')) {
        const lines = new Set([...date.getClientRects()].map((rect) => Math.round(rect.top)));
        if (date.offsetParent !== null && lines.size > 1)
          faults.push(`date broken: ${date.textContent ?? ''}`);
      }
      const teams = document.querySelector('.lobby-teams');
      const below = teams?.nextElementSibling;
      if (teams !== null && teams !== undefined && below instanceof HTMLElement) {
        const gap = below.getBoundingClientRect().top - teams.getBoundingClientRect().bottom;
        if (gap < 8) faults.push(`lobby teams ${gap}px from the panel below`);
      }
      return faults;
    });

  /** Height, or the primary action at the top, middle and bottom; axe; a screenshot. */
  const check = async (seat: Seat, label: string, viewport: { height: number }) => {
    const page = seat.page;
    await page.evaluate(() => window.scrollTo(0, 0));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const limit = 4 * viewport.height;
    let verdict = `${height} px`;
    if (height > limit) {
      const seen: boolean[] = [];
      for (const at of [0, 0.5, 1]) {
        await page.evaluate(
          (share) => window.scrollTo(0, share * document.documentElement.scrollHeight),
          at,
        );
        seen.push(await actionInView(page));
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      verdict += `, action in view at top/middle/bottom: ${seen.join('/')}`;
      if (seen.includes(false)) tooLong.push(`${label}: ${verdict}`);
    }
    heights.push(`${label}: ${verdict}`);
    expect(await layoutFaults(page), label).toEqual([]);
    problems.push(...(await accessibilityProblems(page, label)));
    await saveScreenshot(page, `team-phone-${label}`);
    // What the reader sees without scrolling, and half-way down: the page at a glance.
    for (const [at, name] of [
      [0, 'top'],
      [0.5, 'middle'],
    ] as const) {
      await page.evaluate(
        (share) => window.scrollTo(0, share * document.documentElement.scrollHeight),
        at,
      );
      await page.screenshot({ path: `${screenshotDir}/team-phone-${label}-${name}.png` });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  };

  /** The phone in English, then in Spanish; the laptop in English. */
  const checkAll = async (moment: string) => {
    await check(phone, `${moment}-phone-en`, PHONE);
    await phone.chooseLanguage('es');
    await check(phone, `${moment}-phone-es`, PHONE);
    await phone.chooseLanguage('en');
    await check(laptop, `${moment}-laptop-en`, LAPTOP);
  };

  const phaseOf = async () => (await freshView(control)).exercise;
  const waitForPhase = async (seat: Seat, phase: string) =>
    expect.poll(async () => (await seat.status()).phase, POLL).toBe(phase);

  it('goes through every phase at a glance', { timeout: 600_000 }, async () => {
    const created = await createExerciseOverHttp(rig.baseUrl, {
      scenarioId: 'us-mexico-2026',
      settings: { seed: 5 },
    });
    control = await connectFacilitator(rig.baseUrl, created);
    phone = await rig.seat('mexico-city', PHONE);
    laptop = await rig.seat('washington', LAPTOP);
    errors.push(watchConsoleErrors(phone.page), watchConsoleErrors(laptop.page));
    for (const [seat, team] of [
      [phone, 'mexico-city'],
      [laptop, 'washington'],
    ] as const) {
      await seat.page.goto(`${rig.baseUrl}/join/${created.joinCode}`);
      await seat.page.getByTestId('join-name').fill(`${team} lead`);
      await seat.page.locator(`input[name="team"][value="${team}"]`).check();
      await seat.page.getByTestId('join-submit').click();
      await seat.page.getByTestId('player-lobby').waitFor();
    }
    cartels = await seatPlayer(rig.baseUrl, created, 'cartels lead', 'cartels');
    await checkAll('lobby');
    // The knowledge check opens on demand; opened, its send button stays in view.
    await phone.page.getByTestId('knowledge-start').click();
    await phone.page.getByTestId('knowledge-form').waitFor();
    await check(phone, 'lobby-knowledge-phone-en', PHONE);
    await phone.page.getByTestId('knowledge-later').click();
    await phone.page.getByTestId('knowledge-start').waitFor();

    await control.expectOk({ type: 'facilitator.start' });
    await waitForPhase(phone, 'briefing');
    await checkAll('briefing');
    // The practice move is skipped: move 1 is played, and it ends in the strike's dilemma.
    await control.expectOk({ type: 'facilitator.skipPractice' });
    await control.expectOk({ type: 'facilitator.advance' });
    await expect.poll(async () => (await phaseOf()).move, POLL).toBe(1);
    await waitForPhase(phone, 'injects');
    await checkAll('injects');
    await control.expectOk({ type: 'facilitator.advance' });
    await waitForPhase(phone, 'deliberation');
    await checkAll('deliberation');
    await control.expectOk({ type: 'facilitator.advance' });
    await waitForPhase(phone, 'decisions');

    // Washington decides first: Mexico City waits for its turn.
    await laptop.page.locator('[data-testid="decision-form"][data-turn="open"]').waitFor();
    await checkAll('decisions-washington-turn');
    // A locked card says what it waits for, in words, with the values now.
    const strike = await laptop.page.locator('#card-overt-unilateral-strike-block').innerText();
    expect(strike).toContain('Not available now:');
    expect(strike).toMatch(/Needs Escalation at least 4.* \(now 2.*\)/);
    expect(strike).toMatch(/Needs Bilateral trust at most 3 \(now 5\)/);
    expect(strike).toContain('Not before move 3 (this is move 1)');
    await laptop.writeDecision('Washington presses first.');
    await laptop.submitDecision();

    await phone.page.locator('[data-testid="decision-form"][data-turn="open"]').waitFor();
    await phone.writeDecision('Mexico City answers.');
    await checkAll('decisions-mexico-city-turn');
    // A card's details open from the keyboard.
    const details = phone.page.locator('[data-testid^="card-more-"]').first();
    await details.locator('summary').focus();
    await phone.page.keyboard.press('Enter');
    expect(await details.getAttribute('open')).not.toBeNull();
    await phone.page.keyboard.press('Enter');
    await phone.submitDecision(() => check(phone, 'decision-confirm-phone-en', PHONE));
    await checkAll('decisions-after-mexico-city');

    await cartels.client.expectOk({ type: 'team.submitDecision', decision: { kind: 'hold' } });
    await expect.poll(async () => (await phaseOf()).phase, POLL).toBe('adjudication');
    await waitForPhase(phone, 'adjudication');
    await checkAll('adjudication');
    // Control lets the strike happen: the overt-strike ending brings Mexico City's dilemma.
    await control.expectOk({
      type: 'facilitator.overrideTrack',
      track: 'escalation',
      value: 6,
      reason: 'The seminar asks what an overt strike does.',
    });
    await control.expectOk({ type: 'facilitator.publishAdjudication' });
    let phase = (await phaseOf()).phase;
    if (phase === 'results') {
      await waitForPhase(phone, 'results');
      await checkAll('results');
      await control.expectOk({ type: 'facilitator.advance' });
      phase = (await phaseOf()).phase;
    }
    expect(phase).toBe('dilemma');
    await waitForPhase(phone, 'dilemma');
    await checkAll('dilemma');
    await phone.page.locator('[data-testid^="dilemma-option-"]').first().click();
    await phone.page.getByTestId('dilemma-confirm').waitFor();
    await check(phone, 'dilemma-confirm-phone-en', PHONE);
    await phone.page.getByTestId('dilemma-confirm-confirm').click();

    await waitForPhase(phone, 'hotwash');
    await checkAll('hotwash');
    // Control leads the hotwash: the reflection is written once Control opens the last stage.
    await control.expectOk({ type: 'facilitator.openDebriefStage', stage: 'takeaway' });
    await phone.page.getByTestId('reflection-takeaway').waitFor();
    await check(phone, 'hotwash-takeaway-phone-en', PHONE);
    await phone.page.getByTestId('reflection-takeaway').fill('Talk before acting.');
    await phone.page.getByTestId('submit-reflection').click();
    await phone.page.getByTestId('my-reflection').waitFor();
    await checkAll('hotwash-sent');
    await control.expectOk({ type: 'facilitator.closeHotwash' });
    await waitForPhase(phone, 'ended');
    await checkAll('ended');

    expect(tooLong).toEqual([]);
    expect(problems).toEqual([]);
    expect(errors.flat()).toEqual([]);
  });
});
