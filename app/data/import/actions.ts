'use server';
// Checking and committing a report file from the import page. The same validator and the same
// write path as the command line and the API; a file with any problem writes nothing.
import { currentUser } from '../../session';
import { getStore } from '@/db/store/client';
import { StoreUnavailableError } from '@/db/store/durable';
import { fileDigest, importObservations, previewToken, unitDirectory } from '@/db/import';
import { vietnamDate } from '@/lib/dates';
import { formatNumber, isLocale, type Locale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { MAX_PREVIEW_ROWS, MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, type MoreProblems } from '@/lib/limits';
import { previewRow, type PreviewRow } from '@/lib/import/preview';
import { readReportFile } from '@/lib/import/xlsx';
import type { Message } from '@/lib/message';
import { PendingFiles } from '@/lib/import/pending-files';

export interface ImportState {
  stage: 'idle' | 'problems' | 'checked' | 'written' | 'denied';
  fileName: string;
  /** The first problems by row (lib/limits.ts); `more` counts the rest by field. */
  problems: { row: number; field: string; message: Message; column?: string }[];
  more: MoreProblems | null;
  rows: number;
  written: { batchId: number | null; inserted: number; corrected: number; unchanged: number } | null;
  /** The check step: every row as understood (the first MAX_PREVIEW_ROWS), and what was left out and why. */
  preview?: PreviewRow[];
  skipped?: { what: string; message: Message }[];
  /** The checked file's fingerprint (its bytes and the sheet): a confirmation sends it back, and the server writes the file it kept under it. */
  token?: string;
  /** What happened, in the language of the form's `lang` (empty while idle or denied). */
  summary?: string;
  /** When more problems than listed: how many more, by field. */
  moreText?: string | null;
}

/** The state's sentences in the reader's language (the catalogue's ImportForm namespace). */
function described(state: ImportState, locale: Locale): ImportState {
  const t = translator(locale, 'ImportForm');
  const n = (x: number) => formatNumber(x, locale);
  const w = state.written;
  let summary = '';
  if (state.stage === 'checked') summary = t('checked', { rows: n(state.rows), shown: n(state.preview?.length ?? 0) });
  else if (state.stage === 'written' && w) {
    summary = w.batchId ? t('written', { batch: w.batchId, inserted: w.inserted, corrected: w.corrected, unchanged: w.unchanged }) : t('unchanged', { unchanged: w.unchanged });
  } else if (state.stage === 'problems') summary = t('problems', { count: n(state.problems.length + (state.more?.count ?? 0)) });
  const fieldName = (field: string) => (field in FIELD_KEYS ? t(`fields.${field as keyof typeof FIELD_KEYS}`) : field);
  const moreText = state.more
    ? t('more', {
        shown: n(state.problems.length),
        count: n(state.more.count),
        kinds: Object.entries(state.more.byKind).map(([field, count]) => `${fieldName(field)}: ${n(count)}`).join('; '),
      })
    : null;
  return { ...state, summary, moreText };
}

const FIELD_KEYS = { unit: 1, metric: 1, date: 1, value: 1, correction: 1, row: 1, file: 1, header: 1, store: 1 } as const;


export async function importAction(_: ImportState, form: FormData): Promise<ImportState> {
  const lang = String(form.get('lang') ?? '');
  return described(await importFile(form), isLocale(lang) ? lang : 'vi');
}

/** Checked files waiting for their confirmation (lib/import/pending-files.ts): at most 16, for 30 minutes. */
const pending: PendingFiles = ((globalThis as { d06PendingImports?: PendingFiles }).d06PendingImports ??= new PendingFiles(16, 30 * 60_000));

async function importFile(form: FormData): Promise<ImportState> {
  const user = await currentUser();
  const empty: ImportState = { stage: 'idle', fileName: '', problems: [], more: null, rows: 0, written: null };
  if (!user || user.role === 'viewer') return { ...empty, stage: 'denied' };
  // Nothing is written before the user has seen the check: a confirmation carries the checked
  // file's token, and writes the file the server kept at that check (so it needs no script), or nothing.
  const commit = form.get('intent') === 'commit';
  let bytes: Uint8Array;
  let sheet: string;
  let fileName: string;
  if (commit) {
    const kept = pending.take(String(user.id), String(form.get('token') ?? ''));
    if (!kept) return { ...empty, stage: 'problems', problems: [{ row: 0, field: 'file', message: { vi: 'Không còn tệp đã kiểm tra (đã ghi, đã quá 30 phút, hoặc đã kiểm tra một tệp khác): bấm "Kiểm tra" lại, xem kết quả rồi mới xác nhận.', en: 'The checked file is no longer kept (written, over 30 minutes old, or another file was checked since): press "Check" again and confirm after reading the result.' } }] };
    ({ bytes, sheet, fileName } = kept);
  } else {
    const file = form.get('file');
    if (!(file instanceof File)) return { ...empty, stage: 'problems', problems: [{ row: 0, field: 'file', message: { vi: 'Chưa chọn tệp.', en: 'No file chosen.' } }] };
    // A name is the client's to choose: keep a readable part of it.
    fileName = file.name.slice(0, 200);
    if (file.size > MAX_UPLOAD_BYTES) return { ...empty, fileName, stage: 'problems', problems: [{ row: 0, field: 'file', message: UPLOAD_TOO_LARGE }] };
    bytes = new Uint8Array(await file.arrayBuffer());
    sheet = String(form.get('sheet') ?? '').trim().slice(0, 100);
  }
  const { rows, problems, more, ignoredColumns } = await readReportFile(bytes, { sheet });
  if (problems.length > 0) return { ...empty, fileName, stage: 'problems', problems, more };
  const token = previewToken(bytes, sheet);
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
  const locale = isLocale(String(form.get('lang') ?? '')) ? (String(form.get('lang')) as Locale) : 'vi';
  if (commit) return { ...empty, fileName, stage: 'written', rows: rows.length, written: outcome.written };
  const unitNames = unitDirectory(getStore()).names;
  const preview = outcome.valid.slice(0, MAX_PREVIEW_ROWS).map((v) => previewRow(v, unitNames.get(`${v.edition}:${v.unit}`) ?? '', locale));
  pending.put(String(user.id), { token, bytes, sheet, fileName });
  const skipped = [
    ...(ignoredColumns ?? []).map((c) => ({ what: c.header, message: c.message })),
    ...outcome.ignored.map((r) => ({ what: translator(locale, 'Downloads')('row', { row: r.row }), message: r.message })),
  ];
  return { ...empty, fileName, stage: 'checked', rows: outcome.valid.length, written: null, preview, skipped, token };
}
