import Link from 'next/link';

export default function NotFound() {
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
