import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Đề án 06 — Bảng theo dõi tiến độ',
  description:
    'Theo dõi tiến độ Đề án 06 theo từng tỉnh, thành phố / Project 06 progress by province',
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="vi">
      <body className="font-sans antialiased">{children}</body>
    </html>
  );
}
