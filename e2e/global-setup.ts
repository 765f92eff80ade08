// Starts the app once for all browser tests: a seeded SQLite store in a temporary folder and
// the production server (`next start`) on a free port, then hands the base URL to the tests
// (inject('baseURL')). Teardown stops the server's whole process group and removes the store.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createTestStore, type TestStore } from '@/db/testing/test-store';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The server's SQLite file, for tests that set up accounts (e2e/collect.test.ts). */
    storePath: string;
    /** The process id of the server's process group (scripts/serve.ts under tsx), for memory checks. */
    serverPid: number;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls GET / until it answers 200; fails early when the server exits. */
async function waitUntilReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`next start exited (code ${server.exitCode}, signal ${server.signalCode}) before answering.\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`GET ${url} did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${last}).\n${output()}`);
}

/** SIGTERM to the server's process group, SIGKILL if it is still there after 5 s. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // the group is already gone
    }
  };
  signalGroup('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5_000).then(() => true)]);
  if (timedOut) {
    signalGroup('SIGKILL');
    await Promise.race([exited, sleep(2_000)]);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build (.next/BUILD_ID is missing): run `npx next build` first.');
  }

  let store: TestStore | undefined;
  let server: ChildProcess | undefined;
  const teardown = async () => {
    if (server) await stopServer(server);
    store?.dispose();
  };

  try {
    store = createTestStore({ seed: true });
    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    let output = '';
    // scripts/serve.ts (npm start): `next start` that also tells the app each client's address.
    server = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: store.path,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      // Its own process group, so that teardown can stop next and anything it started.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // The server's errors during the tests (a 500's stack) go straight to the terminal.
      process.stderr.write(`[next start] ${chunk.toString()}`);
    });
    // Should vitest die without running teardown, do not leave the server behind.
    const started = server;
    process.once('exit', () => {
      if (started.exitCode === null && started.signalCode === null) {
        try {
          process.kill(-started.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    });
    await waitUntilReady(`${baseURL}/`, server, () => `--- next start output ---\n${output || '(none)'}`);
    project.provide('baseURL', baseURL);
    project.provide('storePath', store.path);
    project.provide('serverPid', server.pid!);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
