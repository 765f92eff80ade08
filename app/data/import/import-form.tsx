'use client';
import { useActionState, useState, type FormEvent } from 'react';
import { importAction, type ImportState } from './actions';
import { formatNumber } from '@/lib/format';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, type MoreProblems } from '@/lib/limits';

const TEXT = {
  vi: {
    file: 'Tệp báo cáo (CSV UTF-8 hoặc Excel .xlsx)', check: 'Kiểm tra', commit: 'Kiểm tra và ghi', row: 'Dòng', field: 'Cột', reason: 'Lý do',
    problems: (n: number) => `${formatNumber(n, 'vi')} lỗi: không ghi gì. Sửa tệp rồi tải lên lại.`,
    more: (m: MoreProblems, shown: number, kinds: string) => `Chỉ liệt kê ${formatNumber(shown, 'vi')} lỗi đầu tiên; còn ${formatNumber(m.count, 'vi')} lỗi khác (${kinds}).`, checked: (n: number) => `${n} dòng hợp lệ. Bấm "Kiểm tra và ghi" để ghi.`,
    written: (w: NonNullable<ImportState['written']>) => w.batchId ? `Đã ghi lô ${w.batchId}: ${w.inserted} mới, ${w.corrected} điều chỉnh, ${w.unchanged} không đổi.` : `Không có gì thay đổi: ${w.unchanged} dòng đã có sẵn.`,
    denied: 'Tài khoản này không được ghi số liệu.',
    fields: { unit: 'Mã đơn vị', metric: 'Chỉ tiêu', date: 'Ngày báo cáo', value: 'Giá trị', correction: 'Lý do điều chỉnh', row: 'Cả dòng', file: 'Tệp', header: 'Tiêu đề', store: 'Kho dữ liệu' } as Record<string, string>,
  },
  en: {
    file: 'Report file (CSV UTF-8 or Excel .xlsx)', check: 'Check', commit: 'Check and write', row: 'Row', field: 'Column', reason: 'Reason',
    problems: (n: number) => `${formatNumber(n, 'en')} problems: nothing written. Fix the file and upload it again.`,
    more: (m: MoreProblems, shown: number, kinds: string) => `Only the first ${formatNumber(shown, 'en')} are listed; ${formatNumber(m.count, 'en')} more (${kinds}).`, checked: (n: number) => `${n} rows valid. Press "Check and write" to write them.`,
    written: (w: NonNullable<ImportState['written']>) => w.batchId ? `Written as batch ${w.batchId}: ${w.inserted} new, ${w.corrected} corrected, ${w.unchanged} unchanged.` : `Nothing changed: all ${w.unchanged} rows were there already.`,
    denied: 'This account may not write figures.',
    fields: { unit: 'Unit', metric: 'Metric', date: 'Report date', value: 'Value', correction: 'Correction', row: 'Whole row', file: 'File', header: 'Header', store: 'Store' } as Record<string, string>,
  },
};

export function ImportForm({ locale }: { locale: 'vi' | 'en' }) {
  const [served, action, pending] = useActionState<ImportState, FormData>(importAction, { stage: 'idle', fileName: '', problems: [], more: null, rows: 0, written: null });
  // A file over the limit is refused here, before it is sent (the server would refuse the body).
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const state: ImportState = tooLarge === null ? served : { stage: 'problems', fileName: tooLarge, problems: [{ row: 0, field: 'file', message: UPLOAD_TOO_LARGE }], more: null, rows: 0, written: null };
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file');
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      event.preventDefault();
      setTooLarge(file.name);
    } else setTooLarge(null);
  };
  const t = TEXT[locale];
  const total = state.problems.length + (state.more?.count ?? 0);
  return (
    <div className="space-y-4">
      <form action={action} onSubmit={checkSize} className="flex flex-wrap items-end gap-3" data-testid="import-form">
        <label className="flex flex-col gap-1 font-semibold">
          {t.file}
          <input type="file" name="file" onChange={() => setTooLarge(null)} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required className="font-normal" />
        </label>
        <button type="submit" name="intent" value="check" disabled={pending} className="rounded border border-slate-700 px-3 py-1.5 font-semibold">{t.check}</button>
        <button type="submit" name="intent" value="commit" disabled={pending} className="rounded bg-slate-900 px-3 py-1.5 font-semibold text-white">{t.commit}</button>
      </form>
      <div role="status" aria-live="polite" data-testid="import-result" data-stage={state.stage}>
        {state.stage === 'denied' && <p>{t.denied}</p>}
        {state.stage === 'checked' && <p>{t.checked(state.rows)}</p>}
        {state.stage === 'written' && state.written && <p>{t.written(state.written)}</p>}
        {state.stage === 'problems' && (
          <>
            <p className="font-semibold text-red-800">{t.problems(total)}</p>
            {state.more && (
              <p data-testid="import-more">
                {t.more(state.more, state.problems.length, Object.entries(state.more.byKind).map(([field, n]) => `${t.fields[field] ?? field}: ${formatNumber(n, locale)}`).join('; '))}
              </p>
            )}
            <table className="mt-2 border-collapse text-sm" data-testid="import-problems">
              <thead><tr><th className="px-2 text-left">{t.row}</th><th className="px-2 text-left">{t.field}</th><th className="px-2 text-left">{t.reason}</th></tr></thead>
              <tbody>
                {state.problems.map((p, i) => (
                  <tr key={i} className="border-t border-slate-200"><td className="px-2">{p.row || '—'}</td><td className="px-2">{t.fields[p.field] ?? p.field}</td><td className="px-2">{p.message[locale]}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </div>
  );
}
