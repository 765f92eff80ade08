// The provinces of a meeting, for the comparison of what changed since the last one
// (GET /api/v1/changes?meeting=). Kept on its own: today a meeting is a meeting group
// (db/groups.ts, by slug); when meetings become data this is the one function to point at them.
import type { Store } from './client';
import { listGroups } from './groups';
import type { Edition } from '@/lib/editions';

/** The codes, in the edition asked for, of the provinces invited to a meeting; null when there is no such meeting. */
export function meetingUnits(store: Store, idOrSlug: string, edition: Edition): string[] | null {
  return listGroups(store, edition).find((g) => g.slug === idOrSlug)?.codes ?? null;
}
