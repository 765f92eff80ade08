'use client';
import { useActionState } from 'react';
import { importAction, type ImportState } from './actions';

const TEXT = {
  vi: {
    file: 'Tệp báo cáo (CSV UTF-8 hoặc Excel .xlsx)', check: 'Kiểm tra', commit: 'Kiểm tra và ghi', row: 'Dòng', field: 'Cột', reason: 'Lý do',
    problems: (n: number) => `${n} lỗi: không ghi gì. Sửa tệp rồi tải lên lại.`, checked: (n: number) => `${n} dòng hợp lệ. Bấm "Kiểm tra và ghi" để ghi.`,
    written: (w: NonNullable<ImportState['written']>) => w.batchId ? `Đã ghi lô ${w.batchId}: ${w.inserted} mới, ${w.corrected} điều chỉnh, ${w.unchanged} không đổi.` : `Không có gì thay đổi: ${w.unchanged} dòng đã có sẵn.`,
    denied: 'Tài khoản này không được ghi số liệu.',
    fields: { unit: 'Mã đơn vị', metric: 'Chỉ tiêu', date: 'Ngày báo cáo', value: 'Giá trị', correction: 'Lý do điều chỉnh', row: 'Cả dòng', file: 'Tệp', header: 'Tiêu đề', store: 'Kho dữ liệu' } as Record<string, string>,
  },
  en: {
    file: 'Report file (CSV UTF-8 or Excel .xlsx)', check: 'Check', commit: 'Check and write', row: 'Row', field: 'Column', reason: 'Reason',
    problems: (n: number) => `${n} problems: nothing written. Fix the file and upload it again.`, checked: (n: number) => `${n} rows valid. Press "Check and write" to write them.`,
    written: (w: NonNullable<ImportState['written']>) => w.batchId ? `Written as batch ${w.batchId}: ${w.inserted} new, ${w.corrected} corrected, ${w.unchanged} unchanged.` : `Nothing changed: all ${w.unchanged} rows were there already.`,
    denied: 'This account may not write figures.',
    fields: { unit: 'Unit', metric: 'Metric', date: 'Report date', value: 'Value', correction: 'Correction', row: 'Whole row', file: 'File', header: 'Header', store: 'Store' } as Record<string, string>,
  },
};

export function ImportForm({ locale }: { locale: 'vi' | 'en' }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, { stage: 'idle', fileName: '', problems: [], rows: 0, written: null });
  const t = TEXT[locale];
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-3" data-testid="import-form">
        <label className="flex flex-col gap-1 font-semibold">
          {t.file}
          <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required className="font-normal" />
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
            <p className="font-semibold text-red-800">{t.problems(state.problems.length)}</p>
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
