// @ts-check
// The worker thread that decodes a spreadsheet (lib/import/read-sheet.ts starts it, with a memory
// and a time limit). Plain JavaScript so that Node runs it as it is, in the server, the tests and
// the command line alike. Two phases:
//
// 1. A ZIP container (.xlsx, .ods) is measured before anything is inflated for good: the central
//    directory's declared sizes, then every entry inflated as a stream whose output is counted
//    and dropped (declared sizes can lie), stopping at a hard cap, at a ratio to the file's own
//    size, and, in a worksheet, at the first filled cell past the row, column or cell limit (its
//    XML is scanned as it streams). Nothing past these limits is ever held in memory.
// 2. SheetJS reads the sheet chosen by the main thread (which picks it among the names this
//    worker posts), in dense mode, and only the filled cells are turned into the grid: a row
//    ends at its last filled cell, the grid at the last row holding one, whatever the sheet's
//    declared range (`<dimension ref="A1:XFD1048576">`) says.
//
// Messages: in { bytes, limits } as workerData; out { type: 'names', names }, then, after
// { sheet: index } from the main thread, { type: 'grid', cells } or, at any point,
// { type: 'refused', refusal } (see Refusal in lib/import/read-sheet.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { createInflateRaw } from 'node:zlib';
import * as zlib from 'node:zlib';
import { CFB, read } from '@e965/xlsx';

/**
 * @typedef {{ rows: number, columns: number, cells: number, inflatedBytes: number, ratio: number, ratioFloorBytes: number, entries: number }} Limits
 * @typedef {{ kind: string, [key: string]: unknown }} Refusal
 */

class Refused extends Error {
  /** @param {Refusal} refusal */
  constructor(refusal) {
    super(refusal.kind);
    this.refusal = refusal;
  }
}

/** @param {number} col 0-based */
function columnName(col) {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Where the filled cells end, checked against the limits as each one is seen.
 * @param {Limits} limits
 */
function extent(limits) {
  let lastRow = -1;
  let lastCol = -1;
  let count = 0;
  return {
    /** @param {number} row 0-based @param {number} col 0-based */
    filled(row, col) {
      const cell = () => (Number.isSafeInteger(row) && Number.isSafeInteger(col) && col < 1e6 ? `${columnName(col)}${row + 1}` : '?');
      if (!(row < limits.rows)) throw new Refused({ kind: 'rows', limit: limits.rows, cell: cell() });
      if (!(col < limits.columns)) throw new Refused({ kind: 'columns', limit: limits.columns, cell: cell() });
      if (++count > limits.cells) throw new Refused({ kind: 'cells', limit: limits.cells });
      if (row > lastRow) lastRow = row;
      if (col > lastCol) lastCol = col;
    },
    get lastRow() {
      return lastRow;
    },
  };
}

/**
 * Scans a worksheet's XML (SpreadsheetML) as it streams, for its filled cells: a cell counts as
 * filled when it holds a value, a formula or an inline string (SheetJS skips the others). Rows
 * and cells without an `r` follow the one before, as in SheetJS.
 * @param {ReturnType<typeof extent>} seen
 */
function worksheetScanner(seen) {
  const decoder = new TextDecoder('utf-8');
  const tags = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(row|c|v|f|is)(?=[\s/>])([^>]*)>/g;
  let carry = '';
  let row = -1;
  let col = -1;
  /** @type {{ row: number, col: number } | null} */
  let open = null;
  let filled = false;
  /** @param {string} text */
  const scan = (text) => {
    tags.lastIndex = 0;
    for (let m = tags.exec(text); m; m = tags.exec(text)) {
      const [, closing, name, attrs] = m;
      const selfClosing = attrs.endsWith('/');
      if (name === 'row' && !closing) {
        const r = /\br=["'](\d+)["']/.exec(attrs);
        row = r ? Number(r[1]) - 1 : row + 1;
        col = -1;
      } else if (name === 'c' && !closing) {
        const r = /\br=["']([A-Za-z]*)(\d*)["']/.exec(attrs);
        if (r && r[1]) {
          let c = 0;
          for (const ch of r[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
          col = c - 1;
        } else col += 1;
        const cellRow = r && r[2] ? Number(r[2]) - 1 : row;
        open = selfClosing ? null : { row: cellRow, col };
        filled = false;
      } else if (name === 'c' && closing) {
        if (open && filled) seen.filled(open.row, open.col);
        open = null;
      } else if (!closing && !selfClosing && open) filled = true; // <v>, <f>, <is>
    }
  };
  return {
    /** @param {Uint8Array} chunk */
    push(chunk) {
      const text = carry + decoder.decode(chunk, { stream: true });
      const end = text.lastIndexOf('>') + 1;
      scan(text.slice(0, end));
      const rest = text.slice(end);
      const lt = rest.lastIndexOf('<');
      carry = lt < 0 ? '' : rest.slice(lt);
      if (carry.length > 1 << 20) throw new Refused({ kind: 'damaged' });
    },
    end() {
      scan(carry + decoder.decode());
    },
  };
}

/**
 * The entries of a ZIP archive as SheetJS's reader (cfb's parse_zip) finds them: from the end of
 * central directory record, each central entry's sizes and its local header's data offset.
 * @param {Uint8Array} bytes
 */
function zipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && !(bytes[eocd] === 0x50 && bytes[eocd + 1] === 0x4b && bytes[eocd + 2] === 0x05 && bytes[eocd + 3] === 0x06)) eocd--;
  if (eocd < 0) throw new Refused({ kind: 'damaged' });
  const count = view.getUint16(eocd + 8, true);
  let at = view.getUint32(eocd + 16, true);
  /** @type {{ name: string, method: number, declared: number, compressed: number, data: number }[]} */
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length) throw new Refused({ kind: 'damaged' });
    const method = view.getUint16(at + 10, true);
    let compressed = view.getUint32(at + 20, true);
    let declared = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64: the sizes are 64-bit in the extra field (tag 1) when the 32-bit ones are all ones.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
      const tag = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (tag === 1 && size >= 16) {
        declared = Number(view.getBigUint64(e + 4, true));
        compressed = Number(view.getBigUint64(e + 12, true));
      }
      e += 4 + size;
    }
    if (local + 30 > bytes.length) throw new Refused({ kind: 'damaged' });
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, declared, compressed, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const MB = 1024 * 1024;

/**
 * Refuses a ZIP archive that would inflate past the limits, before SheetJS inflates it.
 * @param {Uint8Array} bytes
 * @param {Limits} limits
 */
async function measureZip(bytes, limits) {
  const entries = zipEntries(bytes);
  if (entries.length > limits.entries) throw new Refused({ kind: 'entries', limit: limits.entries });
  const budget = Math.min(limits.inflatedBytes, Math.max(limits.ratioFloorBytes, limits.ratio * bytes.length));
  const over = (/** @type {string} */ name) =>
    new Refused(budget < limits.inflatedBytes ? { kind: 'ratio', name, ratio: limits.ratio, limitMb: Math.round(budget / MB) } : { kind: 'inflated', name, limitMb: Math.round(limits.inflatedBytes / MB) });
  // What the archive says of itself first: a whole that declares more than the cap is refused
  // unread. (The ratio is checked on what really inflates: a sheet of 2,000,000 tiny rows is
  // refused for its rows, found while streaming, rather than for its size.)
  let declared = 0;
  for (const e of entries) {
    declared += e.declared;
    if (declared > limits.inflatedBytes) throw new Refused({ kind: 'inflated', name: e.name, limitMb: Math.round(limits.inflatedBytes / MB) });
  }
  // The worksheets first, so that a sheet past the row limit is refused for that.
  const isSheet = (/** @type {string} */ name) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
  let total = 0;
  for (const e of [...entries.filter((x) => isSheet(x.name)), ...entries.filter((x) => !isSheet(x.name))]) {
    const sheet = isSheet(e.name) ? worksheetScanner(extent(limits)) : null;
    if (e.method === 0) {
      total += e.compressed;
      if (total > budget) throw over(e.name);
      if (sheet) {
        sheet.push(bytes.subarray(e.data, e.data + e.compressed));
        sheet.end();
      }
      continue;
    }
    if (e.method !== 8) throw new Refused({ kind: 'damaged' });
    // Inflated as a stream: each chunk is counted (and scanned), then dropped.
    await new Promise((resolve, reject) => {
      const inflate = createInflateRaw();
      let failed = false;
      /** @param {unknown} error */
      const fail = (error) => {
        if (failed) return;
        failed = true;
        inflate.destroy();
        reject(error instanceof Refused ? error : new Refused({ kind: 'damaged' }));
      };
      inflate.on('data', (/** @type {Buffer} */ chunk) => {
        if (failed) return;
        total += chunk.length;
        if (total > budget) return fail(over(e.name));
        try {
          sheet?.push(chunk);
        } catch (error) {
          fail(error);
        }
      });
      inflate.on('error', fail);
      inflate.on('end', () => {
        if (failed) return;
        try {
          sheet?.end();
          resolve(undefined);
        } catch (error) {
          fail(error);
        }
      });
      // As SheetJS does: from the entry's data to the archive's end; the stream stops itself.
      inflate.end(bytes.subarray(e.data));
    });
  }
}

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/**
 * A SheetJS cell as the layout reader takes it: dates as YYYY-MM-DD (SheetJS makes them at local
 * midnight), numbers as numbers, the rest as text; null when the cell holds nothing.
 * @param {any} cell
 * @returns {string | number | null}
 */
function valueOf(cell) {
  if (!cell) return null;
  const v = cell.v;
  if (v instanceof Date) return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  if (typeof v === 'number') return v;
  if (cell.t === 'e') return String(cell.w ?? '');
  if (v === undefined || v === null || v === '') return null;
  return String(v);
}

/**
 * The grid of a dense SheetJS sheet: only the filled cells are visited (the keys of its sparse
 * arrays, never the declared range), each row up to its last filled cell, rows up to the last one
 * holding any.
 * @param {any} sheet
 * @param {Limits} limits
 */
function gridOf(sheet, limits) {
  const seen = extent(limits);
  /** @type {[number, [number, string | number][]][]} */
  const found = [];
  const data = /** @type {any[]} */ (sheet?.['!data'] ?? []);
  for (const r of Object.keys(data)) {
    const row = Number(r);
    const cells = data[row];
    if (!Number.isInteger(row) || !cells) continue;
    /** @type {[number, string | number][]} */
    const kept = [];
    for (const c of Object.keys(cells)) {
      const col = Number(c);
      const value = Number.isInteger(col) ? valueOf(cells[col]) : null;
      if (value === null) continue;
      seen.filled(row, col);
      kept.push([col, value]);
    }
    if (kept.length > 0) found.push([row, kept]);
  }
  /** @type {(string | number)[][]} */
  const grid = Array.from({ length: seen.lastRow + 1 }, () => []);
  for (const [row, kept] of found) {
    const out = grid[row];
    for (const [col, value] of kept) {
      while (out.length < col) out.push('');
      out[col] = value;
    }
  }
  return grid;
}

/** @param {Uint8Array} bytes */
const isZip = (bytes) => bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

async function main() {
  const port = parentPort;
  if (!port) return;
  /** @type {{ bytes: Uint8Array, limits: Limits }} */
  const { bytes, limits } = workerData;
  try {
    if (isZip(bytes)) await measureZip(bytes, limits);
    // Measured: SheetJS may now inflate, with zlib rather than its own slower JavaScript inflate.
    process.noDeprecation = true; // SheetJS asks zlib for bytesRead
    CFB.utils.use_zlib(zlib);
    /** @type {string[]} */
    let names;
    try {
      names = read(bytes, { type: 'array', bookSheets: true }).SheetNames ?? [];
    } catch {
      throw new Refused({ kind: 'damaged' });
    }
    port.postMessage({ type: 'names', names });
    /** @type {number} */
    const index = await new Promise((resolve) => port.once('message', (m) => resolve(m.sheet)));
    let book;
    try {
      book = read(bytes, { type: 'array', dense: true, cellDates: true, nodim: true, sheets: index, sheetRows: limits.rows + 1 });
    } catch {
      throw new Refused({ kind: 'damaged' });
    }
    port.postMessage({ type: 'grid', cells: gridOf(book.Sheets[names[index]], limits) });
  } catch (error) {
    if (error instanceof Refused) port.postMessage({ type: 'refused', refusal: error.refusal });
    else port.postMessage({ type: 'refused', refusal: { kind: 'damaged' } });
  }
}

await main();
