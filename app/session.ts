// The signed-in user of a request: a random session token in an httpOnly, SameSite cookie,
// checked against its hash in the store (db/users.ts). Server actions are protected from
// cross-site requests by Next itself (it compares the Origin header with the host).
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getStore } from '@/db/store/client';
import { userForSession, type User } from '@/db/users';
import { clientAddressFrom } from '@/lib/security/client-address';

export const SESSION_COOKIE = 'd06_session';

export async function currentUser(): Promise<User | null> {
  return userForSession(getStore(), (await cookies()).get(SESSION_COOKIE)?.value);
}

/** The signed-in user, or a redirect to the login page that comes back here. */
export async function requireUser(back: string): Promise<User> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(back)}`);
  return user;
}

/** A reporter's units as they are shown ("79, 75"); null for an account that may report for every unit. */
export function scopeUnits(user: User): string | null {
  return user.scope ? [...user.scope].map((s) => s.replace('2025:', '')).join(', ') : null;
}

/** The client's address, for rate-limiting logins: the socket's, or a trusted proxy's word (lib/security/client-address.ts). */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

/** Reading is open unless READ_REQUIRES_LOGIN=true. */
export async function requireReader(back: string): Promise<void> {
  if (process.env.READ_REQUIRES_LOGIN === 'true') await requireUser(back);
}
