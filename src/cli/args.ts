/** Parsed command line of the classify tool. */
export interface CliArgs {
  file: string;
  /** Boundary ids to test against; undefined means all. */
  boundaries?: string[];
  format: OutputFormat;
  /** Use the full-resolution boundaries (geodata/boundaries-full.topo.json). */
  full: boolean;
  /**
   * Worker threads for CSV in, CSV out; 1 is the single-threaded papaparse path. Undefined: one per core
   * for files of 4 MB or more, else 1.
   */
  threads?: number;
}

export type OutputFormat = 'json' | 'csv' | 'geojson';

export const USAGE =
  'usage: npm run --silent classify -- FILE [--boundaries id1,id2] [--format json|csv|geojson] [--full] [--threads N]';

/** Parses argv (without node and the script); returns the arguments or a one-line error. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } | { help: true } {
  let file: string | undefined;
  let boundaries: string[] | undefined;
  let format: string = 'json';
  let full = false;
  let threads: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag === '--boundaries') {
      const v = value();
      if (!v) return { error: '--boundaries needs a comma-separated list of ids' };
      boundaries = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (flag === '--format') {
      format = value() ?? '';
    } else if (flag === '--threads') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 1) return { error: '--threads needs a whole number of at least 1' };
      threads = v;
    } else if (flag === '--full') {
      full = true;
    } else if (flag.startsWith('-') && flag !== '-') {
      return { error: `unknown option ${flag}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { error: `unexpected argument ${arg}` };
    }
  }
  if (!file) return { error: `no input file (${USAGE})` };
  if (format !== 'json' && format !== 'csv' && format !== 'geojson') {
    return { error: `unknown output format "${format}" (json, csv or geojson)` };
  }
  return { file, boundaries, format, full, ...(threads !== undefined && { threads }) };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
