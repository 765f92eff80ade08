// The commands' way to open the store: an existing one only (`npm run seed` or `npm run demo`
// create it), with a one-line error and exit code 2 when there is none.
import { openStore, StoreMissingError } from '@/db/store/client';
import type { Store } from '@/db/store/types';

export function openExistingStore(command: string): Store {
  try {
    return openStore();
  } catch (e) {
    if (!(e instanceof StoreMissingError)) throw e;
    console.error(`${command}: ${e.message}`);
    process.exit(2);
  }
}
