import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { installedScenarios } from '../support/in-process-server';
import { accessibilityProblems } from './support/accessibility';
import { saveScreenshot, screenshotDir, watchConsoleErrors } from './support/browser';
import { openBrowserRig, type BrowserRig } from './support/browser-rig';
import type { Seat } from './support/seat';

const VIEWPORT = { width: 1280, height: 800 };
const POLL = { timeout: 30_000 };

/** What an id looks like on a screen: a played action's id, or a kebab-case scenario id. */
function idPatterns(): RegExp[] {
  const scenario = installedScenarios().find((candidate) => candidate.id === 'us-mexico-2026');
  if (scenario === undefined) throw new Error('the us-mexico-2026 scenario is not installed');
  const kebab = [
    ...scenario.tracks.map((track) => track.id),
    ...scenario.actions.map((card) => card.id),
    ...scenario.injects.map((inject) => inject.id),
    ...scenario.teams.map((team) => team.id),
    ...scenario.endings.map((ending) => ending.id),
  ].filter((id) => id.includes('-'));
  return [/\bm\d+-[a-z-]+-\d+\b/, ...kebab.map((id) => new RegExp(`(^|[^\\w/-])${id}([^\\w-]|$)`))];
}

/**
 * Control's console plays through every phase at 1280×800 (one person for
 * Mexico City, bots for the others): in each, the cockpit (phase, clock,
 * next step) stays in the window after scrolling to the bottom, no id is
 * shown, axe finds nothing serious, and the console's height is printed.
 */
describe("Control's console is a cockpit", () => {
  let rig: BrowserRig;
  let control: Seat;
  let mexico: Seat;
  let errors: string[] = [];
  const heights: Record<string, number> = {};
  const ids = idPatterns();
  let failed: string | null = null;
  const stage = (name: string, run: () => Promise<void>) =>
    it(name, { timeout: 180_000 }, async (context) => {
      if (failed !== null) context.skip(`an earlier stage failed: ${failed}`);
      context.onTestFailed(() => {
        failed = name;
      });
      await run();
    });

  /** The ids the page shows (hidden tabs and closed disclosures are not shown). */
  const shownIds = async (page: Page) => {
    const text = await page.locator('body').innerText();
    return ids.flatMap((pattern) => text.match(pattern)?.[0] ?? []);
  };

  /** Every check of one screen; `cockpit` for the console's phases. */
  const inspect = async (name: string, { cockpit = true } = {}) => {
    const page = control.page;
    heights[name] = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${screenshotDir}/cockpit-${name}-bottom.png` });
    await saveScreenshot(page, `cockpit-${name}`);
    if (cockpit) {
      const bar = page.getByTestId('cockpit');
      const box = await bar.boundingBox();
      expect(box, `${name}: the cockpit is drawn`).not.toBeNull();
      expect(box?.y ?? -1, `${name}: the cockpit's top is in the window`).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0), `${name}: the cockpit fits`).toBeLessThanOrEqual(
        VIEWPORT.height,
      );
      // Phase, clock and next step are all in it, and all in the window.
      for (const part of [bar.getByTestId('phase'), bar.getByTestId('advance')]) {
        await expect.poll(() => part.isVisible()).toBe(true);
        const inside = await part.boundingBox();
        expect((inside?.y ?? -1) >= 0 && (inside?.y ?? 0) < VIEWPORT.height).toBe(true);
      }
      expect(await bar.locator('[data-testid="pause"], [data-testid="resume"]').count()).toBe(1);
    }
    expect(await shownIds(page), `${name}: no id is shown`).toEqual([]);
    expect(await accessibilityProblems(page, name)).toEqual([]);
  };

  const phase = async () => (await control.status()).phase;

  /**
   * Control's hotwash at 1280×800: at the top, a third and two thirds of the
   * way down and at the bottom, the cockpit's top is in the window and so
   * are the phase, the stage (while it runs) and the one next action.
   * Returns that action's kind.
   */
  const inspectHotwash = async (name: string): Promise<string> => {
    const page = control.page;
    heights[name] = await page.evaluate(() => document.documentElement.scrollHeight);
    const bar = page.getByTestId('cockpit');
    const action = bar.locator('[data-testid="cockpit-next"] [data-next-action]');
    const live = (await phase()) === 'hotwash';
    for (const share of [0, 1 / 3, 2 / 3, 1]) {
      await page.evaluate(
        (part) =>
          window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * part),
        share,
      );
      await page.waitForTimeout(100);
      const where = `${name} at ${Math.round(share * 100)}% down`;
      const box = await bar.boundingBox();
      expect(box, `${where}: the cockpit is drawn`).not.toBeNull();
      expect(box?.y ?? -1, `${where}: the cockpit's top is in the window`).toBeGreaterThanOrEqual(
        0,
      );
      const parts = [
        bar.getByTestId('phase'),
        action,
        ...(live ? [bar.getByTestId('cockpit-stage')] : []),
      ];
      for (const part of parts) {
        expect(await part.isVisible(), where).toBe(true);
        const inside = await part.boundingBox();
        expect(
          (inside?.y ?? -1) >= 0 && (inside?.y ?? 0) + (inside?.height ?? 0) <= VIEWPORT.height,
          `${where}: ${await part.getAttribute('data-testid')} is in the window`,
        ).toBe(true);
      }
      if (share === 1 / 3)
        await page.screenshot({ path: `${screenshotDir}/cockpit-${name}-third.png` });
    }
    await saveScreenshot(page, `cockpit-${name}`);
    expect(await shownIds(page), `${name}: no id is shown`).toEqual([]);
    expect(await accessibilityProblems(page, name)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    return (await action.getAttribute('data-next-action')) ?? '';
  };

  beforeAll(async () => {
    rig = await openBrowserRig();
  });

  afterAll(async () => {
    console.log(
      `Control's page height per phase at 1280×800 (px):\n${Object.entries(heights)
        .map(([name, height]) => `  ${name}: ${height}`)
        .join('\n')}`,
    );
    await rig?.close();
  });

  stage('creates an exercise and seats Mexico City, with bots for the others', async () => {
    control = await rig.seat('control', VIEWPORT);
    mexico = await rig.seat('mexico-city', VIEWPORT);
    errors = watchConsoleErrors(control.page);
    const page = control.page;
    await page.goto(rig.baseUrl);
    await page.getByTestId('scenario-us-mexico-2026').check();
    await page.getByTestId('create-submit').click();
    await expect.poll(() => page.getByTestId('join-code').innerText()).toMatch(/^[A-Z0-9]{6}$/);
    const joinUrl = (await page.getByTestId('join-link').getAttribute('href')) ?? '';
    await page.getByTestId('open-console').click();
    await page.getByTestId('control-lobby').waitFor();

    await mexico.page.goto(new URL(joinUrl, rig.baseUrl).toString());
    await mexico.page.getByTestId('join-name').fill('Marta');
    await mexico.page.locator('input[name="team"][value="mexico-city"]').check();
    await mexico.page.getByTestId('join-submit').click();
    await mexico.page.getByTestId('player-lobby').waitFor();
    await expect.poll(() => page.locator('[data-testid^="player-"]').count()).toBe(1);
    await page.getByTestId('fill-bots').click();
    await expect.poll(() => page.getByTestId('seat-cartels').inputValue()).toBe('bot');
    await page.getByTestId('skip-practice').check();
    await inspect('lobby', { cockpit: false });
  });

  stage('the briefing', async () => {
    const page = control.page;
    await page.getByTestId('start-exercise').click();
    await page.getByTestId('control-console').waitFor();
    expect(await phase()).toBe('briefing');
    await inspect('briefing');
    await control.chooseLanguage('es');
    await inspect('briefing-es');
    await control.chooseLanguage('en');
    await control.advance('briefing', 1);
  });

  stage('a move: injects, released after asking once', async () => {
    const page = control.page;
    expect(await phase()).toBe('injects');
    await inspect('injects');
    const release = page.locator('[data-testid^="release-"]:not([disabled])').first();
    const inject = ((await release.getAttribute('data-testid')) ?? '').slice('release-'.length);
    await release.click();
    const dialog = page.getByTestId('release-dialog');
    await dialog.waitFor();
    // The question is a modal dialog, with the safe answer focused.
    expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''),
    ).toBe('release-dialog-cancel');
    expect(await accessibilityProblems(page, 'release-dialog')).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}/cockpit-release-dialog.png` });
    // Escape keeps the card; confirming releases it.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByTestId(`release-${inject}`).count()).toBe(1);
    await page.getByTestId(`release-${inject}`).click();
    await page.getByTestId('release-dialog-confirm').click();
    await expect.poll(() => page.getByTestId(`release-${inject}`).count(), POLL).toBe(0);
    await control.advance('injects', 1);
  });

  stage('a move: deliberation and decisions', async () => {
    expect(await phase()).toBe('deliberation');
    await mexico.chat('team:mexico-city', 'Intelligence sharing, not troops.');
    await inspect('deliberation');
    await control.advance('deliberation', 1);
    expect(await phase()).toBe('decisions');
    const submit = mexico.page.locator(
      '[data-testid="decision-form"][data-turn="open"] [data-testid="submit-decision"]',
    );
    await expect.poll(() => submit.isVisible(), POLL).toBe(true);
    await inspect('decisions');
    await mexico.writeDecision('Cooperate, but keep troops out.');
    await submit.click();
    // The team is asked once before its decision goes.
    await mexico.page.getByTestId('decision-confirm-confirm').click();
    await expect.poll(phase, POLL).toBe('adjudication');
  });

  stage('the review: compact results, an ending that names its reasons, publish', async () => {
    const page = control.page;
    await page.getByTestId('review').waitFor();
    await control.settleFreeform();
    await inspect('review');
    // Each action's override waits behind its "Change" disclosure.
    const change = page.locator('[data-testid^="change-"]').first();
    await change.locator('summary').click();
    await expect.poll(() => change.locator('select').isVisible()).toBe(true);
    expect(await shownIds(page)).toEqual([]);
    // A track set in review that reaches an early ending: the warning says why.
    await page.getByTestId('track-override').locator('summary').click();
    await page.getByTestId('track-override-track').selectOption('escalation');
    await page.getByTestId('track-override-value').fill('6');
    await page.getByTestId('track-override-reason').fill('What if the strike happens?');
    await page.getByTestId('track-override-apply').click();
    const reasons = page.getByTestId('ending-reasons');
    await expect
      .poll(() => reasons.innerText().catch(() => ''), POLL)
      .toContain('Escalation is 6 (must be at least 6)');
    await inspect('review-ending');
    await control.chooseLanguage('es');
    await expect
      .poll(() => reasons.innerText(), POLL)
      .toContain('Escalada está en 6 (debe ser al menos 6)');
    await inspect('review-es');
    await control.chooseLanguage('en');
    // The details of the review, one tab at a time, name everything in words.
    for (const tab of ['teams', 'injects', 'world', 'log', 'participation', 'people']) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.getByTestId(`panel-${tab}`).waitFor();
      expect(await shownIds(page), `the ${tab} tab shows no id`).toEqual([]);
      expect(await accessibilityProblems(page, `review-${tab}`)).toEqual([]);
    }
    const participation = await page.getByTestId('participation-summary').innerText();
    expect(participation).not.toContain('Nobody has taken part yet');
    await page.screenshot({ path: `${screenshotDir}/cockpit-review-participation.png` });
    await page.getByTestId('tab-review').click();

    // A phone sees the same console; photographed for a look, not checked here.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${screenshotDir}/cockpit-review-phone.png` });
    await page.setViewportSize(VIEWPORT);

    // Publishing is the cockpit's next step, and asks once.
    const next = page.getByTestId('advance');
    expect(await next.getAttribute('data-step')).toBe('publish-results');
    await next.click();
    await page.getByTestId('publish-dialog').waitFor();
    expect(await page.getByTestId('publish-dialog').innerText()).toContain('The line is crossed');
    expect(await accessibilityProblems(page, 'publish-dialog')).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}/cockpit-publish-dialog.png` });
    await page.getByTestId('publish-dialog-confirm').click();
    await expect.poll(phase, POLL).toBe('results');
  });

  stage('the results and the dilemma', async () => {
    const page = control.page;
    await inspect('results');
    expect(await page.getByTestId('advance').getAttribute('data-step')).toBe('open-dilemma');
    await control.advance('results', 1);
    expect(await phase()).toBe('dilemma');
    await inspect('dilemma');
    const option = mexico.page.locator('[data-testid^="dilemma-option-"]:not([disabled])');
    await expect.poll(() => option.count(), POLL).toBeGreaterThan(0);
    await option.first().click();
    // The answer cannot be changed: the lead is asked once.
    await mexico.page.getByTestId('dilemma-confirm-confirm').click();
    await expect.poll(phase, POLL).not.toBe('dilemma');
  });

  stage('the hotwash', async () => {
    const page = control.page;
    for (let step = 0; step < 5 && (await phase()) !== 'hotwash'; step += 1) {
      await page.getByTestId('advance').click();
      await page.waitForTimeout(500);
    }
    expect(await phase()).toBe('hotwash');
    await page.getByTestId('hotwash').waitFor();
    await inspect('hotwash', { cockpit: false });
    // Stage by stage, the cockpit's next action opens the next one, on every screen.
    const stages = ['what', 'why', 'meaning', 'takeaway'];
    for (const [index, stage] of stages.entries()) {
      await expect
        .poll(() => page.getByTestId('cockpit-stage').getAttribute('data-stage'), POLL)
        .toBe(stage);
      const next = await inspectHotwash(`hotwash-${stage}`);
      if (stage === 'what') {
        // The rest on demand: "More" opens over the page, with pausing and closing early.
        const more = page.getByTestId('cockpit-more');
        await more.locator('summary').click();
        await expect.poll(() => more.getByTestId('pause').isVisible()).toBe(true);
        expect(await more.getByTestId('close-hotwash').isVisible()).toBe(true);
        expect(await accessibilityProblems(page, 'hotwash-more')).toEqual([]);
        await page.screenshot({ path: `${screenshotDir}/cockpit-hotwash-more.png` });
        await more.locator('summary').click();
      }
      if (stage === 'why') {
        await control.chooseLanguage('es');
        expect(await inspectHotwash('hotwash-why-es')).toBe('open-stage');
        await control.chooseLanguage('en');
      }
      if (index < stages.length - 1) {
        expect(next).toBe('open-stage');
        await page.getByTestId('debrief-next').click();
        await expect
          .poll(() => mexico.page.getByTestId(`debrief-step-${stages[index + 1]}`).count(), POLL)
          .toBe(1);
      } else {
        expect(next).toBe('close-hotwash');
      }
    }
    // At the last stage the next action closes the hotwash, after asking once, in the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByTestId('close-hotwash').click();
    await page.getByTestId('close-hotwash-confirm').click();
    await expect.poll(phase, POLL).toBe('ended');
  });

  stage('the end: the cockpit shares the report, then opens it', async () => {
    const page = control.page;
    await expect
      .poll(() => page.locator('[data-next-action]').first().getAttribute('data-next-action'), POLL)
      .toBe('share-report');
    expect(await inspectHotwash('ended')).toBe('share-report');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.getByTestId('share-report').click();
    await expect.poll(() => page.getByTestId('cockpit-report-link').count(), POLL).toBe(1);
    expect(await inspectHotwash('ended-shared')).toBe('open-report');
    await mexico.page.getByTestId('report-link').waitFor(POLL);
    await page.getByTestId('cockpit-report-link').click();
    await page.getByTestId('report').waitFor();
    expect(errors).toEqual([]);
  });
});
