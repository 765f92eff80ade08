'use client';
import { useActionState } from 'react';
import { loginAction, type LoginState } from './actions';

const TEXT = {
  vi: { email: 'Thư điện tử', password: 'Mật khẩu', submit: 'Đăng nhập', invalid: 'Sai thư điện tử hoặc mật khẩu.', limited: (m: number) => `Quá nhiều lần đăng nhập sai: hãy thử lại sau ${m} phút.` },
  en: { email: 'E-mail', password: 'Password', submit: 'Sign in', invalid: 'Wrong e-mail or password.', limited: (m: number) => `Too many failed sign-ins: try again in ${m} minute${m === 1 ? '' : 's'}.` },
};

export function LoginForm({ next, locale }: { next: string; locale: 'vi' | 'en' }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, { error: null });
  const t = TEXT[locale];
  const input = 'rounded border border-slate-500 px-2 py-1';
  return (
    <form action={action} className="flex max-w-sm flex-col gap-3" data-testid="login-form">
      <input type="hidden" name="next" value={next} />
      <label className="flex flex-col gap-1 font-semibold">{t.email}<input name="email" type="email" required autoComplete="username" className={input} /></label>
      <label className="flex flex-col gap-1 font-semibold">{t.password}<input name="password" type="password" required autoComplete="current-password" className={input} /></label>
      {state.error && <p role="alert" className="text-red-800">{state.error === 'limited' ? t.limited(state.retryMinutes ?? 1) : t.invalid}</p>}
      <button type="submit" disabled={pending} className="self-start rounded bg-slate-900 px-4 py-2 font-semibold text-white">{t.submit}</button>
    </form>
  );
}
