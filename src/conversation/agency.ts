import { z } from 'zod';

/** Facts about the agency the bot speaks for (office intent, welcome text). Loaded from data/agency.yaml. */
export const AgencyProfileSchema = z.object({
  id: z.string().default('default'),
  name: z.string().default('Bộ phận Một cửa'),
  address: z.string().default('Trụ sở Ủy ban nhân dân xã/phường (Bộ phận Một cửa)'),
  phone: z.string().optional(),
  hours: z.string().default('Thứ Hai đến Thứ Sáu: sáng 7h30–11h30, chiều 13h30–17h00 (trừ ngày lễ, Tết).'),
  saturday: z.string().optional(),
  portalUrl: z.string().url().default('https://dichvucong.gov.vn'),
});
export type AgencyProfile = z.infer<typeof AgencyProfileSchema>;
