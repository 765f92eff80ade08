// A series' point: one reported value on one date. A leaf module (no imports), shared by the
// figure engine (forecast, plan, roll-up, report), the views and the data layer's reads.
export interface Point {
  date: string;
  value: number;
}
