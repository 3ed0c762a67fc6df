/** A new tracking book from a plan and a unit directory. */
import type { Plan } from '../plan/model';
import { refinePlanParties } from '../plan/refine';
import { foldKey } from '../text/normalize';
import { Directory } from '../units/directory';
import type { Unit } from '../units/model';
import { Resolver } from '../units/resolve';
import { unitVocabulary } from '../units/vocabulary';
import type { AssignmentPlan } from './assign';
import { planAssignments, reconcileRows } from './assign';
import type { Book, Thresholds } from './model';
import type { Mapping } from '../units/model';
import { DEFAULT_THRESHOLDS } from './model';
import type { Entropy } from './seal';
import { withSecret } from './seal';

/** FNV-1a: a short, stable fingerprint; not for security. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The plan's identity: the same document always gets the same id, so returned files match. */
function planIdOf(plan: Plan): string {
  const d = plan.document;
  const parts = [d.number ?? '', d.issuer ?? '', d.year ?? '', d.title ?? ''].map((p) =>
    foldKey(String(p)),
  );
  return `KH-${fnv1a(parts.join('|'))}`;
}

/** The mappings sheet as auto-resolution writes it: every phrase and what it stands for. */
function mappingsFrom(plan: AssignmentPlan): Mapping[] {
  return plan.resolutions.map((r) => ({ phrase: r.phrase, targets: r.targets }));
}

export interface CreateOptions {
  units: readonly Unit[];
  mappings?: readonly Mapping[];
  asOf: string;
  now: string;
  thresholds?: Thresholds;
  /** Random bytes for the book's key, where the host has no WebCrypto (Apps Script). */
  entropy?: Entropy;
}

export function createBook(
  plan: Plan,
  opts: CreateOptions,
): { book: Book; assignment: AssignmentPlan } {
  // the parties read again with the office's own names, whichever way the plan was read
  plan = refinePlanParties(plan, unitVocabulary(opts.units, opts.mappings ?? []));
  const resolver = new Resolver(new Directory(opts.units), opts.mappings ?? []);
  const assignment = planAssignments(plan, resolver);
  const { rows } = reconcileRows([], assignment.assignments);
  const book: Book = {
    meta: {
      product: 'so-thi-dua',
      format: 1,
      planId: planIdOf(plan),
      version: 1,
      kind: 'book',
      unitCode: null,
      createdAt: opts.now,
      updatedAt: opts.now,
    },
    plan,
    units: [...opts.units],
    mappings: mappingsFrom(assignment),
    rows,
    archive: [],
    log: [],
    asOf: opts.asOf,
    thresholds: opts.thresholds ?? DEFAULT_THRESHOLDS,
    base: null,
  };
  return { book: withSecret(book, opts.now, opts.entropy), assignment };
}
