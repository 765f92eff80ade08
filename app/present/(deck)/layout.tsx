// The deck's sign-in check, before the page streams behind its loading skeleton: a redirect
// must be decided while the status can still be 307 (the page checks again for client
// navigations, which do not render a layout again).
import type { ReactNode } from 'react';
import { requireReader } from '../../session';

export default async function DeckLayout({ children }: { children: ReactNode }) {
  await requireReader('/present');
  return children;
}
