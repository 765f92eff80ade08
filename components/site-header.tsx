// The header of every page: the name, the language switch (a link: it works without script and
// the choice is remembered) and, when the store's data is illustrative, a notice saying so.
import Link from 'next/link';
import type { Locale } from '@/lib/format';

const TEXT = {
  vi: {
    title: 'Đề án 06 · Theo dõi tiến độ',
    subtitle: 'Dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia',
    other: 'English',
    nav: [['/', 'Tổng quan'], ['/present/new', 'Trình chiếu'], ['/data/import', 'Nhập tệp'], ['/data/entry', 'Biểu mẫu'], ['/data/audit', 'Nhật ký'], ['/data/targets', 'Chỉ tiêu']],
    illustrative: 'Dữ liệu minh họa. Số liệu toàn quốc ngày 13/11/2024 khớp số liệu công bố; số liệu từng tỉnh và mọi chỉ tiêu là minh họa, không phải số liệu chính thức.',
  },
  en: {
    title: 'Project 06 · Progress dashboard',
    subtitle: 'Population data, electronic identification and authentication for the national digital transformation',
    other: 'Tiếng Việt',
    nav: [['/', 'Overview'], ['/present/new', 'Present'], ['/data/import', 'Import'], ['/data/entry', 'Entry form'], ['/data/audit', 'Audit'], ['/data/targets', 'Targets']],
    illustrative: 'Illustrative data. The national figures of 13/11/2024 match the published ones; per-province figures and every target are illustrative, not official.',
  },
};

export function SiteHeader({ locale, path, illustrative }: { locale: Locale; path: string; illustrative: boolean }) {
  const t = TEXT[locale];
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <header className="border-b border-slate-300 pb-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-xl font-bold"><Link href="/" className="hover:underline">{t.title}</Link></p>
          <p className="text-sm text-slate-700">{t.subtitle}</p>
        </div>
        <nav aria-label={locale === 'vi' ? 'Các trang' : 'Pages'} className="flex flex-wrap items-center gap-3 text-sm print:hidden">
          {t.nav.map(([href, label]) => <a key={href} href={href} className="underline-offset-2 hover:underline">{label}</a>)}
        </nav>
        <a
          href={`/lang?to=${other}&back=${encodeURIComponent(path)}`}
          lang={other}
          className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100 print:hidden"
          data-testid="language-toggle"
        >
          {t.other}
        </a>
      </div>
      {illustrative && (
        <p role="note" data-testid="illustrative-notice" className="mt-3 rounded border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t.illustrative}
        </p>
      )}
    </header>
  );
}
