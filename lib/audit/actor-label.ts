// Who changed a figure, as the public may see it: the account's role and units ("báo cáo viên · 79"),
// never its e-mail. Only administrators see e-mails (the audit trail).
import type { Locale } from '../format';

const ROLE_NAMES: Record<string, Record<Locale, string>> = {
  admin: { vi: 'quản trị viên', en: 'administrator' },
  reporter: { vi: 'báo cáo viên', en: 'reporter' },
  viewer: { vi: 'người xem', en: 'viewer' },
};
/** Writers that are no account. */
const SYSTEM_ACTORS: Record<string, Record<Locale, string>> = {
  seed: { vi: 'dữ liệu minh họa', en: 'illustrative data' },
  'command line': { vi: 'dòng lệnh', en: 'command line' },
};
const ACCOUNT: Record<Locale, string> = { vi: 'tài khoản', en: 'account' };

export interface ActorFields {
  actor: string;
  actorRole: string | null;
  actorUnits: string | null;
}

export function publicActorLabel({ actor, actorRole, actorUnits }: ActorFields, locale: Locale): string {
  if (actorRole) return [ROLE_NAMES[actorRole]?.[locale] ?? ACCOUNT[locale], actorUnits].filter(Boolean).join(' · ');
  if (SYSTEM_ACTORS[actor]) return SYSTEM_ACTORS[actor][locale];
  // Anything else that looks like an address is still an address: never shown.
  return actor.includes('@') ? ACCOUNT[locale] : actor;
}

/** The audit trail's "who": the e-mail for an administrator, the public label for anyone else. */
export function actorLabelFor(viewerRole: string, row: ActorFields, locale: Locale): string {
  return viewerRole === 'admin' ? row.actor : publicActorLabel(row, locale);
}
