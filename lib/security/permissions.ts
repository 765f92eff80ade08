// Who may write what: the one rule of a writer's units, for figures (db/import.ts, the API) and
// for actions (lib/actions/rules.ts). Pure: the account comes in.

export type Role = 'admin' | 'reporter' | 'viewer';

/** What a rule needs to know of an account (db/users.ts User is one). */
export interface Writer {
  role: Role;
  disabled: boolean;
  /** "edition:code" of the units a reporter may write; null for an admin (every unit). */
  scope: ReadonlySet<string> | null;
}

/** May this account write figures of these units ("edition:code")? */
export function canWrite(user: Writer, units: Iterable<string>): boolean {
  if (user.disabled || user.role === 'viewer') return false;
  if (user.role === 'admin') return true;
  for (const u of units) if (!user.scope!.has(u)) return false;
  return true;
}

/** The account of a rule below: missing when nobody is signed in. */
type Account = Pick<Writer, 'role' | 'disabled'> | null | undefined;

function isActiveAdmin<U extends Account>(user: U): user is NonNullable<U> {
  return !!user && user.role === 'admin' && !user.disabled;
}

/** May this account create, change or delete meetings? */
export const mayManageMeetings = isActiveAdmin;
/** May this account set targets? */
export const maySetTargets = isActiveAdmin;
/** May this account revert a batch of figures? */
export const mayRevert = isActiveAdmin;
/** May this account see reporters' e-mail addresses (the reporting page's contacts)? */
export const maySeeEmails = isActiveAdmin;
