/** The unit directory: organisations that carry out tasks. Data the office edits, never code. */
import { DIGIT, LETTER } from '../text/letters';
import * as z from 'zod';

const UnitGroupSchema = z.enum(['district', 'affiliated', 'department', 'standing']);
export type UnitGroup = z.infer<typeof UnitGroupSchema>;

export const UnitSchema = z
  .object({
    code: z
      .string()
      .min(1)
      .max(20)
      .regex(new RegExp(`^[${LETTER}${DIGIT}_.-]+$`), 'letters, digits, "_", "." or "-"'),
    name: z.string().min(1),
    group: UnitGroupSchema,
    emails: z.array(z.string()),
    aliases: z.array(z.string()),
  })
  .strict();
export type Unit = z.infer<typeof UnitSchema>;

/** How the groups are written in the workbook and the CSV, Vietnamese first. */
export const GROUP_LABELS: Record<UnitGroup, { vi: string; en: string }> = {
  district: { vi: 'Cấp huyện', en: 'District level' },
  affiliated: { vi: 'Đoàn trực thuộc', en: 'Directly affiliated' },
  department: { vi: 'Ban, Văn phòng', en: 'Departments' },
  standing: { vi: 'Ban Thường vụ', en: 'Standing committee' },
};

/** A phrase of the plan and what it stands for: unit codes or group names, as the office wrote them. */
export const MappingSchema = z
  .object({ phrase: z.string(), targets: z.array(z.string()) })
  .strict();
export type Mapping = z.infer<typeof MappingSchema>;
