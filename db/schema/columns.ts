// Column checks shared by the schema's tables.
import { sql } from 'drizzle-orm';

/** A CHECK that a text column holds an ISO date (YYYY-MM-DD). */
export const isoDate = (column: string) =>
  sql.raw(`${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`);
