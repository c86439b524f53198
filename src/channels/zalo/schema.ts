/**
 * zod schema for Zalo OA webhook bodies (flat JSON, shape by event_name). Ids are strings on the wire and
 * must stay strings (19 digits > Number.MAX_SAFE_INTEGER). Only `info.phone` is a JSON number.
 */
import { z } from 'zod';

const str = z.string();
const coord = z.union([z.string(), z.number()]).transform(Number);

export const zaloEventSchema = z.object({
  event_name: z.string(),
  app_id: str.optional(),
  timestamp: str.optional(),
  oa_id: str.optional(),
  user_id: str.optional(),
  user_id_by_app: str.optional(),
  source: str.optional(),
  sender: z.object({ id: str.optional(), admin_id: str.optional() }).optional(),
  recipient: z.object({ id: str.optional() }).optional(),
  follower: z.object({ id: str }).optional(),
  message: z
    .object({
      msg_id: str.optional(),
      text: str.optional(),
      quote_msg_id: str.optional(),
      conversation_id: str.optional(),
      attachments: z
        .array(
          z.object({
            type: z.string(),
            payload: z
              .object({
                url: str.optional(),
                thumbnail: str.optional(),
                name: str.optional(),
                description: str.optional(),
                id: str.optional(),
                coordinates: z.object({ latitude: coord, longitude: coord }).optional(),
              })
              .nullish(),
          }),
        )
        .optional(),
    })
    .optional(),
  info: z
    .object({
      name: str.optional(),
      phone: z.union([z.number(), z.string()]).transform(String).optional(),
      address: str.optional(),
      ward: str.optional(),
      district: str.optional(),
      city: str.optional(),
    })
    .optional(),
});

export type ZaloEvent = z.infer<typeof zaloEventSchema>;

/** Just what routing and signature checks need; the full schema is applied after verification. */
export const zaloEnvelopeSchema = zaloEventSchema.pick({ event_name: true, app_id: true, timestamp: true, oa_id: true, sender: true, recipient: true });

/** The OA an event belongs to (direction depends on the event family). */
export function zaloOaIdOf(ev: Pick<ZaloEvent, 'event_name' | 'oa_id' | 'sender' | 'recipient'>): string | undefined {
  if (ev.oa_id) return ev.oa_id;
  const oaIsSender = ev.event_name.startsWith('oa_send_') || ev.event_name === 'user_received_message' || ev.event_name === 'user_seen_message';
  return oaIsSender ? ev.sender?.id : ev.recipient?.id;
}
