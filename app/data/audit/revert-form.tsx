'use client';
import { useActionState } from 'react';
import { revertAction, type RevertState } from './actions';

export function RevertForm({ batchId, label }: { batchId: number; label: string }) {
  const [state, action, pending] = useActionState<RevertState, FormData>(revertAction, { ok: false, message: null });
  return (
    <form action={action} onSubmit={(e) => { if (!window.confirm(`${label} ${batchId}?`)) e.preventDefault(); }}>
      <input type="hidden" name="batch" value={batchId} />
      <button type="submit" disabled={pending} className="rounded border border-slate-600 px-2 py-0.5 text-xs">{label}</button>
      {state.message && <span role="status" className={state.ok ? 'ml-2 text-green-900' : 'ml-2 text-red-800'}>{state.message}</span>}
    </form>
  );
}
