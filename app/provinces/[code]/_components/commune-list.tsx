'use client';
// A province's communes: land-data status, parcels, last report; sortable by any column,
// searchable by name (with or without tone marks), filterable to those not yet reached.
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { foldName, type CommuneRow } from '@/lib/communes/communes';

type SortKey = 'code' | 'name' | 'reached' | 'parcels' | 'lastReport';

export interface CommuneListText {
  code: string; name: string; kind: string; reached: string; parcels: string; lastReport: string;
  search: string; onlyNotYet: string; notYet: string; none: string;
  kinds: Record<string, string>;
}

export function CommuneList(props: {
  communes: readonly CommuneRow[];
  province: string;
  text: CommuneListText;
  /** "Showing {count} of N" with {count} left as COUNT. */
  shownText: string;
}) {
  const [query, setQuery] = useState('');
  const [notYet, setNotYet] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; up: boolean }>({ key: 'code', up: true });
  const { communes } = props;
  const rows = useMemo(() => {
    const q = foldName(query);
    const keyOf = ([code, name, , , , landDate, , parcels, , lastReport]: CommuneRow): string | number => {
      if (sort.key === 'reached') return landDate ?? '9999';
      if (sort.key === 'parcels') return parcels ?? -1;
      if (sort.key === 'lastReport') return lastReport ?? '';
      return sort.key === 'name' ? foldName(name) : code;
    };
    return communes
      .filter(([, name, ascii, , reached]) => (!notYet || !reached) && (q === '' || foldName(name).includes(q) || (ascii !== '' && foldName(ascii).includes(q))))
      .sort((a, b) => {
        const [x, y] = [keyOf(a), keyOf(b)];
        const order = x < y ? -1 : x > y ? 1 : a[0].localeCompare(b[0]);
        return sort.up ? order : -order;
      });
  }, [communes, query, notYet, sort]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.up ? 'ascending' : 'descending') : 'none'} className="px-2 py-1 text-left">
      <button type="button" className="underline" onClick={() => setSort((s) => ({ key, up: s.key === key ? !s.up : true }))}>{label}</button>
    </th>
  );
  const { text } = props;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2">{text.search}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="rounded border border-slate-400 px-2 py-1" data-testid="commune-search" />
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={notYet} onChange={(e) => setNotYet(e.target.checked)} data-testid="commune-not-yet" />{text.onlyNotYet}
        </label>
        <span aria-live="polite" data-testid="commune-shown">{props.shownText.replace('COUNT', String(rows.length))}</span>
      </div>
      <div className="overflow-x-auto">
        {/* Cell padding and row rules set once on the table, not on each of a thousand cells. */}
        <table className="min-w-full text-sm tabular-nums [&_td]:px-2 [&_td]:py-1 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_td_a]:underline" data-testid="commune-table">
          <thead><tr>{header('code', text.code)}{header('name', text.name)}<th scope="col" className="px-2 py-1 text-left">{text.kind}</th>{header('reached', text.reached)}{header('parcels', text.parcels)}{header('lastReport', text.lastReport)}</tr></thead>
          <tbody>
            {rows.map(([code, name, , kind, reached, , reachedText, , parcelsText, , lastReportText]) => (
              <tr key={code} data-reached={reached ? 'yes' : 'no'}>
                <td>{code}</td>
                <td><Link href={`/provinces/${props.province}/communes/${code}`}>{name}</Link></td>
                <td>{text.kinds[kind] ?? kind}</td>
                <td>{reachedText ?? text.notYet}</td>
                <td className="text-right">{parcelsText ?? '–'}</td>
                <td>{lastReportText ?? text.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
