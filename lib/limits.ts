// Bounds on what any way in may make the server hold or show: how many problems are listed,
// how long a free text may be, how large an upload may be. One home for each limit; pure, so
// the entry form's live checks use the same ones in the browser.
import { formatNumber } from './format';
import type { Message } from './message';

/** Problems listed per file or batch; the rest are only counted, by kind (the field). */
export const MAX_PROBLEMS = 200;

/** Correction reasons, target notes and every other free text: at most this many characters. */
export const MAX_TEXT_CHARS = 500;

/** A progress note on an action: a few paragraphs. */
export const MAX_NOTE_CHARS = 2000;

/** A meeting's title and place: a line, not a paragraph. */
export const MAX_TITLE_CHARS = 200;

/** Report files on the import page (next.config.js: the server action's body limit). */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/**
 * A spreadsheet's extent (lib/import/read-sheet.ts): the last filled cell may lie at most this
 * many rows down and columns across, and a sheet holds at most this many filled cells. Cells past
 * the last filled one are never read, whatever range the sheet declares. A CSV file holds at most
 * as many lines.
 */
export const MAX_SHEET_ROWS = 200_000;
export const MAX_SHEET_COLUMNS = 256;
export const MAX_SHEET_CELLS = 2_000_000;

/**
 * A compressed workbook (.xlsx, .ods) may inflate to at most this many bytes in all, and to at
 * most MAX_INFLATE_RATIO times its own size once past MAX_INFLATE_FLOOR_BYTES (real workbooks
 * inflate 3 to 20 times); a ZIP archive holds at most MAX_ZIP_ENTRIES files.
 */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;
export const MAX_INFLATE_RATIO = 200;
export const MAX_INFLATE_FLOOR_BYTES = 16 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 10_000;

/** The worker that reads a spreadsheet: its heap, its time, and how many files may wait for it. */
export const SHEET_READER_HEAP_MB = 256;
export const SHEET_READER_SECONDS = 60;
export const SHEET_READER_QUEUE = 16;

/**
 * The most a post of the import form may carry (the file and the form's other fields): next.config.js
 * gives server actions '9mb'. A larger post sent without the page's script is turned back by
 * proxy.ts to /data/import?upload=too-large, which shows UPLOAD_TOO_LARGE.
 */
export const MAX_UPLOAD_BODY_BYTES = 9 * 1024 * 1024;
export const UPLOAD_REFUSED_PARAM = 'upload';

/** Said of a larger file, by the page before sending it and by the server should it arrive. */
export const UPLOAD_TOO_LARGE: Message = {
  vi: `Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: hãy chia thành nhiều tệp nhỏ hơn.`,
  en: `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: split it into smaller files.`,
};

/** The problems not listed: how many, and how many of each kind. */
export interface MoreProblems {
  count: number;
  byKind: Record<string, number>;
}

interface Located {
  row: number;
  field: string;
}

/**
 * Collects problems and keeps only the first MAX_PROBLEMS by row (in the order they came within
 * a row), counting the others by kind. Its memory stays bounded whatever the input holds.
 */
export class ProblemList<P extends Located> {
  private readonly kept: P[] = [];
  private readonly dropped = new Map<string, number>();
  private droppedCount = 0;

  constructor(private readonly limit: number = MAX_PROBLEMS) {}

  /** Every problem seen, listed or not. */
  get length(): number {
    return this.kept.length + this.droppedCount;
  }

  push(...problems: P[]): number {
    for (const p of problems) this.add(p);
    return this.length;
  }

  private add(p: P): void {
    if (this.kept.length >= this.limit) {
      const last = this.kept[this.kept.length - 1];
      if (p.row >= last.row) return this.count(p);
      this.kept.pop();
      this.count(last);
    }
    // After every problem of the same or an earlier row: most come in row order, so this is quick.
    let at = this.kept.length;
    while (at > 0 && this.kept[at - 1].row > p.row) at--;
    this.kept.splice(at, 0, p);
  }

  private count(p: P): void {
    this.droppedCount++;
    this.dropped.set(p.field, (this.dropped.get(p.field) ?? 0) + 1);
  }

  /** The listed problems (by row) and what was left out, or null when nothing was. */
  result(): { problems: P[]; more: MoreProblems | null } {
    return {
      problems: [...this.kept],
      more: this.droppedCount === 0 ? null : { count: this.droppedCount, byKind: Object.fromEntries([...this.dropped].sort((a, b) => b[1] - a[1])) },
    };
  }
}

/** Characters (code points) of a text. */
function characters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) {
    const high = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) i++; // a surrogate pair is one character
  }
  return n;
}

/** The one rule for free texts: null when `text` fits, else the reason, naming what it is. */
export function textTooLong(text: string, what: Message, max: number = MAX_TEXT_CHARS): Message | null {
  if (text.length <= max) return null;
  const n = characters(text);
  if (n <= max) return null;
  return {
    vi: `${what.vi} dài ${formatNumber(n, 'vi')} ký tự: tối đa ${formatNumber(max, 'vi')} ký tự.`,
    en: `${what.en} is ${formatNumber(n, 'en')} characters long: at most ${formatNumber(max, 'en')} are allowed.`,
  };
}

/** Rows the import page's check step lists (the command line's dry run prints them all). */
export const MAX_PREVIEW_ROWS = 2_000;

/** The most rows an audit-trail download holds (the newest first); the page says so beside its links. */
export const MAX_AUDIT_EXPORT_ROWS = 10_000;
