// Importing a report file: template, upload, every problem listed by row, column and reason in
// the reader's language, then commit as one batch. Reporters and administrators only.
import { getLocale } from '../../locale';
import { requireUser } from '../../session';
import { logoutAction } from '../../login/actions';
import { ImportForm } from './import-form';
import { SiteHeader } from '@/components/site-header';
import { getStore } from '@/db/client';
import { isIllustrative } from '@/db/store-facts';

export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  const locale = await getLocale();
  const user = await requireUser('/data/import');
  const vi = locale === 'vi';
  const scope = user.scope ? [...user.scope].map((s) => s.replace('2025:', '')).join(', ') : vi ? 'tất cả' : 'all';
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path="/data/import" illustrative={isIllustrative(getStore())} />
      <main className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">{vi ? 'Nhập số liệu từ tệp' : 'Import figures from a file'}</h1>
          <form action={logoutAction}><button className="text-sm underline">{vi ? 'Đăng xuất' : 'Sign out'} ({user.email})</button></form>
        </div>
        <p>{vi ? 'Đơn vị được giao' : 'Your units'}: {scope}.</p>
        <p>
          {vi ? 'Tệp CSV (UTF-8) gồm các cột: Mã đơn vị, Chỉ tiêu, Ngày báo cáo (YYYY-MM-DD), Giá trị (số nguyên), Lý do điều chỉnh (khi giá trị lũy kế giảm). ' : 'A CSV file (UTF-8) with the columns Mã đơn vị, Chỉ tiêu, Ngày báo cáo (YYYY-MM-DD), Giá trị (a whole number), Lý do điều chỉnh (when a running total falls). '}
          <a className="underline" href="/data/template" download>{vi ? 'Tải tệp mẫu' : 'Download the template'}</a>.
        </p>
        <ImportForm locale={locale} />
      </main>
    </div>
  );
}
