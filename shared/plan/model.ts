/**
 * The plan model: what a "Kế hoạch thực hiện công tác Thi đua, Khen thưởng" says, as zod schemas.
 * Every reader (text, .docx, a pasted grid) produces this shape; the workbook is built from it.
 */
import * as z from 'zod';

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD')
  .describe('A calendar date, ISO 8601 (YYYY-MM-DD)');

const DocumentInfoSchema = z
  .object({
    issuer: z.string().nullable().describe('Issuing body, e.g. "BCH ĐOÀN TỈNH CAO BẰNG"'),
    parent: z.string().nullable().describe('Parent organisation, e.g. "ĐOÀN TNCS HỒ CHÍ MINH"'),
    number: z
      .string()
      .nullable()
      .describe('Normalised document number, e.g. "73-KH/TĐTN-VP"; null when blank'),
    place: z.string().nullable().describe('Place of issue, e.g. "Cao Bằng"'),
    date: IsoDateSchema.nullable().describe('Date of issue; null when left blank in a draft'),
    kind: z.string().nullable().describe('Kind of document, e.g. "KẾ HOẠCH"'),
    title: z.string().nullable().describe('Title line under the kind'),
    year: z
      .number()
      .int()
      .nullable()
      .describe('The year the plan covers; for a school year, its first year'),
    schoolYear: z
      .string()
      .regex(/^\d{4}-\d{4}$/)
      .optional()
      .describe(
        'For a plan of a school year ("năm học 2023 – 2024"): "2023-2024", August 2023 to July 2024',
      ),
  })
  .strict();

const PeriodKeySchema = z
  .string()
  .regex(
    /^\d{4}(-(Q[1-4]|H[12]|M(0[1-9]|1[0-2])(-M(0[1-9]|1[0-2]))?|SU))?$|^\d{4}-\d{4}(-S[12])?$|^P\d+$/,
  )
  .describe(
    '2014-Q1, 2014-H2, 2015-M03, 2014 (whole year), 2026-M01-M02 (months from January to February; 2024-M12-M01 runs into the next year), 2023-2024 (a school year, August to July), 2023-2024-S1 and -S2 (its semesters: August – January, February – May), 2024-SU (summer: June – August), or P1… when the label gives no dates',
  );

const TaskSchema = z
  .object({
    id: z.string().min(1).describe('Stable identifier, unique in the plan, e.g. "2014-Q1-01"'),
    no: z.number().int().positive().describe('Number of the task within its period'),
    content: z.string().min(1).describe('Nội dung công việc'),
    owners: z
      .array(z.string().min(1))
      .describe('Responsible parties as written (Chỉ đạo, thực hiện)'),
    support: z.array(z.string().min(1)).describe('Co-operating parties (phối hợp)'),
    when: z
      .string()
      .nullable()
      .describe('The time column (Thời gian) as written, if the plan has one'),
    note: z.string().describe('Ghi chú; "" when empty'),
    group: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The topic heading the task stands under in its table ("CÔNG TÁC TUYÊN TRUYỀN"), if any',
      ),
  })
  .strict();

const PeriodSchema = z
  .object({
    key: PeriodKeySchema,
    label: z.string().min(1).describe('As written, e.g. "Quý I/2014"'),
    start: IsoDateSchema.nullable(),
    end: IsoDateSchema.nullable(),
    tasks: z.array(TaskSchema),
  })
  .strict();

const SectionItemSchema = z
  .object({
    no: z
      .string()
      .nullable()
      .describe('"1", "2", "a" … or null for points directly under the section'),
    title: z.string(),
    points: z.array(z.string()),
  })
  .strict();

const SectionSchema = z
  .object({
    no: z.string().describe('Roman numeral of the section, e.g. "II"'),
    title: z.string(),
    items: z.array(SectionItemSchema),
  })
  .strict();

const SignatureSchema = z
  .object({
    onBehalfOf: z.string().nullable().describe('e.g. "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"'),
    title: z.string().nullable().describe('e.g. "BÍ THƯ"'),
    name: z.string().nullable(),
    signed: z.boolean().describe('"(Đã ký)" present'),
  })
  .strict();

export const PlanSchema = z
  .object({
    document: DocumentInfoSchema,
    bases: z.array(z.string()).describe('The "Căn cứ …" paragraphs'),
    taskSection: z
      .object({ no: z.string(), title: z.string() })
      .nullable()
      .describe('The heading the task table stands under'),
    periods: z.array(PeriodSchema).min(1),
    sections: z.array(SectionSchema),
    recipients: z.array(z.string()),
    signature: SignatureSchema.nullable(),
  })
  .strict();

export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type SectionItem = z.infer<typeof SectionItemSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type Plan = z.infer<typeof PlanSchema>;

/** The JSON Schema of the plan model, as printed by `thidua schema`. */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
