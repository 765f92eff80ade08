// Every word the dashboard shows lives in one catalogue per language: messages/vi.json (the
// default) and messages/en.json, namespaced by page or component, ICU message syntax
// ("{count} lỗi", "{minutes, plural, one {# minute} other {# minutes}}"). This is the one way
// in, from lib/, app/ (server components, route handlers, server actions) and scripts/:
// next-intl's createTranslator with the reader's locale given explicitly, since the locale
// comes from ?lang=, the `lang` cookie or Vietnamese (app/locale.ts), not from the URL's path.
// Numbers and dates are formatted by lib/format.ts and passed in already written (vi-VN).
// Client components do not import this file (it holds both catalogues): their server parent
// hands them strings already translated, which keeps next-intl out of the browser's bundle.
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import type { Locale } from '../format';
import type { ActionStatus } from '../actions/status';
import type { Status } from '../status';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

export type Messages = typeof vi;

export const MESSAGES: Record<Locale, Messages> = { vi, en };

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const translators = new Map<string, unknown>();

/** t('key', { value }) for one namespace in one language; made once, then reused. */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  const key = `${locale}|${namespace}`;
  let t = translators.get(key) as ReturnType<typeof createTranslator<Messages, N>> | undefined;
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale], namespace });
    translators.set(key, t);
  }
  return t;
}

/** An action's status in words, or 'overdue' (derived): 'Đang làm' / 'In progress', 'Quá hạn'. */
export function actionStatusLabel(status: ActionStatus | 'overdue', locale: Locale): string {
  return translator(locale, 'ActionStatus')(status);
}

/** The status in words: 'Đúng tiến độ' / 'On track'. */
export function statusLabel(status: Status, locale: Locale): string {
  return translator(locale, 'Status')(status);
}
