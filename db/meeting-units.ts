// The provinces of a meeting, for the comparison of what changed since the last one
// (GET /api/v1/changes?meeting=): the meeting (db/meetings.ts) by id or slug, as a group of
// provinces of the edition asked for (db/groups.ts).
import type { Store } from './client';
import { findGroup, listGroups } from './groups';
import type { Edition } from '@/lib/editions';

/** The codes, in the edition asked for, of the provinces invited to a meeting; null when there is no such meeting. */
export function meetingUnits(store: Store, idOrSlug: string, edition: Edition): string[] | null {
  return findGroup(listGroups(store, edition), idOrSlug)?.codes ?? null;
}
