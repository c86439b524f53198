import { z } from 'zod';

/**
 * One administrative procedure, as edited in `data/procedures/<id>.yaml` and stored per agency.
 * Every fact carries where it comes from (legalBasis, officialUrl, verifiedOn), because a wrong fee
 * or office sends a citizen on a wasted trip.
 */
export const LEVELS = ['xa', 'tinh', 'trung-uong'] as const;
export type Level = (typeof LEVELS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');

export const LegalBasisSchema = z.object({
  number: z.string().min(1),             // e.g. "60/2014/QH13"
  title: z.string().min(1),              // e.g. "Luật Hộ tịch"
  effectiveFrom: isoDate.optional(),
});

export const DocumentItemSchema = z.object({
  name: z.string().min(1),
  note: z.string().optional(),           // e.g. "bản chính để đối chiếu", "nếu có"
});

export const ProcedureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),          // names citizens use: "làm giấy khai sinh", "sổ đỏ"
  domain: z.string().min(1),
  level: z.enum(LEVELS),
  authority: z.string().min(1),                      // who decides, e.g. "UBND cấp xã"
  where: z.string().min(1),                          // where to submit, in plain words
  channels: z.object({
    inPerson: z.boolean(),
    post: z.boolean(),
    online: z.boolean(),
    onlineNote: z.string().optional(),               // how: Cổng DVC quốc gia, VNeID, cổng tỉnh
  }),
  documents: z.array(DocumentItemSchema).min(1),
  fee: z.object({
    text: z.string().min(1),                         // one line a citizen reads first
    setByProvince: z.boolean().default(false),
    exemptions: z.array(z.string()).default([]),
  }),
  duration: z.object({
    text: z.string().min(1),
  }),
  eligibility: z.array(z.string()).default([]),      // who may/must, conditions, deadlines, fines
  steps: z.array(z.string()).default([]),
  legalBasis: z.array(LegalBasisSchema).min(1),
  effectiveFrom: isoDate,
  officialUrl: z.string().url(),
  verifiedOn: isoDate,
  notes: z.array(z.string()).default([]),
});

export type Procedure = z.infer<typeof ProcedureSchema>;
export type ProcedureInput = z.input<typeof ProcedureSchema>;
