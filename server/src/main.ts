import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadAllScenarios, scenariosRoot } from '@borderline/scenarios';
import { createApp } from './app';
import { ConfigError, readConfig } from './config';
import { createLogger } from './logger';

const VERSION = '0.1.0';
const clientDir = fileURLToPath(new URL('../../client/dist', import.meta.url));

function main(): void {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  fs.mkdirSync(config.dataDir, { recursive: true });

  const scenarios = loadAllScenarios(scenariosRoot);
  const app = createApp({ scenarios, logger, version: VERSION, clientDir, startedAt: Date.now() });
  const server = createServer(app);

  server.on('error', (error) => {
    logger.fatal({ err: error }, 'server could not start');
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const { port, address } = server.address() as AddressInfo;
    logger.info(
      { port, address, dataDir: config.dataDir, scenarios: scenarios.map((s) => s.id) },
      `Borderline is listening on http://localhost:${port}`,
    );
  });

  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
    // Open keep-alive sockets must not hold the process past a short grace period.
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main();
