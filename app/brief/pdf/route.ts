// GET /brief/pdf?date=&lang=: the leader's brief as a one-page A4 PDF, the same words as /brief
// (app/brief/brief-data.ts), written on the server by pdfkit with the fonts the project ships
// (assets/fonts, DejaVu Sans: it covers Vietnamese). No browser is needed at run time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBrief } from '../brief-data';
import { readerRefusal } from '@/app/api/v1/responses';
import { getStore } from '@/db/store/client';
import { briefPdf, type BriefFonts } from '@/lib/brief/brief-pdf';
import { vietnamDate } from '@/lib/dates';
import { asLocale } from '@/lib/view/params';
import { translator } from '@/lib/i18n/i18n';

export const dynamic = 'force-dynamic';

let fonts: BriefFonts | null = null;
function briefFonts(): BriefFonts {
  fonts ??= {
    regular: readFileSync(path.join(process.cwd(), 'assets', 'fonts', 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(process.cwd(), 'assets', 'fonts', 'DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

export async function GET(request: Request): Promise<Response> {
  const store = getStore();
  const refusal = readerRefusal(request, store);
  if (refusal) return refusal;
  const url = new URL(request.url);
  const locale = asLocale(url.searchParams.get('lang') ?? undefined) ?? 'vi';
  const { document, asOf } = loadBrief(store, { date: url.searchParams.get('date') ?? undefined, locale, today: vietnamDate(new Date()) });
  const bytes = await briefPdf(document, briefFonts());
  return new Response(new Blob([bytes.slice().buffer]), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${translator(locale, 'Downloads')('briefFile')}-de-an-06-${asOf}.pdf"`,
      'Cache-Control': 'no-store',
    },
  });
}
