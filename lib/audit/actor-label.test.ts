import { describe, expect, it } from 'vitest';
import { actorLabelFor, publicActorLabel } from './actor-label';

describe('publicActorLabel', () => {
  const reporter = { actor: 'bao.cao@hcm.gov.vn', actorRole: 'reporter', actorUnits: '79' };
  it.each([
    [reporter, 'vi', 'báo cáo viên · 79'],
    [reporter, 'en', 'reporter · 79'],
    [{ actor: 'a@b.vn', actorRole: 'reporter', actorUnits: '79, 2024:74' }, 'vi', 'báo cáo viên · 79, 2024:74'],
    [{ actor: 'root@c06.gov.vn', actorRole: 'admin', actorUnits: null }, 'vi', 'quản trị viên'],
    [{ actor: 'root@c06.gov.vn', actorRole: 'admin', actorUnits: null }, 'en', 'administrator'],
    [{ actor: 'seed', actorRole: null, actorUnits: null }, 'vi', 'dữ liệu minh họa'],
    [{ actor: 'command line', actorRole: null, actorUnits: null }, 'vi', 'dòng lệnh'],
    [{ actor: 'gone@c06.gov.vn', actorRole: null, actorUnits: null }, 'en', 'account'],
    [{ actor: 'bench', actorRole: null, actorUnits: null }, 'en', 'bench'],
  ] as const)('%o in %s is "%s"', (row, locale, label) => {
    const text = publicActorLabel(row, locale);
    expect(text).toBe(label);
    expect(text).not.toContain('@');
  });

  it('shows the e-mail to an administrator only', () => {
    expect(actorLabelFor('admin', reporter, 'vi')).toBe('bao.cao@hcm.gov.vn');
    expect(actorLabelFor('reporter', reporter, 'vi')).toBe('báo cáo viên · 79');
    expect(actorLabelFor('viewer', reporter, 'en')).toBe('reporter · 79');
  });
});
