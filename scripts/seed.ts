// npm run seed [-- --reset] [-- --today YYYY-MM-DD]
// Fills an empty store (DATABASE_URL, default data/de-an-06.db) with the illustrative data.
// --reset deletes the store file first and recreates it.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath, openStore } from '@/db/store/client';
import { seedIllustrativeData } from '@/db/seed/seed';
import { isIsoDate, vietnamDate } from '@/lib/dates';

function main(): number {
  const { values } = parseArgs({
    options: { reset: { type: 'boolean', default: false }, today: { type: 'string' } },
  });
  const today = values.today ?? vietnamDate(new Date());
  if (!isIsoDate(today)) {
    console.error(`seed: --today must be a date YYYY-MM-DD, got "${today}"`);
    return 2;
  }
  const file = databasePath();
  if (values.reset) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  const store = openStore(file, { create: true });
  try {
    const result = seedIllustrativeData(store, today);
    if (result.seeded) {
      console.log(`seed: ${file}: ${result.observations} reports and ${result.targets} targets (illustrative data to ${today})`);
    } else {
      console.log(`seed: ${file}: left as it is (${result.reason}); use --reset to recreate it`);
    }
    return 0;
  } finally {
    store.sqlite.close();
  }
}

process.exitCode = main();
