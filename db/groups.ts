// Meeting groups (e.g. the 12 localities of the conference of 14/11/2024) and their members.
import { asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Store } from './client';
import { meetingGroupMembers, meetingGroups, successions, units } from './schema';
import type { Edition } from '@/lib/editions';

export interface MeetingGroup {
  slug: string;
  nameVi: string;
  nameEn: string;
  meetingDate: string | null;
  /** Member codes in the edition asked for (2024 members map to their 2025 successors). */
  codes: string[];
}

const successor = alias(units, 'successor');

export function listGroups(store: Store, edition: Edition): MeetingGroup[] {
  const rows = store.db
    .select({
      slug: meetingGroups.slug,
      nameVi: meetingGroups.nameVi,
      nameEn: meetingGroups.nameEn,
      meetingDate: meetingGroups.meetingDate,
      memberEdition: units.edition,
      memberCode: units.code,
      successorCode: successor.code,
    })
    .from(meetingGroups)
    .innerJoin(meetingGroupMembers, eq(meetingGroupMembers.groupId, meetingGroups.id))
    .innerJoin(units, eq(units.id, meetingGroupMembers.unitId))
    .leftJoin(successions, eq(successions.fromUnitId, units.id))
    .leftJoin(successor, eq(successor.id, successions.toUnitId))
    .orderBy(desc(meetingGroups.meetingDate), asc(meetingGroups.slug))
    .all();
  const groups = new Map<string, MeetingGroup>();
  for (const { memberEdition, memberCode, successorCode, ...group } of rows) {
    let g = groups.get(group.slug);
    if (!g) groups.set(group.slug, (g = { ...group, codes: [] }));
    // A member of the other edition is shown as the 2025 unit it became; a 2025 member has no 2024 counterpart.
    const code = memberEdition === edition ? memberCode : edition === '2025' ? successorCode : null;
    if (code !== null && !g.codes.includes(code)) g.codes.push(code);
  }
  for (const g of groups.values()) g.codes.sort();
  return [...groups.values()];
}
