// Placeholder server component; replaced by the real dashboard.
export default function HomePage() {
  return (
    <main className="mx-auto max-w-5xl p-8">
      <h1 className="text-3xl font-bold">Đề án 06</h1>
      <p className="mt-2 text-gray-600">Bảng theo dõi tiến độ theo tỉnh, thành phố.</p>
    </main>
  );
}
