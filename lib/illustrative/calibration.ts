// The public figures of 13/11/2024 (reported at the conference of 14/11/2024) that the
// illustrative dataset reproduces exactly, nationally, in the 2024 edition.
export const CALIBRATION_DATE = '2024-11-13';

export const PUBLIC_FIGURES = {
  health_book_records: 14_800_000,
  judicial_record_applications: 24_887,
  judicial_record_live: 47,
  districts_digitized: 461,
  civil_status_digitized: 15,
} as const;

/** "Over 46 million" land parcels: the dataset settles on one value in [46,000,000, 47,000,000). */
export const LAND_PARCELS_ON_CALIBRATION_DATE = 46_318_527;

/** Out of the 705 districts of 01/05/2024. */
export const DISTRICTS_TOTAL = 705;

/** Judicial-record certificates were issued on VNeID in two localities on 2/10/2024. */
export const JUDICIAL_LIVE_EARLY = { date: '2024-10-02', value: 2 } as const;
