// Validation schemas shared by the command line and the API: one rule, one message. The view
// parameters' rules and messages live in lib/view/params.ts (the pages read them there too).
import { z } from 'zod';
import { ACTION_STATUS_FILTERS, isActionStatusFilter, type ActionStatusFilter } from './actions/rules';
import type { Edition } from './editions';
import type { MetricKey } from './metrics';
import { PARAM_RULES, REQUIRED, type ParamName } from './view/params';

/** A zod string checked by a view parameter's rule, refused with that rule's message. */
const param = (name: ParamName) => z.string().refine(PARAM_RULES[name].ok, { message: PARAM_RULES[name].message.en });
/** The same, for a parameter that must be given. */
const required = (name: ParamName) =>
  z.string({ error: (issue) => (issue.input === undefined ? REQUIRED.en : PARAM_RULES[name].message.en) })
    .refine(PARAM_RULES[name].ok, { message: PARAM_RULES[name].message.en });

export const isoDate = param('date');
export const edition = param('edition').transform((v) => v as Edition);
export const metricKey = param('metric').transform((v) => v as MetricKey);
export const lang = param('lang').transform((v) => v as 'vi' | 'en');
export const format = param('format').transform((v) => v as 'json' | 'csv' | 'xlsx');

export const reportQuery = z.object({
  date: isoDate.optional(),
  edition: edition.optional(),
});

export interface FieldError {
  field: string;
  message: string;
}

/** The first problem of a failed parse, as "field: reason". */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || '(input)',
    message: issue.message,
  }));
}

export const unitQuery = z.object({
  edition: edition.default('2025'),
});

export const leagueQuery = z.object({
  date: isoDate.optional(),
  edition: edition.optional(),
  metric: metricKey.optional(),
  region: param('region').optional(),
  group: param('group').optional(),
  since: param('since').optional(),
  sort: param('sort').optional(),
  dir: param('dir').optional(),
  view: param('view').optional(),
  lang: lang.optional(),
});

/** A unit code in a URL path: two digits. */
export const unitCode = z.string().regex(/^\d{2}$/, { message: 'must be a two-digit province code' });

/**
 * GET /api/v1/changes. What involves more than one value (from after to, an edition without
 * figures on the date, units unknown or outside the meeting) is checked by the route with the
 * rules of lib/view/params.ts, once the store can say which units and meetings exist.
 */
export const changesQuery = z.object({
  from: required('from'),
  to: required('to'),
  edition: edition.optional(),
  units: param('units').optional(),
  meeting: param('meeting').optional(),
});

/** GET /api/v1/actions: which actions, in which format (the unit and meeting are looked up by the route). */
export const actionsQuery = z.object({
  unit: unitCode.optional(),
  edition: edition.optional(),
  meeting: param('meeting').optional(),
  status: z.string().refine(isActionStatusFilter, { message: `must be one of ${ACTION_STATUS_FILTERS.join(', ')}` }).transform((v) => v as ActionStatusFilter).optional(),
  format: z.enum(['json', 'csv', 'xlsx'], { error: 'must be json, csv or xlsx' }).optional(),
  lang: lang.optional(),
});
