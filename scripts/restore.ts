// npm run restore -- path/to/copy.db: puts a backup back as the store (DATABASE_URL). The backup
// is read through SQLite (its -wal's commits kept), brought to this build's migrations and
// checked (schema, integrity, foreign keys) before it replaces anything; refused while the
// dashboard has the store open.
import { databasePath } from '@/db/store/client';
import { BackupError, restoreStore } from '@/db/store/backup';

const source = process.argv[2];
if (!source || process.argv.length > 3) {
  console.error('restore: give the backup to put back: npm run restore -- path/to/copy.db');
  process.exit(2);
}
try {
  const { observations, batches } = await restoreStore(source, databasePath());
  console.log(`restore: ${source} -> ${databasePath()}: ${observations} reports, ${batches} batches, checked and written to disk`);
} catch (e) {
  if (!(e instanceof BackupError)) throw e;
  console.error(`restore: ${e.message}; the store was not changed`);
  process.exitCode = 2;
}
