/**
 * The plan's periods and tasks as the task tables give them, before keys and dates: every table
 * (and heading between tables) adds to one `Drafts`, in document order.
 */
import type { Location } from '../i18n/location';
import { asciiFold } from '../text/normalize';

export interface DraftTask {
  no: number | null;
  content: string[];
  owners: string[];
  support: string[];
  when: string[];
  note: string[];
  at: Location;
  /** The topic heading the task stands under ("CÔNG TÁC TUYÊN TRUYỀN"), set when it is added. */
  group?: string;
}

/** Where a period came from: a row of a table, a paragraph between tables, a period column. */
export type PeriodSource = 'row' | 'heading' | 'column';

export interface DraftPeriod {
  label: string;
  at: Location;
  source: PeriodSource;
  tasks: DraftTask[];
}

const same = (a: string, b: string): boolean =>
  asciiFold(a).replace(/\s+/g, ' ').trim() === asciiFold(b).replace(/\s+/g, ' ').trim();

export class Drafts {
  readonly periods: DraftPeriod[] = [];
  /** Tasks that come before any period. */
  readonly loose: DraftTask[] = [];
  private last: DraftTask | null = null;
  /** The topic heading in force: until the next one, or the next period. */
  private group: string | null = null;

  /** A period heading or row, or a new value in a period column. */
  open(label: string, at: Location, source: PeriodSource): void {
    const current = this.current();
    // a period column repeats its value on each row when it is not merged
    if (source === 'column' && current?.source === 'column' && same(current.label, label)) return;
    this.periods.push({ label, at, source, tasks: [] });
    this.last = null;
    this.group = null;
  }

  /** A row that heads the tasks under it by topic, not by period. */
  openGroup(heading: string): void {
    this.group = heading;
  }

  current(): DraftPeriod | null {
    return this.periods[this.periods.length - 1] ?? null;
  }

  /** Periods were given by headings (rows or paragraphs), not by a column. */
  hasHeadings(): boolean {
    return this.periods.some((p) => p.source !== 'column');
  }

  add(task: DraftTask): void {
    if (this.group !== null) task.group = this.group;
    const target = this.current();
    if (target) target.tasks.push(task);
    else this.loose.push(task);
    this.last = task;
  }

  /** The task the next continuation row belongs to. */
  lastTask(): DraftTask | null {
    return this.last;
  }

  /** The previous task in the current period, for a cell merged down over several tasks. */
  previousInPeriod(): DraftTask | null {
    const target = this.current();
    const list = target ? target.tasks : this.loose;
    return list[list.length - 1] ?? null;
  }

  taskCount(): number {
    return this.loose.length + this.periods.reduce((n, p) => n + p.tasks.length, 0);
  }
}
