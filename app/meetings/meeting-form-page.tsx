// The page around the meeting form, for /meetings/new and /meetings/[id]/edit (administrators;
// others get the refusal the other administrators' pages give). It reads the form back from a
// GET round trip (lib/meetings/form.ts), ticks a region's or a copied meeting's provinces, and
// shows the baseline the meeting gets when none is chosen (lib/meetings/meetings.ts baselineOf).
import { MeetingForm } from './meeting-form';
import { SiteHeader } from '@/app/site-header';
import type { Store } from '@/db/store/types';
import { findGroup, listGroups } from '@/db/meetings/groups';
import { listMeetings, meetingContext, type Meeting } from '@/db/meetings/meetings';
import { isIllustrative } from '@/db/store-facts';
import type { User } from '@/db/users';
import { unitRegions } from '@/db/view';
import { listUnits } from '@/db/units';
import { isIsoDate, vietnamDate } from '@/lib/dates';
import { EDITION_INFO } from '@/lib/editions';
import { formatDate, localName, type Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { draftFromQuery, invitedUnits, type MeetingDraft } from '@/lib/meetings/form';
import { baselineOf, meetingEdition, meetingLabel } from '@/lib/meetings/meetings';
import { regionBySlug, REGIONS } from '@/lib/regions';
import type { SearchParams } from '@/lib/view/params';
import { mayManageMeetings } from '@/lib/security/permissions';

export function MeetingFormPage({ store, user, locale, query, path, meeting }: {
  store: Store; user: User; locale: Locale; query: SearchParams; path: string; meeting: Meeting | null;
}) {
  const t = translator(locale, 'MeetingForm');
  const today = vietnamDate(new Date());
  const fallback: MeetingDraft = meeting
    ? { title: meeting.title, date: meeting.date, place: meeting.place ?? '', baselineDate: meeting.baselineSource === 'chosen' ? meeting.baselineDate : '', units: meeting.units }
    : { title: '', date: today, place: '', baselineDate: '', units: [] };
  const asked = draftFromQuery(query, fallback);
  const date = isIsoDate(asked.date) ? asked.date : today;
  const edition = meetingEdition(date);
  const units = listUnits(store, edition);
  const codes = units.map((u) => u.code);
  const region = query.take === 'region' && typeof query.region === 'string' ? regionBySlug(query.region) : undefined;
  const regionCodes = region ? unitRegions(store, edition).filter((u) => u.region === region.nameVi).map((u) => u.code) : [];
  const copied = query.take === 'copy' && typeof query.copy === 'string' ? findGroup(listGroups(store, edition), query.copy)?.codes ?? [] : [];
  const draft: MeetingDraft = { ...asked, units: invitedUnits(codes, asked.units, regionCodes, copied) };

  // The baseline it would get without one chosen: the rule, on the 34-province map.
  const { successorOf } = meetingContext(store, today);
  const others = listGroups(store, '2025').map((g) => ({ id: g.id, date: g.meetingDate, baselineDate: null, provinces: g.codes }));
  const provinces = edition === '2025' ? draft.units : draft.units.flatMap((c) => successorOf(c) ?? []);
  const baseline = baselineOf({ id: meeting?.id ?? -1, date, baselineDate: null, provinces }, others);
  const baselineHint = t(`baseline.${baseline.source === 'previous-meeting' ? 'previous' : 'default'}`, { date: formatDate(baseline.date, locale) });

  return (
    <div className="mx-auto max-w-screen-xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path={path} illustrative={isIllustrative(store)} />
      <main className="space-y-4">
        <h1 className="text-2xl font-bold">{meeting ? t('editTitle', { title: meeting.title }) : t('newTitle')}</h1>
        {!mayManageMeetings(user) ? <p data-testid="only-admins">{t('onlyAdmins')}</p> : (
          <MeetingForm
            path={path}
            meetingId={meeting?.id ?? null}
            draft={draft}
            units={units.map((u) => ({ code: u.code, name: u.nameVi }))}
            regions={REGIONS.map((r) => ({ slug: r.slug, name: localName(r, locale) }))}
            meetings={listMeetings(store).filter((m) => m.id !== meeting?.id).map((m) => ({ id: m.id, label: meetingLabel(m, locale) }))}
            locale={locale}
            text={{
              title: t('title'), date: t('date'), place: t('place'), baselineDate: t('baselineDate'), baselineHint,
              units: t('units', { edition: localName(EDITION_INFO[edition], locale) }),
              unitsHint: t('unitsHint'), region: t('region'), takeRegion: t('takeRegion'), copy: t('copy'), copyList: t('copyList'),
              refresh: t('refresh'), save: t('save'), denied: t('denied'), missing: t('missing'), problems: t('problems'),
            }}
          />
        )}
      </main>
    </div>
  );
}
