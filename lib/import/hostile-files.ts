// Hostile spreadsheets, made on the spot for the tests and `npm run bench:bad-uploads`: a sheet
// declaring the whole grid, a stray cell at XFD1048576, 2,000,000 small rows, and zip bombs
// (300 MB and 1 GB of inflated text in a few hundred KB, one honest about its size, one lying).
// A minimal ZIP writer (deflate through node:zlib) builds them from a real workbook's parts.
import { constants, createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { CFB, utils, write } from '@e965/xlsx';

interface Entry {
  name: string;
  /** Deflated bytes, how many bytes they inflate to, and what the archive says they do. */
  deflated: Uint8Array;
  size: number;
  declared?: number;
  crc: number;
}

const entryOf = (name: string, content: Uint8Array): Entry => ({ name, deflated: deflateRawSync(content), size: content.length, crc: crc32(content) });

/** A ZIP archive of deflated entries, every size as stated (declared, or else the real one). */
export function zipOf(entries: readonly Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const size = e.declared ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(8, 10);
    head.writeUInt32LE(e.crc >>> 0, 16);
    head.writeUInt32LE(e.deflated.length, 20);
    head.writeUInt32LE(size, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    parts.push(local, name, e.deflated);
    central.push(head, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const centralSize = central.reduce((n, p) => n + p.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

/** The parts of a real one-sheet workbook written by SheetJS, its sheet's XML left out. */
function workbookParts(): Entry[] {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['Mã đơn vị']]), 'Báo cáo');
  const zip = CFB.read(write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { type: 'buffer' });
  return zip.FileIndex.flatMap((f: { type: number; content: unknown }, i: number) => {
    const name = zip.FullPaths[i].replace(/^Root Entry\//, '');
    if (f.type !== 2 || name === 'xl/worksheets/sheet1.xml' || name.startsWith('Sh33tJ5')) return [];
    return [entryOf(name, new Uint8Array(f.content as ArrayLike<number> as Uint8Array))];
  });
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A cell as Excel writes it: numbers as numbers, text inline. */
const cellXml = (ref: string, value: string | number) =>
  typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;

const col = (i: number) => {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/** Sheet XML from rows of cells (row 1 first), a declared dimension and extra raw XML in sheetData. */
export function sheetXml(rows: readonly (readonly (string | number)[])[], options: { dimension?: string; extra?: string } = {}): string {
  const body = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, c) => cellXml(`${col(c)}${i + 1}`, v)).join('')}</row>`).join('');
  const dimension = options.dimension ?? `A1:${col(Math.max(0, ...rows.map((r) => r.length - 1)))}${Math.max(1, rows.length)}`;
  return `${SHEET_HEAD}<dimension ref="${dimension}"/><sheetData>${body}${options.extra ?? ''}</sheetData></worksheet>`;
}

/** A workbook whose one sheet is this XML. */
export function workbookWithSheet(xml: string): Uint8Array {
  return zipOf([...workbookParts(), entryOf('xl/worksheets/sheet1.xml', new TextEncoder().encode(xml))]);
}

/** Two good report rows, as a province sends them. */
export const REPORT_ROWS: (string | number)[][] = [
  ['Mã đơn vị', 'Chỉ tiêu', 'Ngày báo cáo', 'Giá trị'],
  ['79', 'health_book_records', '2026-11-25', 4639574],
];

/** The two rows, the sheet declaring A1:XFD1048576 (the whole grid). */
export const declaredWholeGrid = () => workbookWithSheet(sheetXml(REPORT_ROWS, { dimension: 'A1:XFD1048576' }));

/** The two rows and one stray cell at XFD1048576: formatted but empty, or holding a value. */
export const strayCell = (value: boolean) =>
  workbookWithSheet(sheetXml(REPORT_ROWS, { dimension: 'A1:XFD1048576', extra: value ? `<row r="1048576">${cellXml('XFD1048576', 'x')}</row>` : '<row r="1048576"><c r="XFD1048576" s="0"/></row>' }));

/** A sheet of `rows` small rows (one number each, rows and cells numbered by their order, as the format allows). */
export function manyRows(rows: number): Uint8Array {
  const chunks: string[] = [`${SHEET_HEAD}<sheetData>`];
  for (let r = 1; r <= rows; r++) chunks.push('<row><c><v>1</v></c></row>');
  chunks.push('</sheetData></worksheet>');
  const xml = Buffer.from(chunks.join(''));
  return zipOf([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', deflated: deflateRawSync(xml, { level: 9 }), size: xml.length, crc: crc32(xml) }]);
}

/**
 * A zip bomb: a sheet whose XML is `megabytes` MB of spaces after its start, deflated in a few
 * hundred KB per 300 MB. Each MB is one fully flushed deflate block, the same bytes every time,
 * so the bomb is assembled without deflating it all. `lie`: the archive declares 1 KB for it.
 */
export async function zipBomb(megabytes: number, lie = false): Promise<Uint8Array> {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (c: Buffer) => out.push(c));
  const flushed = () => new Promise<Buffer>((resolve) => deflater.flush(constants.Z_FULL_FLUSH, () => resolve(Buffer.concat(out.splice(0)))));
  const start = Buffer.from(`${SHEET_HEAD}<sheetData>`);
  deflater.write(start);
  const head = await flushed();
  const mb = Buffer.alloc(1024 * 1024, 0x20);
  deflater.write(mb);
  const block = await flushed();
  const tail = await new Promise<Buffer>((resolve) => {
    deflater.on('end', () => resolve(Buffer.concat(out.splice(0))));
    deflater.end();
  });
  const deflated = Buffer.concat([head, ...Array.from({ length: megabytes }, () => block), tail]);
  const size = start.length + megabytes * mb.length;
  return zipOf([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', deflated, size: Math.min(size, 0xffffffff), declared: lie ? 1024 : undefined, crc: 0 }]);
}
