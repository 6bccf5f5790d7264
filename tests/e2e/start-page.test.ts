import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server';
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
