/** The unit directory: organisations that carry out tasks. Data the office edits, never code. */
import { DIGIT, LETTER } from '../text/letters';
import * as z from 'zod';

const UnitGroupSchema = z.enum(['district', 'affiliated', 'department', 'standing']);
export type UnitGroup = z.infer<typeof UnitGroupSchema>;

const BlocRoleSchema = z.enum(['head', 'deputy']);
export type BlocRole = z.infer<typeof BlocRoleSchema>;

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
    /**
     * The emulation bloc (khối thi đua) the unit is ranked in; '' for a unit that is assigned
     * tasks but not ranked (the office's own departments). Absent: the group's usual bloc.
     */
    bloc: z.string().optional(),
    /** Head (khối trưởng) or deputy (khối phó) of its bloc. */
    blocRole: BlocRoleSchema.optional(),
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

export const BLOC_ROLE_LABELS: Record<BlocRole, { vi: string; en: string }> = {
  head: { vi: 'Khối trưởng', en: 'Bloc head' },
  deputy: { vi: 'Khối phó', en: 'Deputy head' },
};

/** Where a directory says nothing of blocs: the district unions together, the affiliated ones together. */
const USUAL_BLOC: Record<UnitGroup, string> = {
  district: 'Khối huyện, thành phố',
  affiliated: 'Khối Đoàn trực thuộc',
  department: '',
  standing: '',
};

/** The bloc a unit is ranked in; '' for none. */
export function blocOf(u: Pick<Unit, 'group' | 'bloc'>): string {
  return u.bloc ?? USUAL_BLOC[u.group];
}

/** A phrase of the plan and what it stands for: unit codes or group names, as the office wrote them. */
export const MappingSchema = z
  .object({ phrase: z.string(), targets: z.array(z.string()) })
  .strict();
export type Mapping = z.infer<typeof MappingSchema>;
