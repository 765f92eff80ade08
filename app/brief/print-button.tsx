'use client';
// "In" on the brief: the browser's print dialog (the page's print CSS makes it one A4 page).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-slate-500 px-3 py-1 text-sm font-semibold hover:bg-slate-100" data-testid="brief-print">
      {label}
    </button>
  );
}
