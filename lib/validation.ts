// Validation schemas shared by the command line and the API: one rule, one message.
import { z } from 'zod';
import { isIsoDate } from './dates';
import { EDITIONS } from './editions';
import { METRIC_KEYS } from './metrics';

export const isoDate = z.string().refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD' });

export const edition = z.enum(EDITIONS as ['2024', '2025'], { message: 'must be 2024 or 2025' });

export const metricKey = z.enum(METRIC_KEYS as [string, ...string[]], {
  message: `must be one of ${METRIC_KEYS.join(', ')}`,
});

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

export const lang = z.enum(['vi', 'en'], { message: 'must be vi or en' });

export const leagueQuery = z.object({
  date: isoDate.optional(),
  edition: edition.default('2025'),
  metric: metricKey.optional(),
  region: z.string().regex(/^[a-z0-9-]{1,80}$/, { message: 'must be a region slug' }).optional(),
  group: z.string().regex(/^[a-z0-9-]{1,80}$/, { message: 'must be a meeting-group slug' }).optional(),
  sort: z
    .string()
    .refine((v) => ['code', 'name', 'region', ...METRIC_KEYS].includes(v), { message: `must be code, name, region or a metric key` })
    .optional(),
  dir: z.enum(['asc', 'desc'], { message: 'must be asc or desc' }).optional(),
  view: z.enum(['map', 'table'], { message: 'must be map or table' }).optional(),
  lang: lang.optional(),
});

/** A unit code in a URL path: two digits. */
export const unitCode = z.string().regex(/^\d{2}$/, { message: 'must be a two-digit province code' });
