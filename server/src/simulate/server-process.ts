import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface RunningServer {
  process: ChildProcess;
  port: number;
  baseUrl: string;
  /** Every line the server wrote to stdout, parsed where it is JSON. */
  logs: unknown[];
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** The server from its TypeScript sources (tsx), or compiled (`npm run build`: server/dist). */
export type ServerBuild = 'sources' | 'compiled';

const SERVER_ARGS: Record<ServerBuild, string[]> = {
  sources: ['--import', 'tsx', 'server/src/main.ts'],
  compiled: ['server/dist/main.js'],
};

/**
 * Starts the real server as a child process (on an ephemeral port unless
 * PORT is given) and waits for its "listening" log line. The live simulation
 * and the tests that kill and restart the server use it.
 */
export function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 20_000,
  build: ServerBuild = 'sources',
): Promise<RunningServer> {
  const child = spawn(process.execPath, SERVER_ARGS[build], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: unknown[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<number | null>((resolve) => {
      // A process killed by a signal has no exit code, only its signal: it is gone all the same.
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve(child.exitCode);
        return;
      }
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        let entry: unknown = line;
        try {
          entry = JSON.parse(line);
        } catch {
          // not a structured line; kept as text
        }
        logs.push(entry);
        if (typeof entry === 'object' && entry !== null && 'port' in entry) {
          clearTimeout(timer);
          const port = Number((entry as { port: unknown }).port);
          resolve({ process: child, port, baseUrl: `http://127.0.0.1:${port}`, logs, stop });
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before listening; stderr: ${stderr}`));
    });
  });
}
