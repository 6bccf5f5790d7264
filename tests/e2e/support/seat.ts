import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export type Team = 'washington' | 'mexico-city' | 'cartels';

const POLL = { timeout: 30_000 };

/**
 * One person at one browser: a context of their own (storage, cookies) and
 * a page, with the few gestures the end-to-end game repeats. Everything is
 * found by the screens' data-testid hooks, so the test reads the same in
 * English and Spanish.
 */
export class Seat {
  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(
    browser: Browser,
    name: string,
    viewport: { width: number; height: number },
  ): Promise<Seat> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return new Seat(name, context, page);
  }

  async chooseLanguage(language: 'en' | 'es'): Promise<void> {
    await this.page.locator('.language select').selectOption(language);
    await expect.poll(() => this.page.locator('html').getAttribute('lang')).toBe(language);
  }

  /** The phase and move the status bar shows. */
  async status(): Promise<{ phase: string; move: number }> {
    const bar = this.page.locator('.status-bar').first();
    await bar.waitFor();
    const phase = (await bar.getAttribute('data-phase')) ?? '';
    const move = Number((await bar.getAttribute('data-move')) ?? '-1');
    return { phase, move };
  }

  async waitForPhaseChange(phase: string, move: number): Promise<void> {
    await expect
      .poll(async () => {
        const now = await this.status();
        return now.phase !== phase || now.move !== move;
      }, POLL)
      .toBe(true);
  }

  /** Control's primary button, then the phase it leads to. */
  async advance(phase: string, move: number): Promise<void> {
    await this.page.getByTestId('advance').click();
    await this.waitForPhaseChange(phase, move);
  }

  /** The team whose lead has the submit button now; null once the decisions are over. */
  async waitForTurn(players: Record<Team, Seat>, move: number): Promise<Team | null> {
    let found: Team | null = null;
    await expect
      .poll(async () => {
        for (const [team, seat] of Object.entries(players) as [Team, Seat][]) {
          // Every team drafts before its turn; only the team whose turn is open can submit.
          const open = seat.page.locator(
            '[data-testid="decision-form"][data-turn="open"] [data-testid="submit-decision"]',
          );
          if (await open.isVisible()) {
            found = team;
            return true;
          }
        }
        const now = await this.status();
        return now.phase !== 'decisions' || now.move !== move;
      }, POLL)
      .toBe(true);
    return found;
  }

  /** The first card the team may play, or a hold when none may be played; then the rationale. */
  async writeDecision(rationale: string): Promise<void> {
    const form = this.page.getByTestId('decision-form');
    await form.waitFor();
    await form.locator('input[name="decision-kind"][value="actions"]').check();
    const card = form.locator('input[data-testid^="card-"]:not([disabled])').first();
    if ((await card.count()) > 0) {
      await card.check();
    } else {
      await form.locator('input[name="decision-kind"][value="hold"]').check();
    }
    await this.page.getByTestId('rationale').fill(rationale);
  }

  /** The lead submits the form, and confirms it when asked. */
  async submitDecision(photograph?: (page: Page) => Promise<void>): Promise<void> {
    await this.page.getByTestId('submit-decision').click();
    await this.page.getByTestId('decision-confirm').waitFor();
    await photograph?.(this.page);
    await this.page.getByTestId('decision-confirm-confirm').click();
    await this.page.getByTestId('submitted-decision').waitFor();
  }

  /** Opens one of the team room's tabs (on a phone the chat, tracks and briefing are tabs too). */
  async openTab(section: string): Promise<void> {
    const tab = this.page.locator(`[role="tab"][data-tab="${section}"]`);
    if (await tab.isVisible()) await tab.click();
  }

  async chat(channel: string, text: string): Promise<void> {
    await this.openTab('chat');
    await this.page.locator(`.chat-tabs [data-channel="${channel}"]`).click();
    await this.page.locator('#chat-text').fill(text);
    await this.page.locator('.chat-form button[type="submit"]').click();
    await expect.poll(() => this.page.locator('.chat-messages').innerText(), POLL).toContain(text);
  }

  /** Control: odds for any free-form action waiting for them (their forms are open until then). */
  async settleFreeform(): Promise<void> {
    const waiting = this.page.locator('[data-outcome="pending"] [data-testid^="freeform-apply-"]');
    while ((await waiting.count()) > 0) {
      const first = waiting.first();
      const id = ((await first.getAttribute('data-testid')) ?? '').slice('freeform-apply-'.length);
      await this.page.getByTestId(`freeform-odds-${id}`).fill('50');
      await this.page.getByTestId(`freeform-reason-${id}`).fill('Even odds.');
      await first.click();
      await expect
        .poll(() => this.page.getByTestId(`review-${id}`).getAttribute('data-outcome'), POLL)
        .not.toBe('pending');
    }
  }

  /** Control publishes the review from the cockpit's next step, confirming once. */
  async publish(phase: string, move: number): Promise<void> {
    const next = this.page.getByTestId('advance');
    await expect.poll(() => next.getAttribute('data-step'), POLL).toBe('publish-results');
    await next.click();
    await this.page.getByTestId('publish-dialog-confirm').click();
    await this.waitForPhaseChange(phase, move);
  }

  /** Control releases an inject by hand, confirming once. */
  async release(inject: string): Promise<void> {
    await this.page.getByTestId(`release-${inject}`).click();
    await this.page.getByTestId('release-dialog-confirm').click();
  }

  /** Control flips the first outcome under review, with a reason; returns the action result's id. */
  async overrideFirstOutcome(): Promise<string> {
    const select = this.page
      .locator('select[data-testid^="outcome-"]:not([data-testid^="outcome-reason-"])')
      .first();
    const id = ((await select.getAttribute('data-testid')) ?? '').slice('outcome-'.length);
    const review = this.page.getByTestId(`review-${id}`);
    // The override waits behind the result's "Change" disclosure.
    await this.page.getByTestId(`change-${id}`).locator('summary').click();
    const before = await review.innerText();
    const current = await select.inputValue();
    await select.selectOption(current === 'success' ? 'failure' : 'success');
    await this.page.getByTestId(`outcome-reason-${id}`).fill('The seminar asked what if.');
    await this.page.getByTestId(`override-${id}`).click();
    await expect.poll(() => review.innerText(), POLL).not.toBe(before);
    return id;
  }

  /** The lead whose team faces the dilemma chooses its first option. */
  async chooseDilemma(
    players: Record<Team, Seat>,
    photograph: (page: Page) => Promise<void>,
  ): Promise<void> {
    let chosen = false;
    await expect
      .poll(async () => {
        for (const seat of Object.values(players)) {
          const option = seat.page.locator('[data-testid^="dilemma-option-"]:not([disabled])');
          if ((await option.count()) > 0) {
            await photograph(seat.page);
            await option.first().click();
            await seat.page.getByTestId('dilemma-confirm-confirm').click();
            chosen = true;
            return true;
          }
        }
        return false;
      }, POLL)
      .toBe(true);
    expect(chosen).toBe(true);
  }
}
