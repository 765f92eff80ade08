'use client';
// When an upload fails before the action could answer (a body over the server's limit, sent by
// a page that skipped its own size check), say so in the reader's language instead of Next's
// "This page couldn't load", and offer to try again.
import { useSyncExternalStore } from 'react';
import { MAX_UPLOAD_BYTES } from '@/lib/limits';

const subscribe = () => () => {};
const MB = MAX_UPLOAD_BYTES / 1024 / 1024;

export default function ImportError({ reset }: { error: Error; reset: () => void }) {
  // The root layout writes the reader's language on <html lang>.
  const locale = useSyncExternalStore(subscribe, () => (document.documentElement.lang === 'en' ? 'en' : 'vi'), () => 'vi');
  const vi = locale === 'vi';
  return (
    <div role="alert" className="mx-auto max-w-5xl space-y-3 p-4 sm:p-6" data-testid="import-error">
      <h1 className="text-2xl font-bold">{vi ? 'Không nhận được tệp' : 'The file was not received'}</h1>
      <p>{vi ? `Tệp tải lên tối đa ${MB} MB; tệp lớn hơn không được nhận. Hãy kiểm tra tệp rồi thử lại.` : `Uploads are limited to ${MB} MB; larger files are not taken. Check the file and try again.`}</p>
      <button type="button" onClick={reset} className="rounded border border-slate-700 px-3 py-1.5 font-semibold">{vi ? 'Thử lại' : 'Try again'}</button>
    </div>
  );
}
