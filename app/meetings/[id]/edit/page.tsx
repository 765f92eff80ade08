// Editing a meeting (administrators): see ../../meeting-form-page.tsx.
import { notFound } from 'next/navigation';
import { getLocale } from '../../../locale';
import { requireUser } from '../../../session';
import { MeetingFormPage } from '../../meeting-form-page';
import { getStore } from '@/db/store/client';
import { findMeeting } from '@/db/meetings/meetings';
import type { SearchParams } from '@/lib/view/params';

export const dynamic = 'force-dynamic';

export default async function EditMeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/meetings/${id}/edit`);
  const locale = await getLocale(query);
  const store = getStore();
  const meeting = findMeeting(store, id);
  if (!meeting) notFound();
  return <MeetingFormPage store={store} user={user} locale={locale} query={query} path={`/meetings/${meeting.id}/edit`} meeting={meeting} />;
}
