import type { Browser } from 'playwright-core';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../../support/in-process-server';
import { launchBrowser } from './browser';
import { Seat } from './seat';

/**
 * What a browser test stands on: a server of its own without rate limits
 * (a whole game played at full speed meets none) and Debian's Chromium, the
 * people at it each in a context of their own. One close ends it all.
 */
export interface BrowserRig {
  server: InProcessServer;
  baseUrl: string;
  browser: Browser;
  /** Opens one person's browser at this size; closed with the rig. */
  seat: (name: string, viewport: { width: number; height: number }) => Promise<Seat>;
  /** Closes every seat, the browser, then the server. */
  close: () => Promise<void>;
}

export async function openBrowserRig(): Promise<BrowserRig> {
  const server = await startInProcessServer({ rateLimits: UNLIMITED });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const seats: Seat[] = [];
  return {
    server,
    baseUrl: server.baseUrl,
    browser,
    seat: async (name, viewport) => {
      const seat = await Seat.open(browser, name, viewport);
      seats.push(seat);
      return seat;
    },
    close: async () => {
      for (const seat of seats) await seat.context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}
