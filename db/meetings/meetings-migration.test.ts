// A store (or a backup) made before meetings were data: its meeting groups become meetings
// (migration 0006), the old tables go (0007), and the store restores and opens as any other.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreStore } from '../store/backup';
import { MIGRATIONS_DIR, openStore } from '../store/client';
import { listGroups } from './groups';
import { findMeetingBySlug, listMeetings } from './meetings';
import { FIRST_MEETING } from '../store/reference';
import { createTestStore } from '../testing/test-store';

const facts = createTestStore(); // this build's reference facts, copied into the older store
afterAll(() => facts.dispose());
const file = (name: string) => path.join(facts.dir, name);

/** A store as the build before meetings left it: migrations 0000-0004, the units, the groups. */
function olderStore(name: string): string {
  const folder = file('migrations-0004');
  mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= 4);
  expect(journal.entries.at(-1)?.tag).toBe('0004_audit_keeps_writers');
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) copyFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));

  const target = file(name);
  const db = new Database(target);
  migrate(drizzle(db), { migrationsFolder: folder });
  db.exec(`ATTACH '${facts.path}' AS facts`);
  // The facts as that build held them: its own columns (no units.parent_id), no communes.
  for (const table of ['editions', 'units', 'successions', 'metrics', 'metric_editions']) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).pluck().all(table) as string[]).map((c) => `"${c}"`).join(', ');
    db.exec(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM facts.${table}${table === 'units' ? ` WHERE level <> 'commune'` : ''}`);
  }
  db.exec(`DETACH facts`);
  const unit = (edition: string, code: string) => db.prepare(`SELECT id FROM units WHERE edition = ? AND code = ?`).pluck().get(edition, code);
  const group = db.prepare(`INSERT INTO meeting_groups (slug, name_vi, name_en, meeting_date) VALUES (?, ?, ?, ?) RETURNING id`).pluck();
  const member = db.prepare(`INSERT INTO meeting_group_members (group_id, unit_id) VALUES (?, ?)`);
  // As the old reference facts loaded it: the 12 localities as 2024 units.
  const conference = group.get('hoi-nghi-14-11-2024', 'Hội nghị 12 địa phương, TP Hồ Chí Minh, 14/11/2024', 'Conference of 12 localities', '2024-11-14');
  for (const code of FIRST_MEETING.codes) member.run(conference, unit('2024', code));
  // Added by hand: after the merger, members of both maps (74 and 79 of 2024 became 79); and one without a date.
  const later = group.get('giao-ban-8-2025', 'Giao ban 8/2025', 'Review 8/2025', '2025-08-05');
  for (const [edition, code] of [['2024', '74'], ['2024', '79'], ['2025', '79'], ['2025', '01']]) member.run(later, unit(edition, code));
  const undated = group.get('nhom-khong-ngay', 'Nhóm', 'Group', null);
  member.run(undated, unit('2024', '01'));
  db.close();
  return target;
}

describe('a store from before meetings', () => {
  it('opens with its groups as meetings, the conference as the facts say it', () => {
    const store = openStore(olderStore('older.db'));
    try {
      expect(store.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'meeting_group%'`).all()).toEqual([]);
      expect(listMeetings(store).map((m) => m.slug)).toEqual(['giao-ban-8-2025', 'hoi-nghi-14-11-2024']);
      expect(findMeetingBySlug(store, 'giao-ban-8-2025')).toMatchObject({
        title: 'Giao ban 8/2025', date: '2025-08-05', edition: '2025', units: ['01', '79'], baselineDate: '2024-11-14', baselineSource: 'previous-meeting',
      });
      // The conference, never edited, is loaded from the facts: the same as on a fresh store.
      expect(findMeetingBySlug(store, 'hoi-nghi-14-11-2024')).toMatchObject({ title: FIRST_MEETING.title, place: FIRST_MEETING.place, units: [...FIRST_MEETING.codes].sort() });
      expect(listGroups(store, '2024').find((g) => g.slug === 'hoi-nghi-14-11-2024')?.codes).toHaveLength(12);
    } finally {
      store.sqlite.close();
    }
  });

  it('restores from an older backup, brought to this build\'s migrations', async () => {
    const backup = olderStore('older-backup.db');
    const result = await restoreStore(backup, file('restored.db'));
    expect(result).toMatchObject({ observations: 0 });
    const store = openStore(file('restored.db'));
    try {
      expect(listMeetings(store).map((m) => [m.slug, m.units.length])).toEqual([['giao-ban-8-2025', 2], ['hoi-nghi-14-11-2024', 12]]);
    } finally {
      store.sqlite.close();
    }
  });
});
