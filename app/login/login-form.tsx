'use client';
import { useActionState } from 'react';
import { loginAction, type LoginState } from './actions';

/** The form's words, translated by the page; the action answers in the language sent as `lang`. */
export function LoginForm({ next, locale, text: t }: { next: string; locale: 'vi' | 'en'; text: { email: string; password: string; submit: string } }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, { error: null });
  const input = 'rounded border border-slate-500 px-2 py-1';
  return (
    <form action={action} className="flex max-w-sm flex-col gap-3" data-testid="login-form">
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="lang" value={locale} />
      <label className="flex flex-col gap-1 font-semibold">{t.email}<input name="email" type="email" required autoComplete="username" className={input} /></label>
      <label className="flex flex-col gap-1 font-semibold">{t.password}<input name="password" type="password" required autoComplete="current-password" className={input} /></label>
      {state.error && <p role="alert" className="text-red-800">{state.message}</p>}
      <button type="submit" disabled={pending} className="self-start rounded bg-slate-900 px-4 py-2 font-semibold text-white">{t.submit}</button>
    </form>
  );
}
