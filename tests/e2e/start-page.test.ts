import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createExerciseOverHttp } from '@borderline/shared/client';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server';
import { seatPlayer } from '../support/socket-table';
import { accessibilityProblems } from './support/accessibility';
import { launchBrowser, saveScreenshot, watchConsoleErrors } from './support/browser';

describe('the start page in Chromium', () => {
  let server: InProcessServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startInProcessServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the scenario catalogue under the content security policy, in English and Spanish', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsoleErrors(page);
    const response = await page.goto(server.baseUrl);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents())
      .toContain('Borderline: Washington, Mexico City and the Cartels, 2026');
    await saveScreenshot(page, 'start-page-en');
    // The audience is sentences: it reads across the card, not squeezed into a narrow column.
    const audienceShare = await page
      .getByTestId('scenario-audience-us-mexico-2026')
      .evaluate(
        (fact) =>
          fact.getBoundingClientRect().width /
          (fact.parentElement?.getBoundingClientRect().width ?? Number.POSITIVE_INFINITY),
      );
    expect(audienceShare).toBeGreaterThan(0.9);

    // The formats are a choice of radio cards; choosing one puts its phase lengths in the fields.
    expect(await page.getByTestId('format-full').isChecked()).toBe(true);
    expect(await page.getByTestId('format-minutes-full').innerText()).toBe('180 min');
    await page.getByRole('radio', { name: 'Class (50 minutes)' }).check();
    expect(await page.getByTestId('timing-briefingMinutes').inputValue()).toBe('5');
    expect(await page.getByTestId('skip-practice').isDisabled()).toBe(true);
    await page.getByTestId('timing-deliberationMinutes').fill('12');
    await expect
      .poll(() => page.getByTestId('timing-total').innerText())
      .toContain('Total with these settings: 58 minutes (the format plans 50).');
    expect(await accessibilityProblems(page, 'start page')).toEqual([]);

    await page.getByRole('combobox').selectOption('es');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.locator('main').innerText()).toContain('Objetivos de aprendizaje');

    // The choice is remembered across a reload.
    await page.reload();
    await expect.poll(() => page.locator('main').innerText()).toContain('Objetivos de aprendizaje');
    await saveScreenshot(page, 'start-page-es');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('says why the server refused a join in the reader’s language', async () => {
    const created = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    const ana = await seatPlayer(server.baseUrl, created, 'Ana', 'washington');
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsoleErrors(page);
    await page.goto(`${server.baseUrl}/join/${created.joinCode}`);
    await page.getByTestId('join-name').waitFor();
    await page.getByRole('combobox').first().selectOption('es');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await page.getByTestId('join-name').fill('Ana');
    await page.locator('input[name="team"][value="mexico-city"]').check();
    await page.getByTestId('join-submit').click();
    // The server's reason and its detail, worded in Spanish: no English sentence.
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe('Alguien en este ejercicio ya se llama «Ana»; elija otro nombre.');
    await saveScreenshot(page, 'join-refused-es');
    // The browser logs the refused request (409) itself; nothing else may fail.
    expect(errors.filter((error) => !error.includes('status of 409'))).toEqual([]);
    await context.close();
    ana.client.disconnect();
  });
});
