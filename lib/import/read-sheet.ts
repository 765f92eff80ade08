// Decoding a spreadsheet file (.xlsx; .xls and .ods by the same path) off the request's thread:
// a worker (lib/import/sheet-worker.mjs) with a heap limit and a time limit measures a ZIP
// container before inflating it and reads only the sheet's filled cells (lib/limits.ts). One file
// is read at a time; a few more wait their turn; past that, or past a limit, the file is refused
// with the reason in both languages.
//
// THE INTERFACE between decoding and layout (lib/import/layout.ts reads the grid):
//   readSheet(bytes, { sheet }) → Promise<SheetRead>
//   - { ok: true, cells, sheetNames, sheet }: `cells` are the chosen sheet's rows from its first
//     row (index 0 is row 1) to the last row holding a filled cell; each row runs to its own last
//     filled cell (rows may differ in length: a missing cell is empty), an empty cell inside a row
//     is ''. Numbers stay numbers, date cells are 'YYYY-MM-DD' text, the rest is text.
//     `sheetNames` are the workbook's sheets in order, `sheet` the one read: the first, or the one
//     named by `sheet` (compared by lib/names.ts nameKey).
//   - { ok: false, problem }: the file is refused (row 0, field 'file'), the message says why.
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { formatNumber } from '../format';
import {
  MAX_INFLATE_FLOOR_BYTES,
  MAX_INFLATE_RATIO,
  MAX_INFLATED_BYTES,
  MAX_SHEET_CELLS,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  MAX_ZIP_ENTRIES,
  SHEET_READER_HEAP_MB,
  SHEET_READER_QUEUE,
  SHEET_READER_SECONDS,
} from '../limits';
import { nameKey } from '../names';
import type { Cell, FileProblem } from './layout';
import type { Message } from '../message';

export type SheetRead = { ok: true; cells: Cell[][]; sheetNames: string[]; sheet: string } | { ok: false; problem: FileProblem };

/** Why the worker refused a file (lib/import/sheet-worker.mjs). */
type Refusal =
  | { kind: 'rows' | 'columns'; limit: number; cell: string }
  | { kind: 'cells' | 'entries'; limit: number }
  | { kind: 'inflated'; name: string; limitMb: number }
  | { kind: 'ratio'; name: string; ratio: number; limitMb: number }
  | { kind: 'damaged' | 'memory' | 'time' | 'busy' };

const vi = (n: number) => formatNumber(n, 'vi');
const en = (n: number) => formatNumber(n, 'en');

/** A refusal in both languages. */
export function refusalText(r: Refusal): Message {
  switch (r.kind) {
    case 'rows':
      return {
        vi: `Trang tính có ô chứa dữ liệu ở ${r.cell}, quá giới hạn ${vi(r.limit)} dòng: xóa các ô thừa (kể cả ô lỡ gõ ở xa) hoặc chia thành nhiều tệp.`,
        en: `The sheet has a filled cell at ${r.cell}, past the limit of ${en(r.limit)} rows: delete the stray cells (a slip of the keyboard far down too) or split the file.`,
      };
    case 'columns':
      return {
        vi: `Trang tính có ô chứa dữ liệu ở ${r.cell}, quá giới hạn ${vi(r.limit)} cột: xóa các cột thừa.`,
        en: `The sheet has a filled cell at ${r.cell}, past the limit of ${en(r.limit)} columns: delete the extra columns.`,
      };
    case 'cells':
      return { vi: `Trang tính có hơn ${vi(r.limit)} ô chứa dữ liệu: hãy chia thành nhiều tệp.`, en: `The sheet has more than ${en(r.limit)} filled cells: split it into several files.` };
    case 'entries':
      return { vi: `Tệp nén chứa hơn ${vi(r.limit)} tệp con: không phải một bảng tính báo cáo.`, en: `The archive holds more than ${en(r.limit)} files: not a report workbook.` };
    case 'inflated':
      return {
        vi: `Tệp nén sẽ giải nén ra hơn ${vi(r.limitMb)} MB (phần "${r.name}"): bị từ chối trước khi giải nén.`,
        en: `The compressed file would inflate to more than ${en(r.limitMb)} MB (part "${r.name}"): refused before inflating it.`,
      };
    case 'ratio':
      return {
        vi: `Tệp nén sẽ giải nén ra hơn ${vi(r.ratio)} lần kích thước của nó (quá ${vi(r.limitMb)} MB, phần "${r.name}"): bị từ chối trước khi giải nén.`,
        en: `The compressed file would inflate to more than ${en(r.ratio)} times its own size (over ${en(r.limitMb)} MB, part "${r.name}"): refused before inflating it.`,
      };
    case 'memory':
      return {
        vi: `Đọc tệp này cần hơn ${vi(SHEET_READER_HEAP_MB)} MB bộ nhớ: hãy chia thành nhiều tệp nhỏ hơn.`,
        en: `Reading this file needs more than ${en(SHEET_READER_HEAP_MB)} MB of memory: split it into smaller files.`,
      };
    case 'time':
      return {
        vi: `Đọc tệp này mất hơn ${vi(SHEET_READER_SECONDS)} giây: hãy chia thành nhiều tệp nhỏ hơn.`,
        en: `Reading this file takes more than ${en(SHEET_READER_SECONDS)} seconds: split it into smaller files.`,
      };
    case 'busy':
      return { vi: 'Máy chủ đang đọc nhiều tệp khác: hãy gửi lại sau một phút.', en: 'The server is reading many other files: send it again in a minute.' };
    case 'damaged':
      return { vi: 'Không đọc được tệp bảng tính: tệp hỏng, cắt cụt hoặc không phải bảng tính.', en: 'The spreadsheet cannot be read: damaged, truncated or not a spreadsheet.' };
  }
}

const refused = (r: Refusal | Message): SheetRead => ({ ok: false, problem: { row: 0, field: 'file', message: 'kind' in r ? refusalText(r) : r } });

/** The worker's file, from the app's folder (where `next start`, the tests and the scripts run). */
const WORKER_FILE = path.join(process.cwd(), 'lib', 'import', 'sheet-worker.mjs');

// One file read at a time (each worker may take SHEET_READER_HEAP_MB), the next ones in order.
let running = false;
const waiting: (() => void)[] = [];

async function turn(): Promise<boolean> {
  if (!running) return (running = true);
  if (waiting.length >= SHEET_READER_QUEUE) return false;
  await new Promise<void>((resolve) => waiting.push(resolve));
  return true;
}

function done(): void {
  const next = waiting.shift();
  if (next) next();
  else running = false;
}

export async function readSheet(bytes: Uint8Array, choice: { sheet?: string } = {}): Promise<SheetRead> {
  if (!(await turn())) return refused({ kind: 'busy' });
  try {
    return await inWorker(bytes, choice.sheet?.trim() ?? '');
  } finally {
    done();
  }
}

function inWorker(bytes: Uint8Array, wanted: string): Promise<SheetRead> {
  const limits = {
    rows: MAX_SHEET_ROWS,
    columns: MAX_SHEET_COLUMNS,
    cells: MAX_SHEET_CELLS,
    inflatedBytes: MAX_INFLATED_BYTES,
    ratio: MAX_INFLATE_RATIO,
    ratioFloorBytes: MAX_INFLATE_FLOOR_BYTES,
    entries: MAX_ZIP_ENTRIES,
  };
  return new Promise<SheetRead>((resolve) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { bytes, limits },
      resourceLimits: { maxOldGenerationSizeMb: SHEET_READER_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    let names: string[] = [];
    let settled = false;
    const finish = (result: SheetRead) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(refused({ kind: 'time' })), SHEET_READER_SECONDS * 1000);
    worker.on('message', (m: { type: 'names'; names: string[] } | { type: 'grid'; cells: Cell[][] } | { type: 'refused'; refusal: Refusal }) => {
      if (m.type === 'refused') return finish(refused(m.refusal));
      if (m.type === 'grid') return finish({ ok: true, cells: m.cells, sheetNames: names, sheet: names[index] });
      names = m.names;
      if (names.length === 0) return finish(refused({ kind: 'damaged' }));
      index = wanted === '' ? 0 : names.findIndex((n) => nameKey(n) === nameKey(wanted));
      if (index < 0) {
        const list = names.map((n) => `"${n}"`).join(', ');
        return finish(refused({ vi: `Tệp không có trang tính "${wanted}": có ${list}.`, en: `The workbook has no sheet "${wanted}": it has ${list}.` }));
      }
      worker.postMessage({ sheet: index });
    });
    let index = 0;
    worker.on('error', (error: Error & { code?: string }) => finish(refused({ kind: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'damaged' })));
    worker.on('exit', () => finish(refused({ kind: 'damaged' })));
  });
}
