import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Language, Phase } from '@borderline/shared';
import { project } from '../../server/src/projection';
import type { CommandSender } from '../../server/src/exercises';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../support/in-process-server';
import { submitAs, type ExerciseCommand } from '../support/submit-as';
import { accessibilityProblems } from './support/accessibility';
import { launchBrowser, saveScreenshot, watchConsoleErrors } from './support/browser';

/** The room's screens: a classroom projector (720p) and a full-HD one. */
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

const TEAMS = ['washington', 'mexico-city', 'cartels'] as const;

/** Enough people that a team's names must be summarised ("and 2 more"). */
const PEOPLE: Record<(typeof TEAMS)[number], string[]> = {
  washington: ['Avery Johnson', 'Blake Thompson', 'Casey Rivera', 'Devon Price', 'Emerson Hall'],
  'mexico-city': ['Ximena Hernández', 'Mateo González', 'Valentina Ramírez'],
  cartels: ['Santiago Flores', 'Regina Castillo'],
};

interface Fit {
  scrollHeight: number;
  scrollWidth: number;
  innerHeight: number;
  innerWidth: number;
  /** Parts of the screen whose content runs past their own box. */
  overflowing: string[];
}

/** A ladder's rung whose words do not fit their box (cut off or ellipsised), with its sizes. */
function truncatedRungs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.projector-rung-label')]
      .filter(
        (label) =>
          label.scrollWidth > label.clientWidth || label.scrollHeight > label.clientHeight + 1,
      )
      .map(
        (label) =>
          `${label.textContent ?? ''} ${label.scrollWidth}x${label.scrollHeight}>` +
          `${label.clientWidth}x${label.clientHeight}`,
      ),
  );
}

/** A result line, or a part of it, whose words do not fit its box (ellipsised or clamped), with its sizes. */
function cutResults(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.projector-result-list li, .projector-result-list li *',
      ),
    ]
      .filter(
        (part) => part.scrollWidth > part.clientWidth || part.scrollHeight > part.clientHeight + 1,
      )
      .map(
        (part) =>
          `${part.textContent ?? ''} ${part.scrollWidth}x${part.scrollHeight}>` +
          `${part.clientWidth}x${part.clientHeight}`,
      ),
  );
}

/** The thresholds drawn on the screen: ticked rungs and bars, and the words beneath, with their type size. */
function drawnMarks(page: Page) {
  return page.evaluate(() => ({
    rungs: [...document.querySelectorAll('.projector-rung-marked')].map((rung) => [
      rung.closest('[data-track]')?.getAttribute('data-track'),
      rung.getAttribute('data-rung'),
    ]),
    ticks: [...document.querySelectorAll('.projector-bar-tick')].map((tick) => [
      tick.closest('[data-track]')?.getAttribute('data-track'),
      tick.getAttribute('data-value'),
    ]),
    captions: [...document.querySelectorAll<HTMLElement>('.projector-mark')].map((caption) => ({
      text: caption.innerText,
      fontSize: parseFloat(getComputedStyle(caption).fontSize),
      visible: caption.getBoundingClientRect().bottom <= window.innerHeight,
    })),
  }));
}

/** How the page fits the window, and which of the screen's regions overflow their box. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const overflowing = [
      ...document.querySelectorAll<HTMLElement>(
        '.projector-main, .projector-world, .projector-lobby, .projector-head',
      ),
    ]
      .filter((part) => part.scrollHeight > part.clientHeight + 1)
      .map((part) => `${part.className} ${part.scrollHeight}>${part.clientHeight}`);
    return {
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      overflowing,
    };
  });
}

/**
 * The projector `/screen/<id>` on a 16:9 screen in every phase of a game
 * (played through the service, the screen following over its socket): it
 * never scrolls, has no site masthead or language menu, shows the join
 * code and its QR code in the lobby, and axe finds nothing serious. Once
 * in English and once in Spanish; the heights are printed, and each screen
 * is photographed in test-results/screenshots.
 */
describe('the projector fits a 16:9 screen in every phase', () => {
  let server: InProcessServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startInProcessServer({ rateLimits: UNLIMITED });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const language of ['en', 'es'] as const satisfies readonly Language[]) {
    it(`in ${language === 'en' ? 'English' : 'Spanish'}`, { timeout: 600_000 }, async () => {
      const wordsOf = (text: { en: string; es?: string | undefined }) =>
        language === 'es' ? (text.es ?? text.en) : text.en;
      const { service } = server;
      const { exerciseId, joinCode, facilitatorKey } = service.createExercise({
        scenarioId: 'us-mexico-2026',
        settings: { skipPractice: true },
      });
      const leads: Record<string, string> = {};
      for (const team of TEAMS) {
        for (const name of PEOPLE[team]) {
          const joined = service.joinExercise(joinCode, { name, team });
          leads[team] ??= joined.playerId;
        }
      }
      service.joinExercise(joinCode, { name: 'Guest evaluator', team: null });

      // The facilitator's browser: the console's link keeps the key, then the projector opens.
      const context = await browser.newContext({ viewport: SCREENS[0] });
      await context.addInitScript((chosen) => {
        window.localStorage.setItem('borderline.language', chosen);
      }, language);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const errors = watchConsoleErrors(page);
      await page.goto(`${server.baseUrl}/control/${exerciseId}#key=${facilitatorKey}`);
      await page.getByTestId('control-lobby').waitFor();
      await page.goto(`${server.baseUrl}/screen/${exerciseId}`);
      await page.getByTestId('projector').waitFor();

      let counter = 0;
      const send = (sender: CommandSender, command: ExerciseCommand) => {
        const result = submitAs(service, exerciseId, sender, `fit-${(counter += 1)}`, command);
        if (!result.ok) throw new Error(`${command.type} refused: ${result.message}`);
      };
      const control = (command: ExerciseCommand) => send({ kind: 'facilitator' }, command);
      const context_ = () => service.state(exerciseId).context;

      /**
       * The public endings' thresholds (escalation at its top rung, bilateral trust at 1 or
       * lower from move 2) ticked on the world, said in words in the room's type; no team's
       * objective is marked on the room's screen.
       */
      const checkMarks = async (name: string, size: { height: number }) => {
        const marks = await drawnMarks(page);
        expect(marks.rungs, name).toEqual([['escalation', '6']]);
        expect(marks.ticks, name).toEqual([['bilateral-trust', '1']]);
        const words =
          language === 'en'
            ? [
                'The line is crossed: the exercise ends at rung 6',
                'Rupture: the exercise ends at 1 or lower, from move 2',
              ]
            : [
                'Se cruza la línea: el ejercicio termina en el peldaño 6',
                'Ruptura: el ejercicio termina en 1 o menos, a partir de la ronda 2',
              ];
        expect(
          marks.captions.map((caption) => caption.text.replace(/\s+/g, ' ').trim()),
          name,
        ).toEqual(words);
        for (const caption of marks.captions) {
          expect(caption.visible, `${name}: ${caption.text}`).toBe(true);
          // The body type of a projector is 1/39 of its height; the thresholds are no smaller than 1/52.
          expect(caption.fontSize, `${name}: ${caption.text}`).toBeGreaterThanOrEqual(
            size.height / 52,
          );
        }
      };

      /** The screen once it shows `phase` of the current move: checked on both screens. */
      const check = async (phase: Phase, extra?: () => Promise<void>) => {
        const { move } = context_();
        await expect
          .poll(() => page.locator('.projector-head').getAttribute('data-phase'))
          .toBe(phase);
        await expect
          .poll(() => page.locator('.projector-head').getAttribute('data-move'))
          .toBe(String(move));
        for (const size of SCREENS) {
          await page.setViewportSize(size);
          await page.evaluate(
            () => new Promise((resolve) => requestAnimationFrame(() => resolve(null))),
          );
          if (extra !== undefined) await extra();
          const fit = await measure(page);
          const name = `projector-${language}-${phase}-${size.width}x${size.height}`;
          console.log(
            `${name}: scrollHeight ${fit.scrollHeight} / innerHeight ${fit.innerHeight}, ` +
              `scrollWidth ${fit.scrollWidth} / innerWidth ${fit.innerWidth}`,
          );
          await saveScreenshot(page, name);
          expect(fit.scrollHeight, name).toBeLessThanOrEqual(fit.innerHeight);
          expect(fit.scrollWidth, name).toBeLessThanOrEqual(fit.innerWidth);
          expect(fit.overflowing, name).toEqual([]);
          // Every rung of the ladder is read whole: wrapped if need be, never cut.
          expect(await truncatedRungs(page), name).toEqual([]);
          // Every result line is read whole, its outcome above all: wrapped, never ellipsised.
          expect(await cutResults(page), name).toEqual([]);
          if (phase !== 'lobby') await checkMarks(name, size);
          expect(await page.locator('.masthead').count(), name).toBe(0);
          expect(await page.getByRole('banner').count(), name).toBe(0);
          expect(await page.locator('select').count(), name).toBe(0);
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          problems.push(...(await accessibilityProblems(page, name)));
        }
      };

      await check('lobby', async () => {
        await expect
          .poll(() => page.getByTestId('projector-join-code').innerText())
          .toContain(joinCode);
        await expect
          .poll(() => page.getByTestId('projector-qr').getAttribute('src'))
          .toMatch(/^data:image\//);
        expect(await page.getByTestId('projector-qr').isVisible()).toBe(true);
      });

      // Control's lobby, beside the open projector: the screen is said apart, never a player row.
      const console_ = await context.newPage();
      await console_.setViewportSize({ width: 1280, height: 800 });
      await console_.goto(`${server.baseUrl}/control/${exerciseId}`);
      await console_.getByTestId('control-lobby').waitFor();
      await expect
        .poll(() => console_.getByTestId('projector-status').getAttribute('data-connected'))
        .toBe('true');
      const people = Object.values(PEOPLE).flat().length + 1;
      expect(await console_.locator('tr[data-testid^="player-"]').count()).toBe(people);
      expect(await console_.locator('tbody').innerText()).not.toContain('Projector');
      await saveScreenshot(console_, `control-lobby-projector-${language}-1280x800`);
      problems.push(...(await accessibilityProblems(console_, `control lobby ${language}`)));
      await console_.close();

      control({ type: 'facilitator.start' });
      await check('briefing');
      // Move 1 at full speed; move 2 is checked phase by phase, with move 1's world to compare.
      for (let move = 1; move <= 2; move += 1) {
        if (context_().phase === 'briefing') control({ type: 'facilitator.advance' });
        if (move === 2) await check('injects');
        control({ type: 'facilitator.advance' });
        if (move === 2) await check('deliberation');
        control({ type: 'facilitator.advance' });
        for (const [index, team] of TEAMS.entries()) {
          if (move === 2 && index === 1) await check('decisions');
          const view = project(service.projectionInput(exerciseId), {
            kind: 'team',
            team,
            player: leads[team] ?? '',
          });
          // The longest-named card the team may play: the result lines are checked at their widest.
          const card = view.team?.cards
            .filter(
              (candidate) => candidate.visibility === 'public' && candidate.unavailable === null,
            )
            .sort((a, b) => wordsOf(b.name).length - wordsOf(a.name).length)[0];
          send(
            { kind: 'player', playerId: leads[team] ?? '' },
            {
              type: 'team.submitDecision',
              team,
              decision:
                card === undefined
                  ? { kind: 'hold', rationale: 'We wait and watch.' }
                  : {
                      kind: 'actions',
                      cards: [card.id],
                      rationale: 'Our rationale stays ours.',
                      statement: `${team} acts in move ${move}.`,
                    },
            },
          );
        }
        if (move === 2) await check('adjudication');
        control({
          type: 'facilitator.addNarrative',
          text:
            language === 'en'
              ? 'Both capitals claim the move as a win; the labs move south.'
              : 'Ambas capitales presentan la jugada como un triunfo; los laboratorios se mudan al sur.',
        });
        control({ type: 'facilitator.publishAdjudication' });
        if (move === 2) await check('results');
        else control({ type: 'facilitator.advance' });
      }

      control({
        type: 'facilitator.endEarly',
        reason: 'The seminar asks what if.',
        ending: 'overt-strike',
      });
      await check('dilemma');
      const dilemma = context_().ending?.dilemma;
      const option = service
        .state(exerciseId)
        .scenario.endings.find((ending) => ending.id === 'overt-strike')?.dilemma?.options[0]?.id;
      expect(dilemma).toBeDefined();
      send(
        { kind: 'player', playerId: leads[dilemma?.team ?? ''] ?? '' },
        { type: 'team.chooseDilemmaOption', team: dilemma?.team ?? '', option: option ?? '' },
      );
      await check('hotwash');
      control({ type: 'facilitator.closeHotwash' });
      await check('ended');

      // The screen is a screen, not a player: Control's roster and participation leave it out.
      const facilitator = project(service.projectionInput(exerciseId), { kind: 'facilitator' });
      expect(facilitator.roster.some((entry) => entry.name.startsWith('Projector'))).toBe(false);
      expect(facilitator.control?.projectors).toHaveLength(1);
      expect(await page.locator('body').innerText()).not.toContain('Our rationale stays ours.');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('found nothing serious for axe on any screen', () => {
    expect(problems).toEqual([]);
  });
});
