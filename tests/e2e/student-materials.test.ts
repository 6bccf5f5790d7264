import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { HeadlessClient } from '@borderline/shared/client';
import { createExerciseOverHttp } from '@borderline/shared/client';
import type { CreateExerciseResponse, Scenario } from '@borderline/shared';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../support/in-process-server';
import { freshView } from '../support/play-full-exercise';
import { connectFacilitator, seatPlayer, type SeatedPlayer } from '../support/socket-table';
import { accessibilityProblems } from './support/accessibility';
import { launchBrowser, screenshotDir, watchConsoleErrors } from './support/browser';
import { Seat } from './support/seat';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const POLL = { timeout: 30_000 };
/** A4 at CSS's 96 dpi. */
const MM = 96 / 25.4;
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
/** "Few pages": a team's sheet, and Control's with every team's. */
const MAX_TEAM_PAGES = 5;
const MAX_CONTROL_PAGES = 12;

/** The pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * A student's materials in a browser: the terms of an inject marked and
 * explained in a popover that leads to the glossary page; the card's source
 * a link to the article at its excerpt; the team's role sheet, printed by
 * Chromium on a few A4 pages, holding no other team's secret; Control's sheet
 * holding every team's. Screenshots in English and Spanish, laptop and phone.
 */
describe("a student's materials", () => {
  let server: InProcessServer;
  let browser: Browser;
  let control: HeadlessClient;
  let cartels: SeatedPlayer;
  let phone: Seat;
  let laptop: Seat;
  let scenario: Scenario;
  let created: CreateExerciseResponse;
  const errors: string[][] = [];
  const pageCounts: string[] = [];

  beforeAll(async () => {
    scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
    server = await startInProcessServer({ rateLimits: UNLIMITED });
    browser = await launchBrowser();
    fs.mkdirSync(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    console.log(`Printed role sheets (A4):\n${pageCounts.join('\n')}`);
    control?.close();
    cartels?.client.close();
    await phone?.context.close().catch(() => undefined);
    await laptop?.context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(screenshotDir, `materials-${name}.png`) });

  const secretsOf = (team: string): string[] => {
    const spec = scenario.teams.find((entry) => entry.id === team);
    return spec === undefined ? [] : [spec.secretBriefing.en, spec.secretBriefing.es ?? ''];
  };

  /** The sheet printed to A4 by Chromium: its page count, and a picture of its first page. */
  const print = async (page: Page, name: string): Promise<number> => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.materials-toolbar').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(screenshotDir, `materials-${name}.pdf`), pdf);
    const size = page.viewportSize();
    await page.setViewportSize(A4);
    await page.screenshot({
      path: path.join(screenshotDir, `materials-${name}-first-page.png`),
      clip: { x: 0, y: 0, width: A4.width, height: A4.height },
    });
    if (size !== null) await page.setViewportSize(size);
    await page.emulateMedia({ media: 'screen' });
    const pages = pdfPageCount(pdf);
    pageCounts.push(`${name}: ${pages} pages`);
    return pages;
  };

  /** The feed shows its newest card whole and folds the others: open the one asked for. */
  const openInject = async (page: Page, id: string) => {
    await page.locator(`#inject-${id}`).waitFor();
    await page.evaluate((card) => {
      const fold = document.querySelector<HTMLDetailsElement>(`#inject-${card} > details`);
      if (fold !== null) fold.open = true;
    }, id);
  };

  it('seats two browsers and opens move 1', { timeout: 120_000 }, async () => {
    created = await createExerciseOverHttp(server.baseUrl, {
      scenarioId: 'us-mexico-2026',
      settings: { seed: 5 },
    });
    control = await connectFacilitator(server.baseUrl, created);
    phone = await Seat.open(browser, 'mexico-city', PHONE);
    laptop = await Seat.open(browser, 'washington', LAPTOP);
    errors.push(watchConsoleErrors(phone.page), watchConsoleErrors(laptop.page));
    for (const [seat, team] of [
      [phone, 'mexico-city'],
      [laptop, 'washington'],
    ] as const) {
      await seat.page.goto(`${server.baseUrl}/join/${created.joinCode}`);
      await seat.page.getByTestId('join-name').fill(`${team} lead`);
      await seat.page.locator(`input[name="team"][value="${team}"]`).check();
      await seat.page.getByTestId('join-submit').click();
      await seat.page.getByTestId('player-lobby').waitFor();
    }
    cartels = await seatPlayer(server.baseUrl, created, 'cartels lead', 'cartels');
    // The lobby already leads to the sheet and the glossary.
    await phone.page.getByTestId('role-sheet-link').waitFor();
    await control.expectOk({ type: 'facilitator.start' });
    await control.expectOk({ type: 'facilitator.skipPractice' });
    await control.expectOk({ type: 'facilitator.advance' });
    await expect.poll(async () => (await freshView(control)).exercise.move, POLL).toBe(1);
    await expect.poll(async () => (await laptop.status()).phase, POLL).toBe('injects');
  });

  it(
    'marks an inject’s terms, explains them and leads to the glossary',
    { timeout: 120_000 },
    async () => {
      const entry = scenario.glossary.find((candidate) => candidate.id === 'jiatf-cc');
      for (const [seat, label] of [
        [laptop, 'laptop'],
        [phone, 'phone'],
      ] as const) {
        for (const language of ['en', 'es'] as const) {
          await seat.chooseLanguage(language);
          const page = seat.page;
          await openInject(page, 'jiatf-cc-stood-up');
          const card = page.locator('#inject-jiatf-cc-stood-up [data-inject]');
          const term = card.locator('.inject-body .glossary-term[data-term="jiatf-cc"]');
          await term.scrollIntoViewIfNeeded();
          await term.click();
          const popover = page.locator('.glossary-popover:popover-open');
          await popover.waitFor();
          expect(await popover.innerText()).toContain(
            (language === 'en' ? entry?.explanation.en : entry?.explanation.es)?.slice(0, 40),
          );
          await shot(page, `term-popover-${label}-${language}`);
          await page.keyboard.press('Escape');
          await expect.poll(() => popover.count()).toBe(0);
        }
        await seat.chooseLanguage('en');
      }
      // The source is a link to the article, opened at the card's excerpt.
      const card = laptop.page.locator('#inject-jiatf-cc-stood-up [data-inject]');
      await card.locator('.inject-source summary').click();
      const source = card.locator('.inject-source figcaption a');
      expect(await source.getAttribute('href')).toBe(
        `${scenario.source.url}#:~:text=building%20permanent%20infrastructure`,
      );
      expect(await source.innerText()).toContain('line 22');

      // From the popover to the glossary page, at the entry, and back to the room.
      await card.locator('.glossary-term[data-term="jiatf-cc"]').click();
      await laptop.page.locator('.glossary-popover:popover-open a').click();
      await laptop.page.getByTestId('glossary-page').waitFor();
      await laptop.page.locator('#term-jiatf-cc.is-open').waitFor();
      expect(await accessibilityProblems(laptop.page, 'glossary-page')).toEqual([]);
      for (const language of ['en', 'es'] as const) {
        await laptop.chooseLanguage(language);
        await shot(laptop.page, `glossary-laptop-${language}`);
      }
      await laptop.chooseLanguage('en');
      await laptop.page.locator('.materials-back a').click();
      await laptop.page.getByTestId('team-room').waitFor();
      // The glossary page on a phone, from the room's link.
      await phone.page.getByTestId('glossary-link').click();
      await phone.page.getByTestId('glossary-page').waitFor();
      for (const language of ['en', 'es'] as const) {
        await phone.chooseLanguage(language);
        await shot(phone.page, `glossary-phone-${language}`);
      }
      await phone.chooseLanguage('en');
      await phone.page.locator('.materials-back a').click();
      await phone.page.getByTestId('team-room').waitFor();
    },
  );

  it(
    'prints a team’s role sheet on few A4 pages, with no other team’s secret',
    { timeout: 180_000 },
    async () => {
      for (const [seat, team, label] of [
        [laptop, 'washington', 'laptop'],
        [phone, 'mexico-city', 'phone'],
      ] as const) {
        const page = seat.page;
        await page.getByTestId('role-sheet-link').first().click();
        await page.getByTestId('role-sheet').waitFor();
        if (label === 'laptop') expect(await accessibilityProblems(page, 'role-sheet')).toEqual([]);
        for (const language of ['en', 'es'] as const) {
          await seat.chooseLanguage(language);
          const text = await page.getByTestId('role-sheet').innerText();
          for (const other of ['washington', 'mexico-city', 'cartels'].filter(
            (id) => id !== team,
          )) {
            for (const secret of secretsOf(other)) {
              expect(text.replace(/\s+/g, ' ')).not.toContain(secret.slice(0, 80));
            }
          }
          await shot(page, `role-sheet-${team}-${label}-${language}`);
          await page.evaluate(() =>
            window.scrollTo(0, document.documentElement.scrollHeight * 0.6),
          );
          await shot(page, `role-sheet-${team}-${label}-${language}-cards`);
          await page.evaluate(() => window.scrollTo(0, 0));
          const pages = await print(page, `role-sheet-${team}-${language}`);
          expect(pages).toBeGreaterThan(0);
          expect(pages).toBeLessThanOrEqual(MAX_TEAM_PAGES);
        }
        await seat.chooseLanguage('en');
        await page.locator('.materials-back a').click();
        await page.getByTestId('team-room').waitFor();
      }
    },
  );

  it('gives Control a sheet with every team’s secrets', { timeout: 180_000 }, async () => {
    const desk = await Seat.open(browser, 'control', LAPTOP);
    errors.push(watchConsoleErrors(desk.page));
    await desk.page.goto(
      `${server.baseUrl}/control/${created.exerciseId}#key=${created.facilitatorKey}`,
    );
    await desk.page.getByTestId('role-sheet-link').click();
    const sheet = desk.page.getByTestId('role-sheet');
    await sheet.waitFor();
    const text = (await sheet.innerText()).replace(/\s+/g, ' ');
    for (const team of ['washington', 'mexico-city', 'cartels']) {
      expect(text).toContain(secretsOf(team)[0]?.slice(0, 80));
    }
    for (const language of ['en', 'es'] as const) {
      await desk.chooseLanguage(language);
      await shot(desk.page, `control-sheet-${language}`);
      const pages = await print(desk.page, `control-sheet-${language}`);
      expect(pages).toBeLessThanOrEqual(MAX_CONTROL_PAGES);
    }
    await desk.context.close();
  });

  it('logs no console error', () => {
    expect(errors.flat()).toEqual([]);
  });
});
