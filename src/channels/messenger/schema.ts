/**
 * zod schemas for Messenger webhook bodies. Ids and times may arrive as numbers or strings; ids are
 * normalised to strings. The envelope is validated first; each event separately, so one odd event never
 * fails a batch.
 */
import { z } from 'zod';

export const idString = z.union([z.string(), z.number()]).transform((v) => String(v));
const epochMs = z.union([z.number(), z.string()]).transform(Number).pipe(z.number().finite());

export const messengerEnvelopeSchema = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      id: idString,
      time: epochMs.optional(),
      messaging: z.array(z.unknown()).optional(),
      standby: z.array(z.unknown()).optional(),
    }),
  ),
});

const referralSchema = z.object({
  ref: z.string().optional(),
  source: z.string().optional(),
  type: z.string().optional(),
});

const attachmentSchema = z.object({
  type: z.string(),
  payload: z
    .object({
      url: z.string().optional(),
      title: z.string().optional(),
      sticker_id: idString.optional(),
      coordinates: z.object({ lat: z.number(), long: z.number() }).optional(),
    })
    .nullish(),
  title: z.string().optional(),
  url: z.string().optional(),
});

export const messengerEventSchema = z.object({
  sender: z.object({ id: idString }),
  recipient: z.object({ id: idString }),
  timestamp: epochMs.optional(),
  message: z
    .object({
      mid: z.string().optional(),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      app_id: idString.optional(),
      metadata: z.string().optional(),
      sticker_id: idString.optional(),
      quick_reply: z.object({ payload: z.string() }).optional(),
      reply_to: z.object({ mid: z.string().optional() }).optional(),
      attachments: z.array(attachmentSchema).optional(),
    })
    .optional(),
  postback: z
    .object({
      title: z.string().optional(),
      payload: z.string().optional(),
      mid: z.string().optional(),
      referral: referralSchema.optional(),
    })
    .optional(),
  referral: referralSchema.optional(),
  delivery: z.unknown().optional(),
  read: z.unknown().optional(),
  reaction: z.unknown().optional(),
  pass_thread_control: z.object({ new_owner_app_id: z.union([z.string(), z.number()]).transform(String).optional() }).passthrough().optional(),
  take_thread_control: z.object({ new_owner_app_id: z.union([z.string(), z.number()]).transform(String).optional() }).passthrough().optional(),
  request_thread_control: z.unknown().optional(),
  optin: z.unknown().optional(),
});

export type MessengerEvent = z.infer<typeof messengerEventSchema>;
export type MessengerAttachment = z.infer<typeof attachmentSchema>;
