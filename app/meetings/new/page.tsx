// A new meeting (administrators): see ../meeting-form-page.tsx.
import { getLocale } from '../../locale';
import { requireUser } from '../../session';
import { MeetingFormPage } from '../meeting-form-page';
import { getStore } from '@/db/store/client';
import type { SearchParams } from '@/lib/view/params';

export const dynamic = 'force-dynamic';

export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const user = await requireUser('/meetings/new');
  const locale = await getLocale(query);
  return <MeetingFormPage store={getStore()} user={user} locale={locale} query={query} path="/meetings/new" meeting={null} />;
}
