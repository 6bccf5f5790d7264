import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server';
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
});
