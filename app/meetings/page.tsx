// Every meeting of the review cycle, newest first: its date, title, place, how many provinces it
// invited, its map, and "minh họa" on the illustrative ones. Administrators create one here.
import Link from 'next/link';
import { getLocale } from '../locale';
import { currentUser, requireReader } from '../session';
import { SiteHeader } from '@/app/site-header';
import { getStore } from '@/db/store/client';
import { listMeetings } from '@/db/meetings/meetings';
import { isIllustrative } from '@/db/store-facts';
import { EDITION_INFO } from '@/lib/editions';
import { formatDate, formatNumber, localName } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import type { SearchParams } from '@/lib/view/overview-state';
import { mayManageMeetings } from '@/lib/security/permissions';

export const dynamic = 'force-dynamic';

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  await requireReader('/meetings');
  const locale = await getLocale(params);
  const t = translator(locale, 'Meetings');
  const store = getStore();
  const user = await currentUser();
  const meetings = listMeetings(store);
  return (
    <div className="mx-auto max-w-screen-xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path="/meetings" illustrative={isIllustrative(store)} />
      <main className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          {mayManageMeetings(user) && (
            <Link href="/meetings/new" className="rounded bg-slate-900 px-4 py-2 font-semibold text-white" data-testid="new-meeting">{t('create')}</Link>
          )}
        </div>
        {meetings.length === 0 ? <p>{t('none')}</p> : (
          <table className="w-full border-collapse text-sm" data-testid="meetings-table">
            <thead className="text-left">
              <tr className="border-b border-slate-400">
                <th scope="col" className="px-2 py-1">{t('date')}</th>
                <th scope="col" className="px-2 py-1">{t('meeting')}</th>
                <th scope="col" className="px-2 py-1">{t('place')}</th>
                <th scope="col" className="px-2 py-1 text-right">{t('provinces')}</th>
                <th scope="col" className="px-2 py-1">{t('edition')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id} className="border-b border-slate-200" data-meeting={m.id}>
                  <td className="px-2 py-1 tabular-nums">{formatDate(m.date, locale)}</td>
                  <td className="px-2 py-1">
                    <Link href={`/meetings/${m.id}`} className="font-semibold underline">{m.title}</Link>
                    {m.illustrative && <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-950" data-testid="illustrative-meeting">{t('illustrative')}</span>}
                  </td>
                  <td className="px-2 py-1">{m.place ?? '—'}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{formatNumber(m.units.length, locale)}</td>
                  <td className="px-2 py-1">{localName(EDITION_INFO[m.edition], locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
