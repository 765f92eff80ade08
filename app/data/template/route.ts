// GET /data/template: the report file template, with Vietnamese headers and two example rows.
import { TEMPLATE_CSV } from '@/lib/observation-file';

export function GET(): Response {
  return new Response(TEMPLATE_CSV, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="mau-bao-cao-de-an-06.csv"' },
  });
}
