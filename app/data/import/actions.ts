'use server';
// Checking and committing a report file from the import page. The same validator and the same
// write path as the command line and the API; a file with any problem writes nothing.
import { currentUser } from '../../session';
import { getStore } from '@/db/client';
import { StoreUnavailableError } from '@/db/durable';
import { fileDigest, importObservations } from '@/db/import';
import { vietnamDate } from '@/lib/dates';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, type MoreProblems } from '@/lib/limits';
import { readReportFile } from '@/lib/observation-xlsx';
import type { Message } from '@/lib/observation-rules';

export interface ImportState {
  stage: 'idle' | 'problems' | 'checked' | 'written' | 'denied';
  fileName: string;
  /** The first problems by row (lib/limits.ts); `more` counts the rest by field. */
  problems: { row: number; field: string; message: Message }[];
  more: MoreProblems | null;
  rows: number;
  written: { batchId: number | null; inserted: number; corrected: number; unchanged: number } | null;
}

export async function importAction(_: ImportState, form: FormData): Promise<ImportState> {
  const user = await currentUser();
  const file = form.get('file');
  const empty: ImportState = { stage: 'idle', fileName: '', problems: [], more: null, rows: 0, written: null };
  if (!user || user.role === 'viewer') return { ...empty, stage: 'denied' };
  if (!(file instanceof File)) return { ...empty, stage: 'problems', problems: [{ row: 0, field: 'file', message: { vi: 'Chưa chọn tệp.', en: 'No file chosen.' } }] };
  // A name is the client's to choose: keep a readable part of it.
  const fileName = file.name.slice(0, 200);
  if (file.size > MAX_UPLOAD_BYTES) return { ...empty, fileName, stage: 'problems', problems: [{ row: 0, field: 'file', message: UPLOAD_TOO_LARGE }] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { rows, problems, more } = readReportFile(bytes);
  if (problems.length > 0) return { ...empty, fileName, stage: 'problems', problems, more };
  const commit = form.get('intent') === 'commit';
  let outcome;
  try {
    outcome = importObservations(getStore(), rows, {
      batch: { source: 'import', actor: user.email, note: `${fileName} sha256:${fileDigest(bytes)}` },
      today: vietnamDate(new Date()),
      scope: user.scope,
      dryRun: !commit,
    });
  } catch (e) {
    if (e instanceof StoreUnavailableError) return { ...empty, fileName, stage: 'problems', problems: [{ row: 0, field: 'store', message: e.text }], rows: rows.length };
    throw e;
  }
  if (outcome.problems.length > 0) return { ...empty, fileName, stage: 'problems', problems: outcome.problems, more: outcome.more, rows: rows.length };
  return { ...empty, fileName, stage: commit ? 'written' : 'checked', rows: rows.length, written: outcome.written };
}
