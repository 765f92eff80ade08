// The leader's brief (lib/brief.ts briefDocument) as a one-page A4 PDF, written by pdfkit on the
// server: no browser needed. The fonts are passed in (app/brief/pdf/route.ts reads the TTFs the
// project ships in assets/fonts: DejaVu Sans covers Vietnamese). Status is an icon, a word and a
// colour, as on screen. Sizes are chosen so that the longest brief (six lagging lines of three
// provinces, six actions of 150 characters) stays on one page; the test reads the pages back.
import PDFDocument from 'pdfkit';
import type { BriefDocument } from './brief';
import type { Status } from '@/lib/status';

export interface BriefFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The status colours of components/status.tsx (3:1 or more on white) and their icons. */
const STATUS_COLOUR: Record<Status, string> = { done: '#1d4f91', on_track: '#0b7a5c', at_risk: '#a35c00', behind: '#b3261e', no_data: '#6b7280' };
const STATUS_ICON: Record<Status, string> = { done: '✓', on_track: '●', at_risk: '▲', behind: '▼', no_data: '–' };

const MM = 72 / 25.4;
const MARGIN = 14 * MM;

export function briefPdf(doc: BriefDocument, fonts: BriefFonts): Promise<Uint8Array> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `${doc.title} — ${doc.subtitle}` }, autoFirstPage: true, bufferPages: false });
  pdf.registerFont('regular', Buffer.from(fonts.regular));
  pdf.registerFont('bold', Buffer.from(fonts.bold));
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });

  const width = pdf.page.width - 2 * MARGIN;
  const left = MARGIN;
  const ink = '#0f172a';
  const muted = '#334155';
  const heading = (text: string) => {
    pdf.moveDown(0.6).font('bold').fontSize(11.5).fillColor(ink).text(text, left, undefined, { width });
    pdf.moveDown(0.2);
  };

  pdf.font('bold').fontSize(17).fillColor(ink).text(doc.title, left, MARGIN, { width });
  pdf.font('regular').fontSize(10).fillColor(muted).text(doc.subtitle, { width });
  pdf.text(doc.sinceNote, { width });
  if (doc.illustrative) pdf.fillColor('#78350f').text(doc.illustrative, { width });

  // The six figures: a table of aligned columns.
  heading(doc.figuresTitle);
  const cols = [0.34, 0.17, 0.11, 0.22, 0.16].map((f) => f * width);
  const xs = cols.map((_, i) => left + cols.slice(0, i).reduce((a, b) => a + b, 0));
  const row = (cells: string[], opts: { bold?: boolean; status?: Status } = {}) => {
    const y = pdf.y;
    let bottom = y;
    cells.forEach((cell, i) => {
      const right = i === 1 || i === 2 || i === 4;
      pdf.font(opts.bold ? 'bold' : 'regular').fontSize(9.5).fillColor(i === 3 && opts.status ? STATUS_COLOUR[opts.status] : ink);
      pdf.text(cell, xs[i] + (i === 0 ? 0 : 4), y, { width: cols[i] - 4, align: right ? 'right' : 'left' });
      bottom = Math.max(bottom, pdf.y);
    });
    pdf.y = bottom + 2;
    pdf.moveTo(left, pdf.y - 1).lineTo(left + width, pdf.y - 1).lineWidth(0.4).strokeColor('#cbd5e1').stroke();
  };
  row([doc.head.metric, doc.head.value, doc.head.pct, doc.head.status, doc.head.change], { bold: true });
  for (const f of doc.figures) {
    row([f.name, f.value, f.pct, `${STATUS_ICON[f.status]} ${f.statusLabel}`, f.change ?? '—'], { status: f.status });
  }

  heading(doc.laggingTitle);
  for (const l of doc.lagging) {
    pdf.font('bold').fontSize(9.5).fillColor(ink).text(`${l.metric}: `, left, undefined, { width, continued: true });
    pdf.font('regular').text(l.provinces);
    pdf.moveDown(0.15);
  }

  if (doc.completeness) {
    heading(doc.completeness.title);
    pdf.font('regular').fontSize(9.5).fillColor(ink).text(doc.completeness.text, left, undefined, { width });
  }

  heading(doc.actionsTitle);
  pdf.font('regular').fontSize(9.5).fillColor(ink).text(doc.actionsSummary, left, undefined, { width });
  pdf.moveDown(0.2);
  const aCols = [0.14, 0.13, 0.73].map((f) => f * width);
  for (const a of doc.actions) {
    const y = pdf.y;
    pdf.font(a.overdue ? 'bold' : 'regular').fontSize(9).fillColor(a.overdue ? STATUS_COLOUR.behind : ink).text(`${a.overdue ? '! ' : ''}${a.state}`, left, y, { width: aCols[0] - 4 });
    let bottom = pdf.y;
    pdf.font('regular').fillColor(ink).text(a.due, left + aCols[0], y, { width: aCols[1] - 4 });
    bottom = Math.max(bottom, pdf.y);
    pdf.font('bold').text(`${a.province}: `, left + aCols[0] + aCols[1], y, { width: aCols[2], continued: true });
    pdf.font('regular').text(a.text);
    pdf.y = Math.max(bottom, pdf.y) + 3;
  }
  if (doc.moreActions) pdf.font('regular').fontSize(9).fillColor(muted).text(doc.moreActions, left, undefined, { width });

  // The footer sits in the bottom margin: lift the margin so that pdfkit does not start a page for it.
  pdf.page.margins.bottom = 0;
  pdf.font('regular').fontSize(8).fillColor(muted).text(doc.footer, left, pdf.page.height - MARGIN + 4, { width, lineBreak: false });
  pdf.end();
  return done;
}
