/**
 * The shapes of what crosses into a command from outside the process (the Sheets sidebar sends
 * a plan, a unit list, returned files read in the browser): each checked against the core's types
 * (`z.ZodType<T>`), so a schema cannot drift from the type it guards.
 */
import * as z from 'zod';
import type { Returned, ReturnedBook } from '../book/consolidate';
import type { MarkPatch } from '../book/mark';
import type { LogEntry } from '../book/model';
import type { ReadRow } from '../book/read-row';
import type { Problem, ProblemCode } from '../errors/problem';
import type { Location } from '../i18n/location';
import { vi } from '../i18n/vi';
import { IsoDateSchema, PlanSchema } from '../plan/model';
import { STATUSES } from '../tracking/status';
import { MappingSchema, UnitSchema } from '../units/model';

export { IsoDateSchema, MappingSchema, PlanSchema, UnitSchema };

const opt = <T extends z.ZodType>(t: T) => t.exactOptional();

const StatusSchema = z.enum(STATUSES);
const RoleSchema = z.enum(['lead', 'support']);
const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const LocationSchema: z.ZodType<Location> = z
  .object({
    file: opt(z.string()),
    line: opt(z.number()),
    table: opt(z.number()),
    tableRow: opt(z.number()),
    tableCell: opt(z.number()),
    sheet: opt(z.string()),
    cell: opt(z.string()),
  })
  .strict();

export const ProblemSchema: z.ZodType<Problem> = z
  .object({
    code: z.string().refine((c): c is ProblemCode => Object.hasOwn(vi.problems, c)),
    severity: z.enum(['error', 'warning']),
    vi: z.string(),
    en: z.string(),
    at: opt(LocationSchema),
  })
  .strict()
  .transform((p) => p as Problem);

const EntryShape = {
  status: StatusSchema,
  doneDate: IsoDateSchema.nullable(),
  evidence: z.string(),
  note: z.string(),
};

export const LogEntrySchema: z.ZodType<LogEntry> = z
  .object({
    at: z.string(),
    source: z.string(),
    unitCode: z.string(),
    taskId: z.string(),
    field: z.string(),
    old: z.string(),
    new: z.string(),
    outcome: z.enum(['applied', 'conflict', 'rejected', 'plan']),
  })
  .strict();

const ReturnedBookSchema: z.ZodType<ReturnedBook> = z
  .object({
    meta: z
      .object({
        product: z.literal('so-thi-dua'),
        format: z.literal(1),
        planId: z.string(),
        version: z.number(),
        kind: z.enum(['book', 'unit']),
        unitCode: z.string().nullable(),
        createdAt: z.string(),
        updatedAt: z.string(),
        secret: opt(z.string()),
        secretSince: opt(z.string()),
        issuedAt: opt(z.string()),
        seal: opt(z.string()),
      })
      .strict(),
    base: z.record(z.string(), z.object(EntryShape).strict()).nullable(),
    extraColumns: opt(z.array(z.object({ header: z.string(), after: z.number() }).strict())),
  })
  .strict();

/** A field as read; `value` is left out (undefined) where the cell could not be taken. */
const field = <T extends z.ZodType>(value: T) =>
  z
    .object({ value: opt(value), cell: z.string(), blank: opt(z.boolean()) })
    .strict()
    .transform(({ value, ...rest }) => ({ value, ...rest }));

const ReadRowSchema: z.ZodType<ReadRow> = z
  .object({
    row: z.number(),
    idCell: z.string(),
    taskId: z.string(),
    unitText: z.string(),
    unitCode: z.string().nullable(),
    role: RoleSchema,
    deadline: IsoDateSchema.nullable(),
    status: field(StatusSchema),
    doneDate: field(IsoDateSchema.nullable()),
    evidence: field(z.string()),
    note: field(z.string()),
    extras: z.array(CellValueSchema),
    mismatch: opt(z.boolean()),
    duplicate: opt(z.enum(['merged', 'conflict'])),
    problems: z.array(ProblemSchema),
  })
  .strict();

/** A unit's returned file, as the browser read it. */
export const ReturnedSchema: z.ZodType<Returned> = z
  .object({
    file: z.string(),
    book: ReturnedBookSchema,
    rows: z.array(ReadRowSchema),
    problems: z.array(ProblemSchema),
  })
  .strict();

export const MarkPatchSchema: z.ZodType<MarkPatch> = z
  .object({
    status: opt(StatusSchema),
    /** ISO date, or null to clear it. */
    doneDate: opt(IsoDateSchema.nullable()),
    evidence: opt(z.string()),
    note: opt(z.string()),
  })
  .strict();
