import { describe, expect, it } from 'vitest';
import { canWrite, mayManageMeetings, mayRevert, maySeeEmails, maySetTargets } from './permissions';

const admin = { role: 'admin' as const, disabled: false, scope: null };
const reporter = { role: 'reporter' as const, disabled: false, scope: new Set(['2025:79']) };
const viewer = { role: 'viewer' as const, disabled: false, scope: new Set<string>() };

describe('the named rules', () => {
  it.each([mayManageMeetings, maySetTargets, mayRevert, maySeeEmails])('%o: an active administrator only', (rule) => {
    expect(rule(admin)).toBe(true);
    expect(rule({ ...admin, disabled: true })).toBe(false);
    expect(rule(reporter)).toBe(false);
    expect(rule(viewer)).toBe(false);
    expect(rule(null)).toBe(false);
    expect(rule(undefined)).toBe(false);
  });
  it('figures: a reporter writes its own units only, a viewer none', () => {
    expect(canWrite(reporter, ['2025:79'])).toBe(true);
    expect(canWrite(reporter, ['2025:79', '2025:01'])).toBe(false);
    expect(canWrite(viewer, [])).toBe(false);
    expect(canWrite(admin, ['2025:01'])).toBe(true);
  });
});
