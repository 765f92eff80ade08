// Files checked on the import page and waiting for their confirmation, kept by the server so that
// "Xác nhận và ghi" needs no script (the browser need not send the file again). Bounded: one file
// per account (a new check replaces it), at most `capacity` files in all (the oldest goes first),
// each for `ttlMs`; a confirmation takes the file only with the token its check gave (the file's
// and sheet's sha256, db/import.ts previewToken), and only once.

export interface PendingFile {
  token: string;
  bytes: Uint8Array;
  sheet: string;
  fileName: string;
}

export class PendingFiles {
  private readonly files = new Map<string, PendingFile & { expires: number }>();

  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps the file an account has just checked, in place of any earlier one. */
  put(owner: string, file: PendingFile): void {
    this.sweep();
    this.files.delete(owner);
    while (this.files.size >= this.capacity) this.files.delete(this.files.keys().next().value!);
    this.files.set(owner, { ...file, expires: this.now() + this.ttlMs });
  }

  /** The account's checked file if `token` is the one its check gave and it has not expired; it is given once. */
  take(owner: string, token: string): PendingFile | null {
    this.sweep();
    const file = this.files.get(owner);
    if (!file || file.token !== token) return null;
    this.files.delete(owner);
    return { token: file.token, bytes: file.bytes, sheet: file.sheet, fileName: file.fileName };
  }

  get size(): number {
    this.sweep();
    return this.files.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [owner, file] of this.files) if (file.expires <= now) this.files.delete(owner);
  }
}
