/** Line ends the fast path reads. */
export type Newline = '\n' | '\r\n';

/** Where a CSV file's values are, for the fast path: fixed by its header. */
export interface ChunkLayout {
  /** Number of header columns. */
  columns: number;
  lonColumn: number;
  latColumn: number;
  /** The id column, or -1. */
  idColumn: number;
  newline: Newline;
}
