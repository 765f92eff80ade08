// The overview's two views of the same data, as links (each view is a permalink).
import Link from 'next/link';
import type { Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { overviewHref, type OverviewState } from '@/lib/view/overview-state';

export function ViewTabs({ state, locale }: { state: OverviewState; locale: Locale }) {
  const t = translator(locale, 'ViewTabs');
  return (
    <nav aria-label={t('label')} className="flex gap-1 border-b border-slate-300 print:hidden" data-testid="view-tabs">
      {(['map', 'table'] as const).map((view) => {
        const active = state.view === view;
        return (
          <Link
            key={view}
            href={overviewHref(state, { view })}
            scroll={false}
            aria-current={active ? 'page' : undefined}
            data-view={view}
            className={`-mb-px rounded-t border px-3 py-1.5 text-sm font-semibold ${active ? 'border-slate-300 border-b-white bg-white' : 'border-transparent text-slate-700 hover:underline'}`}
          >
            {t(view)}
          </Link>
        );
      })}
    </nav>
  );
}
