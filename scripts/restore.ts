// npm run restore -- path/to/copy.db: puts a backup back as the store (DATABASE_URL), after
// checking that it is an intact store of this dashboard. Stop the dashboard first.
import { databasePath } from '@/db/client';
import { BackupError, restoreStore } from '@/db/backup';

const source = process.argv[2];
if (!source || process.argv.length > 3) {
  console.error('restore: give the backup to put back: npm run restore -- path/to/copy.db');
  process.exit(2);
}
try {
  const { observations, batches } = restoreStore(source, databasePath());
  console.log(`restore: ${source} -> ${databasePath()}: ${observations} reports, ${batches} batches`);
} catch (e) {
  if (!(e instanceof BackupError)) throw e;
  console.error(`restore: ${e.message}; the store was not changed`);
  process.exitCode = 2;
}
