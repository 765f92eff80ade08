'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientAddress, SESSION_COOKIE } from '../session';
import { getStore } from '@/db/store/client';
import { login, logout } from '@/db/users';
import { isLocale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { safeLocalPath } from '@/lib/security/local-path';

export interface LoginState {
  error: 'invalid' | 'limited' | 'unavailable' | null;
  /** When limited: whole minutes to wait. */
  retryMinutes?: number;
  /** The error in the reader's language (the form's `lang`). */
  message?: string;
}

export async function loginAction(_: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get('email') ?? '');
  const password = String(form.get('password') ?? '');
  const result = await login(getStore(), email, password, await clientAddress());
  if (!result.ok) {
    const lang = String(form.get('lang') ?? '');
    const locale = isLocale(lang) ? lang : 'vi';
    const t = translator(locale, 'Login');
    if (result.reason === 'unavailable') return { error: 'unavailable', message: result.text[locale] };
    if (result.reason !== 'limited') return { error: 'invalid', message: t('invalid') };
    const retryMinutes = Math.ceil(result.retryAfterSeconds / 60);
    return { error: 'limited', retryMinutes, message: t('limited', { minutes: retryMinutes }) };
  }
  (await cookies()).set(SESSION_COOKIE, result.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== 'true',
    path: '/',
    expires: new Date(result.expiresAt),
  });
  redirect(safeLocalPath(form.get('next')));
}

export async function logoutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) logout(getStore(), token);
  jar.delete(SESSION_COOKIE);
  redirect('/');
}
