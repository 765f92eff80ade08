// Which provinces the overview is looking at: all, one region, or one meeting group.
import type { Locale } from '../format';
import type { OverviewState } from './overview-state';
import { regionBySlug } from '../regions';

export interface GroupInfo {
  slug: string;
  nameVi: string;
  nameEn: string;
  codes: string[];
}

export interface Selection {
  /** Null: every province. */
  codes: string[] | null;
  label: Record<Locale, string>;
}

export function selectionFor(
  state: Pick<OverviewState, 'region' | 'group'>,
  groups: readonly GroupInfo[],
  units: readonly { code: string; region: string | null }[],
): Selection {
  const group = state.group ? groups.find((g) => g.slug === state.group) : undefined;
  if (group) return { codes: group.codes, label: { vi: group.nameVi, en: group.nameEn } };
  const region = state.region ? regionBySlug(state.region) : undefined;
  if (region) {
    return {
      codes: units.filter((u) => u.region === region.nameVi).map((u) => u.code),
      label: { vi: region.nameVi, en: region.nameEn },
    };
  }
  return { codes: null, label: { vi: 'Toàn quốc', en: 'Nationwide' } };
}
