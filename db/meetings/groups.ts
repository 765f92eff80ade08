// Meeting groups: the provinces of each meeting (db/meetings/meetings.ts) on the map a view shows, for
// the overview's scope filter (?group=slug), the league and the deck (?group=slug, ?meeting=ID).
import { cached } from '../store/cache';
import type { Store } from '../store/types';
import { listMeetings } from './meetings';
import { listUnits, predecessorsByUnit } from '../units';
import type { Edition } from '@/lib/editions';
import { meetingLabel } from '@/lib/meetings/meetings';

export interface MeetingGroup {
  /** The meeting's id. */
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string;
  meetingDate: string;
  illustrative: boolean;
  /**
   * Member codes in the edition asked for: a 2024 member shown on the 2025 map is the province
   * it became; a 2025 member shown on the 2024 map is the provinces it was made of.
   */
  codes: string[];
}

/** Every meeting as a group of provinces of `edition`, newest first; read once per data version. */
export function listGroups(store: Store, edition: Edition): MeetingGroup[] {
  return cached(store, `groups:${edition}`, () => readGroups(store, edition));
}

function readGroups(store: Store, edition: Edition): MeetingGroup[] {
  const predecessors = predecessorsByUnit(store);
  const units2025 = listUnits(store, '2025');
  const successorOf = new Map<string, string>();
  const predecessorsOf = new Map<string, string[]>();
  for (const u of units2025) {
    const before = (predecessors.get(u.id) ?? []).map((p) => p.code);
    predecessorsOf.set(u.code, before);
    for (const code of before) successorOf.set(code, u.code);
  }
  return listMeetings(store).map((m) => {
    const codes = m.edition === edition ? m.units
      : edition === '2025' ? m.units.map((c) => successorOf.get(c)).filter((c): c is string => c !== undefined)
      : m.units.flatMap((c) => predecessorsOf.get(c) ?? []);
    return {
      id: m.id, slug: m.slug, meetingDate: m.date, illustrative: m.illustrative,
      nameVi: meetingLabel(m, 'vi'), nameEn: meetingLabel(m, 'en'),
      codes: [...new Set(codes)].sort(),
    };
  });
}

/** The group of a meeting named by its id ("7") or its slug ("hoi-nghi-14-11-2024"); undefined when none. */
export function findGroup(groups: readonly MeetingGroup[], idOrSlug: string | number): MeetingGroup | undefined {
  const text = String(idOrSlug);
  return /^\d+$/.test(text) ? groups.find((g) => g.id === Number(text)) : groups.find((g) => g.slug === text);
}
