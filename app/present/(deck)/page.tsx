// Projector mode: the dashboard as a slide deck from live data. /present?meeting=ID, ?group=… or ?units=79,75,
// with ?edition= ?date= ?metrics= ?interval= ?lang= ?theme=; /present/new builds such a URL.
import { headers } from 'next/headers';
import { requireReader } from '../../session';
import { Deck } from './_components/deck';
import { ActionsSlide, ChangesSlide, MapSlide, ProvinceActions, ProvinceSlide, RankingSlide, SummarySlide, TitleSlide } from './_components/slides';
import { listActions } from '@/db/actions/actions';
import { getChanges } from '@/db/changes';
import { getMeeting } from '@/db/meetings/meetings';
import { compareActions, matchesStatusFilter } from '@/lib/actions/rules';
import { vietnamDate } from '@/lib/dates';
import { actionsSlide, changesSlide, provinceSlideActions } from '@/lib/view/deck-review';
import { meetingLabel } from '@/lib/meetings/meetings';
import { dataVersion } from '@/db/store/cache';
import { getStore } from '@/db/store/client';
import { getOverview } from '@/db/overview';
import { findGroup, listGroups } from '@/db/meetings/groups';
import { getProvinceCommunes } from '@/db/communes';
import { getUnitInfo } from '@/db/units';
import { viewFor } from '@/db/view';
import { communeLag, parseDeckOptions, planSlides, RANKING_ROWS_PER_SLIDE } from '@/lib/view/deck';
import { EDITION_INFO, isBeforeMerger } from '@/lib/editions';
import { formatDate, localName, metricShortName, type Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import { overviewHref, DEFAULT_STATE, type SearchParams } from '@/lib/view/overview-state';
import { qrSvg } from '@/lib/view/qr';

export const dynamic = 'force-dynamic';

export default async function PresentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireReader('/present');
  const { options, ignored } = parseDeckOptions(await searchParams);
  const locale: Locale = options.lang;
  const t = translator(locale, 'Deck');
  const store = getStore();
  // The overview's state for the deck's edition and date, in code order (db/overview.ts).
  const state = { ...DEFAULT_STATE, edition: options.edition, date: options.date, sort: 'code', dir: 'asc' } as const;
  const view = viewFor(store, state);
  const edition = view.edition;
  const date = view.date;
  const notes = ignored.map((i) => t('ignored', { what: `${i.parameter}=${i.value} (${i.message[locale]})` }));

  // The chosen provinces, in the deck's edition: a meeting group's, or ?units= (a 2024 code in
  // the 2025 edition stands for the province it became).
  // ?meeting=ID names a meeting as ?group= its slug does; when both are given, the meeting wins.
  const groups = listGroups(store, edition);
  const byMeeting = options.meeting ? findGroup(groups, options.meeting) : undefined;
  if (options.meeting && !byMeeting) notes.push(t('ignored', { what: `meeting=${options.meeting}` }));
  const group = byMeeting ?? (options.group ? groups.find((g) => g.slug === options.group) : undefined);
  if (options.group && !group) notes.push(t('ignored', { what: `group=${options.group}` }));
  let chosen: string[] | null = group?.codes ?? null;
  if (!chosen && options.units) {
    const mapped = options.units.flatMap((code) => {
      if (getUnitInfo(store, edition, code)) return [code];
      const successor = edition === '2025' ? getUnitInfo(store, '2024', code)?.successor?.code : undefined;
      if (successor) return [successor];
      notes.push(t('ignored', { what: `units=${code}` }));
      return [];
    });
    chosen = mapped.length ? [...new Set(mapped)] : null;
  }

  // The national figures are the whole country's; rankings are of the chosen provinces.
  const { report, shown } = getOverview(store, state, locale, chosen);
  const metrics = (options.metrics ?? report.metrics).filter((m) => report.metrics.includes(m)) as MetricKey[];
  const ranked = Object.fromEntries(metrics.map((m) => [m, (shown.rankings[m] ?? []).map((r) => r.code)]));
  // A meeting's deck reviews the cycle: what changed between its baseline and its date, and the
  // actions agreed at the previous meeting that shares a province (lib/meetings/meetings.ts baselineOf),
  // for its provinces. Every deck with chosen provinces lists each one's open actions.
  const meeting = group ? getMeeting(store, group.id) : null;
  const today = vietnamDate(new Date());
  const actionsOf = new Map((chosen ?? []).map((code) => [code, listActions(store, { unit: code, edition, today })]));
  const changes = meeting && meeting.baselineDate <= meeting.date
    ? getChanges(store, { from: meeting.baselineDate, to: meeting.date, edition, selection: chosen })
    : null;
  const previous = meeting?.previousMeetingId ? getMeeting(store, meeting.previousMeetingId) : null;
  const previousActions = previous
    ? [...actionsOf.values()].flat().filter((a) => a.meetingId === previous.id).sort((a, b) => compareActions(a, b, today))
    : [];
  const slides = planSlides(metrics, ranked, chosen, changes !== null);
  const unitByCode = new Map(report.units.map((u) => [u.code, u]));
  const rankedItem = (metric: MetricKey, code: string) => shown.rankings[metric]!.find((r) => r.code === code)!;

  const host = (await headers()).get('host') ?? 'localhost:3000';
  const overviewState = { ...DEFAULT_STATE, edition: options.edition, date: options.date, group: group?.slug ?? null };
  const liveUrl = `http://${host}${overviewHref(overviewState)}`;
  const title = group ? localName(group, locale) : chosen ? t('units') : t('nationwide');
  const editionName = localName(EDITION_INFO[edition], locale);
  const name = (m: MetricKey) => metricShortName(metricByKey(m), locale);

  return (
    <div lang={locale}>
      <Deck
        interval={options.interval}
        exitHref={overviewHref(overviewState)}
        summaryQuery={`?edition=${edition}&date=${date}`}
        version={dataVersion(store)}
        theme={options.theme}
        labels={{ paused: t('paused'), offline: t('offline', { date: formatDate(report.asOf, locale) }), slide: t('slide') }}
      >
        {slides.map((slide) => {
          switch (slide.kind) {
            case 'title':
              return (
                <TitleSlide
                  key="title" title={title} subtitle={editionName} asOf={report.asOf} liveUrl={liveUrl}
                  qrSvg={qrSvg(liveUrl, 1)} locale={locale} notes={notes}
                />
              );
            case 'summary':
              return <SummarySlide key="summary" title={t('summary')} cards={shown.cards.filter((c) => metrics.includes(c.metric.key as MetricKey))} locale={locale} />;
            case 'changes':
              return <ChangesSlide key="changes" title={t('changesTitle')} data={changesSlide(changes!)} locale={locale} />;
            case 'actions':
              return (
                <ActionsSlide
                  key="actions" title={t('actionsTitle')} locale={locale} data={actionsSlide(previousActions)}
                  meeting={previous ? meetingLabel(previous, locale) : null}
                />
              );
            case 'ranking':
              return (
                <RankingSlide
                  key={`ranking-${slide.metric}-${slide.part}`}
                  title={slide.parts > 1 ? t('rankingPart', { metric: name(slide.metric), part: slide.part, parts: slide.parts }) : t('ranking', { metric: name(slide.metric) })}
                  metric={slide.metric}
                  startRank={(slide.part - 1) * RANKING_ROWS_PER_SLIDE + 1}
                  locale={locale}
                  rows={slide.codes.map((c) => rankedItem(slide.metric, c))}
                />
              );
            case 'map':
              return (
                <MapSlide
                  key="map" title={t('map', { metric: name(slide.metric) })} edition={edition} locale={locale} highlight={chosen}
                  tiles={report.units.map((u) => ({ code: u.code, name: u.name, status: u.metrics[slide.metric]?.status ?? 'no_data' }))}
                />
              );
            case 'province': {
              const unit = unitByCode.get(slide.code)!;
              const open = (actionsOf.get(slide.code) ?? []).filter((a) => matchesStatusFilter(a, 'open', today));
              const communes = edition === '2025' && !isBeforeMerger(date) ? communeLag(getProvinceCommunes(store, slide.code, date)) : null;
              return (
                <ProvinceSlide
                  key={`province-${slide.code}`} name={unit.name} subtitle={`(${unit.code}) · ${formatDate(report.asOf, locale)}`}
                  metrics={metrics} progress={unit.metrics} locale={locale}
                  communes={communes}
                >
                  {open.length > 0 && <ProvinceActions actions={provinceSlideActions(open, communes !== null)} total={open.length} locale={locale} />}
                </ProvinceSlide>
              );
            }
          }
        })}
      </Deck>
    </div>
  );
}
