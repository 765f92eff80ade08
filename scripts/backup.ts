// npm run backup -- path/to/copy.db: a consistent copy of the live store (DATABASE_URL), made
// with SQLite's online backup while the dashboard keeps running.
import { databasePath } from '@/db/store/client';
import { openExistingStore } from './open-store';
import { backupStore, BackupError, checkBackup } from '@/db/store/backup';

const target = process.argv[2];
if (!target || process.argv.length > 3) {
  console.error('backup: give the file to write: npm run backup -- path/to/copy.db');
  process.exit(2);
}
const store = openExistingStore('backup');
try {
  const { pages } = await backupStore(store, target);
  const { observations, batches } = checkBackup(target);
  console.log(`backup: ${databasePath()} -> ${target}: ${pages} pages, ${observations} reports, ${batches} batches, integrity ok`);
} catch (e) {
  if (!(e instanceof BackupError)) throw e;
  console.error(`backup: ${e.message}`);
  process.exitCode = 2;
} finally {
  store.sqlite.close();
}
