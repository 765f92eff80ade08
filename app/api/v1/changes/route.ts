// GET /api/v1/changes?from=YYYY-MM-DD&to=YYYY-MM-DD[&edition=][&units=79,75][&meeting=ID]
// What changed between two dates, per province and metric and nationally (the sum over the
// selection), with the lagging figures on `to`, the provinces that improved most and those that
// slipped (lib/changes.ts). One edition for both dates: the one asked for, else the one in force
// on `to` (lib/editions resolveView).
import { cachedJson, paramRefusal, parseQuery, readerRefusal } from '../responses';
import { getChanges } from '@/db/changes';
import { getStore } from '@/db/store/client';
import type { Store } from '@/db/store/types';
import { findGroup, listGroups } from '@/db/meetings/groups';
import { listUnits, suggestUnits } from '@/db/units';
import { viewFor } from '@/db/view';
import type { Edition } from '@/lib/editions';
import { changesQuery } from '@/lib/validation';
import { asList, dateRangeProblem, editionDateProblem, meetingProblem, unknownUnitsProblem, type ParamProblem } from '@/lib/view/params';

export const dynamic = 'force-dynamic';

/** The provinces compared: those asked for, the meeting's, or all (null). */
function selectionOf(store: Store, edition: Edition, units: string | undefined, meeting: string | undefined): { codes: string[] | null } | ParamProblem {
  const asked = asList(units).sort();
  const known = new Set(listUnits(store, edition).map((u) => u.code));
  const unknown = asked
    .filter((code) => !known.has(code))
    .map((code) => ({ code, see: suggestUnits(store, edition, code).filter((s) => s.edition === edition).map((s) => s.code) }));
  const problem = unknownUnitsProblem(edition, unknown);
  if (problem) return problem;
  if (!meeting) return { codes: asked.length ? asked : null };
  const invited = findGroup(listGroups(store, edition), meeting)?.codes ?? null;
  if (!invited) return meetingProblem(meeting);
  const outside = asked.filter((code) => !invited.includes(code));
  if (outside.length) return meetingProblem(meeting, outside);
  return { codes: asked.length ? asked : invited };
}

export function GET(request: Request): Response {
  const refusal = readerRefusal(request, getStore());
  if (refusal) return refusal;
  const parsed = parseQuery(request, changesQuery);
  if (!parsed.ok) return parsed.response;
  const store = getStore();
  const { from, to, units, meeting } = parsed.data;
  const { edition } = viewFor(store, { edition: parsed.data.edition, date: to });
  const problem = dateRangeProblem(from, to) ?? editionDateProblem(edition, to);
  if (problem) return paramRefusal(problem);
  const selection = selectionOf(store, edition, units, meeting);
  if ('parameter' in selection) return paramRefusal(selection);
  const key = JSON.stringify(['changes', from, to, edition, selection.codes]);
  return cachedJson(store, key, () => getChanges(store, { from, to, edition, selection: selection.codes }));
}
