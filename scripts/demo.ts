// npm run demo: the dashboard on the embedded SQLite store, ready to open.
// Applies the migrations, fills an empty store with the illustrative data (a store that already
// has reports is reused as it is), builds the app and serves it on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { databasePath, openStore } from '@/db/store/client';
import { seedIllustrativeData } from '@/db/seed/seed';
import { addUser, listUsers, setPassword } from '@/db/users';
import { randomBytes } from 'node:crypto';
import { vietnamDate } from '@/lib/dates';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = path.join(process.cwd(), 'node_modules', '.bin', 'next');
const port = process.env.PORT ?? '3000';

const file = databasePath();
const store = openStore(file, { create: true });
const seeded = seedIllustrativeData(store, vietnamDate(new Date()));
// A demo administrator, only while the store has no account at all; its random password is
// printed once here (no default password exists anywhere).
let demoAdmin: string | null = null;
if (listUsers(store).length === 0) {
  const password = randomBytes(12).toString('base64url');
  addUser(store, { email: 'admin@demo.local', role: 'admin' });
  await setPassword(store, 'admin@demo.local', password);
  demoAdmin = password;
}
store.sqlite.close();
console.log(
  seeded.seeded
    ? `demo: ${file}: filled with illustrative data (${seeded.observations} reports, ${seeded.targets} targets)`
    : `demo: ${file}: reusing the store (${seeded.reason})`,
);

if (demoAdmin) console.log(`demo: administrator admin@demo.local, password (shown once): ${demoAdmin}`);

const build = spawnSync(next, ['build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(`demo: serving http://localhost:${port}`);
// scripts/serve.ts rather than `next start`: it knows each client's address (the sign-in limits).
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const server = spawn(tsx, ['scripts/serve.ts', '-p', port], { stdio: 'inherit', env });
// Ctrl-C (or SIGTERM) is passed on to the server, which stops within a second; should it not,
// it is killed after three, so the terminal is always given back promptly.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill(signal);
    setTimeout(() => server.kill('SIGKILL'), 3_000).unref();
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
