/**
 * How long the widgets wait for hosted data, and how often a page that stays
 * open checks it for changes. The defaults suit a public site; an application
 * that knows better (an intranet on a slow link, a kiosk that should follow
 * changes sooner) sets them once for the page, and so do tests.
 */
import { DEFAULT_TIMEOUT_MS } from '../core/data-limits.js';

export interface DataTiming {
  /** How long to wait for a dataset before showing the embedded default: 100 ms to 10 minutes (default 10 s). */
  readonly timeoutMs: number;
  /** How often a page that stays open checks its datasets for changes: 50 ms to a day (default an hour). */
  readonly revalidateMs: number;
}

const DEFAULT: DataTiming = { timeoutMs: DEFAULT_TIMEOUT_MS, revalidateMs: 60 * 60_000 };
const BOUNDS: Record<keyof DataTiming, readonly [number, number]> = {
  timeoutMs: [100, 10 * 60_000],
  revalidateMs: [50, 24 * 60 * 60_000],
};

let timing: DataTiming = DEFAULT;

export const dataTiming = (): DataTiming => timing;

/**
 * Sets either or both for the page (`null` goes back to the defaults). A value out of its range is refused
 * with a RangeError that names the range: the page's script learns of it, not its visitors.
 */
export function setDataTiming(next: Partial<DataTiming> | null): void {
  if (next === null) {
    timing = DEFAULT;
    return;
  }
  for (const key of Object.keys(BOUNDS) as Array<keyof DataTiming>) {
    const value = next[key];
    const [min, max] = BOUNDS[key];
    if (value !== undefined && !(Number.isFinite(value) && value >= min && value <= max)) {
      throw new RangeError(`nmt-widgets: ${key} must be from ${min} to ${max} ms, not ${String(value)}`);
    }
  }
  timing = { ...timing, ...next };
}
