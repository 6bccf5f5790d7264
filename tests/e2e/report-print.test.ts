import fs from 'node:fs';
import path from 'node:path';
import type { ExerciseView } from '@borderline/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playLiveGame } from '../../server/src/simulate/live-game';
import { resolveTemperaments } from '../../server/src/simulate/run-game';
import { gameSeed } from '../../server/src/simulate/simulate';
import { DEFAULT_WHAT_IF_OPTIONS } from '../../server/src/what-if';
import {
  installedScenarios,
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../support/in-process-server';
import { repoRoot } from '../support/start-server';
import { accessibilityProblems } from './support/accessibility';
import { launchBrowser, screenshotDir, watchConsoleErrors } from './support/browser';

/** A4 at CSS's 96 dpi, and the page's content box inside the report's 12 mm margins. */
const MM = 96 / 25.4;
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const CONTENT = { width: Math.floor(186 * MM), height: Math.floor(273 * MM) };
const MAX_PAGES = 15;

/** The pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * The after-action report of a whole five-move game, printed by Chromium to
 * A4 in English and Spanish: at most 15 pages; the first page holds the
 * title and the one-page summary (how it ended, the tracks' charts drawn
 * without a click, a line per team with its key decision and objectives
 * met, the three biggest turning points), and the lessons by objective
 * follow on it at once; the appendices come after the body, participation
 * last. The PDFs and a picture of the first printed page are kept in
 * test-results.
 */
describe('the printed report', () => {
  let server: InProcessServer;
  let browser: Browser;
  let final: ExerciseView;
  let exercise = { exerciseId: '', facilitatorKey: '' };
  const trackCount = () => final.scenario.tracks.length;

  beforeAll(async () => {
    // The what-if analysis keeps the server's number of branches (what the report prints)
    // with fewer continuations each, so that it is ready before the report is printed.
    server = await startInProcessServer({
      rateLimits: UNLIMITED,
      whatIf: { options: { ...DEFAULT_WHAT_IF_OPTIONS, continuations: 24, pilot: 4 } },
    });
    browser = await launchBrowser();
    const scenario = installedScenarios().find((entry) => entry.id === 'us-mexico-2026');
    if (scenario === undefined) throw new Error('the first scenario is not installed');
    // The same game as `npm run simulate -- --runs 1 --seed 1`: bots play every seat to the end.
    const seed = gameSeed(1, 0);
    final = await playLiveGame({
      baseUrl: server.baseUrl,
      scenario,
      seed,
      skipPractice: false,
      temperaments: resolveTemperaments(scenario, seed),
      onCreated: (created) => {
        exercise = created;
      },
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is a whole five-move game', () => {
    expect(final.exercise.phase).toBe('ended');
    expect(final.ending?.state.kind).toBe('final');
    expect(final.adjudications.filter((entry) => entry.move > 0)).toHaveLength(5);
  });

  /** Control's browser (the facilitator link stores the key), then the report in a language. */
  async function openReport(language: 'en' | 'es'): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = watchConsoleErrors(page);
    const { exerciseId, facilitatorKey } = exercise;
    await page.goto(`${server.baseUrl}/control/${exerciseId}#key=${facilitatorKey}`);
    await page.getByTestId('report-link').waitFor();
    await page.locator('.language select').selectOption(language);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
    await page.goto(`${server.baseUrl}/report/${exerciseId}`);
    await page.getByTestId('report').waitFor();
    return { page, errors };
  }

  it.each(['en', 'es'] as const)(
    'prints on at most 15 A4 pages, the summary then the lessons first, the appendices last (%s)',
    { timeout: 120_000 },
    async (language) => {
      const { page, errors } = await openReport(language);
      if (language === 'en') expect(await accessibilityProblems(page, 'report')).toEqual([]);
      // On screen, the lessons and the tracks' charts, on a laptop and on a phone.
      fs.mkdirSync(screenshotDir, { recursive: true });
      await page.locator('#report-attainment').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshotDir, `report-lessons-${language}.png`) });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('report-charts').scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(screenshotDir, `report-charts-phone-${language}.png`),
      });

      // The choices versus dice are printed too: the page shows them once computed.
      await page.getByTestId('what-if-roll').first().waitFor({ timeout: 90_000 });
      // Nothing is wider than the phone: the tables scroll inside their own boxes.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await page.emulateMedia({ media: 'print' });
      // No paper tint on the root: it printed as a grey block below the last table.
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
      ).toBe('rgb(255, 255, 255)');
      // The charts are in print at once, in the summary: nobody clicked anything.
      const charts = page.locator('#report-summary svg.report-chart');
      await expect.poll(() => charts.count()).toBe(trackCount());
      for (const chart of await charts.all()) {
        expect(await chart.isVisible()).toBe(true);
        expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(20);
        expect(await chart.locator('path.report-chart-line').getAttribute('d')).toMatch(/^M/);
      }
      await expect
        .poll(() => page.getByTestId('report-turning-points').locator('li').count())
        .toBe(3);
      expect(await page.locator('button').count()).toBeGreaterThan(0);
      // Print media reaches every button once the page has settled (a late render can lag).
      await expect.poll(() => page.locator('button:visible').count()).toBe(0);
      // The sections in reading order: the lessons first, the appendices (timeline,
      // tracks, full log first) after the body, participation last.
      const sections = await page
        .locator('.report-section')
        .evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(sections.slice(0, 7)).toEqual([
        'report-attainment',
        'report-improvementPlan',
        'report-decisionPoints',
        'report-whatIf',
        'report-timeline',
        'report-tracks',
        'report-log',
      ]);
      expect(sections.at(-1)).toBe('report-participation');

      // Laid out on an A4 page's width, the title, the whole summary and the start of the
      // lessons are on the first page, the lessons right after the summary.
      await page.setViewportSize({ width: CONTENT.width, height: CONTENT.height });
      const box = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((node) => {
            const rect = node.getBoundingClientRect();
            return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
          });
      const summary = await box('#report-summary');
      for (const part of [
        '[data-testid="report-ending"]',
        '[data-testid="report-charts"]',
        '[data-testid="report-summary-teams"]',
        '[data-testid="report-turning-points"]',
      ]) {
        const inner = await box(`#report-summary ${part}`);
        expect(inner.top).toBeGreaterThanOrEqual(summary.top);
        expect.soft(inner.bottom, part).toBeLessThanOrEqual(CONTENT.height);
      }
      expect(await page.locator('#report-summary h1').count()).toBe(0);
      expect((await box('.report-head h1')).bottom).toBeLessThanOrEqual(summary.top);
      const teamLines = page.getByTestId('report-summary-teams').locator('li');
      expect(await teamLines.count()).toBe(final.scenario.teams.length);
      for (const line of await teamLines.all()) {
        expect(await line.textContent()).toMatch(
          language === 'en' ? /objectives met: \d+ of \d+/ : /objetivos cumplidos: \d+ de \d+/,
        );
      }
      // Section 1 follows the summary directly, on the same page: no forced break.
      const lessons = await box('#report-attainment');
      const firstLesson = await box('#report-attainment .report-learning');
      expect(lessons.top).toBeGreaterThanOrEqual(summary.bottom);
      expect.soft(lessons.top - summary.bottom).toBeLessThan(60);
      expect.soft(firstLesson.top).toBeLessThanOrEqual(CONTENT.height);
      await page.setViewportSize(A4);
      // The charts, looked at above, are further down now: the first page is the top.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: path.join(screenshotDir, `report-print-first-page-${language}.png`),
        clip: { x: 0, y: 0, width: A4.width, height: A4.height },
      });

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdfPageCount(pdf);
      const folder = path.join(repoRoot, 'test-results');
      fs.writeFileSync(path.join(folder, `report-print-${language}.pdf`), pdf);
      console.log(`The printed report (${language}): ${pages} A4 pages`);
      expect(pages).toBeGreaterThan(1);
      expect.soft(pages).toBeLessThanOrEqual(MAX_PAGES);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
