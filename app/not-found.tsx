// A page that does not exist. A province or commune page asked for directly whose unit does not
// exist comes here from proxy.ts (with status 404), which says which: that page's own not-found,
// in the HTML itself, for readers without script too.
import { headers } from 'next/headers';
import Link from 'next/link';
import { NOT_FOUND_HEADER } from './not-found-kind';
import CommuneNotFound from './provinces/[code]/communes/[commune]/not-found';
import ProvinceNotFound from './provinces/province-not-found';

export default async function NotFound() {
  const missing = (await headers()).get(NOT_FOUND_HEADER);
  if (missing === 'commune') return <CommuneNotFound />;
  if (missing === 'province') return <ProvinceNotFound />;
  return (
    <main className="mx-auto max-w-5xl p-8">
      <h1 className="text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-1 text-gray-600" lang="en">
        Page not found
      </p>
      <Link href="/" className="mt-4 inline-block text-blue-700 underline">
        Về trang chủ <span lang="en">/ Back to home</span>
      </Link>
    </main>
  );
}
