/**
 * What the handoff room keeps in the store. Collections (all carry agencyId):
 *
 * - handoff_conversations  one per conversation: channel, who answers (mode), complaint intake in progress,
 *                          last inbound time (messaging windows), transcript sequence counter
 * - handoff_transcript     every inbound and outbound message (seq, author citizen|bot|staff|system|note)
 * - handoff_cases          the queue: complaint tickets (code PA-<year>-<6 digits>) and "let me talk to a
 *                          person" requests, status new → in_progress → waiting → resolved
 * - handoff_events         append-only change feed polled by the consoles' SSE streams (TTL 1 day)
 * - handoff_audit          who read, took, assigned, replied to, noted, handed back, closed what, and when
 * - handoff_canned         canned answers
 * - handoff_counters       atomic counters (ticket codes)
 * - applications           application statuses for the built-in status lookup (staff enter them)
 *
 * Personal data (complaint text, address, phone, attachments) lives only in cases and the transcript, which
 * only staff read through the console. Logs carry ids and codes, never content.
 */
import type { Attachment, ChannelName, OutboundMessage } from '../channels/message';
import type { BaseDoc } from '../store/ports';

export type Author = 'citizen' | 'bot' | 'staff' | 'system' | 'note';

export interface TranscriptDoc extends BaseDoc {
  conversationId: string;
  seq: number;
  author: Author;
  /** Staff account (console) or platform staff id (OA Manager / Page Inbox echo). */
  staffId?: string;
  staffName?: string;
  text: string;
  attachments?: Attachment[];
  choices?: { title: string; payload: string }[];
  /** Sent to the citizen outside a turn (staff reply, notice, holding message): the web chat polls these. */
  push?: boolean;
  at: Date;
}

export type IntakeStep = 'what' | 'where' | 'when' | 'phone' | 'photos' | 'consent';

export interface ComplaintData {
  description?: string;
  location?: { text?: string; latitude?: number; longitude?: number };
  when?: string;
  phone?: string;
  attachments: Attachment[];
  consent?: boolean;
}

export interface IntakeState {
  step: IntakeStep;
  startedAt: Date;
  /** The message that started the complaint (kept as the description when the citizen skips that question). */
  initialText?: string;
  data: ComplaintData;
  retries: number;
  /** The channel cannot carry photos (the web chat): the photos question is not asked. */
  noAttachments?: boolean;
}

export interface HandoffConversationDoc extends BaseDoc {
  conversationId: string;
  channel: ChannelName;
  /** Who answers: authoritative over ConversationState.mode once set (the engine state is synced from it). */
  mode?: 'bot' | 'human';
  intake?: IntakeState;
  /** Latest open case of this conversation. */
  caseId?: string;
  lastInboundAt?: Date;
  /**
   * The last inbound message whose handoff effects (intake step, ticket, queueing) are stored, with the
   * replies they produced: a redelivery of that message after a crash gets the same replies again
   * instead of a second effect (the same answer recorded twice, a second ticket).
   */
  handled?: { id: string; replies: OutboundMessage[] };
  seq: number;
  createdAt?: Date;
  updatedAt?: Date;
}

export const CASE_STATUSES = ['new', 'in_progress', 'waiting', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface StaffRef {
  id: string;
  username: string;
  name: string;
}

export interface CaseDoc extends BaseDoc {
  kind: 'complaint' | 'human';
  /** Complaint tickets: PA-2026-000123. */
  code?: string;
  /** The platform id of the message that completed the complaint (a redelivery finds this ticket). */
  source?: string;
  conversationId: string;
  channel: ChannelName;
  status: CaseStatus;
  /** A person owns the conversation (bot silent) while true. */
  human: boolean;
  assignee?: StaffRef;
  complaint?: ComplaintData;
  createdAt: Date;
  queuedAt: Date;
  takenAt?: Date;
  closedAt?: Date;
  resolution?: string;
  holdingSentAt?: Date;
  outOfHoursSentAt?: Date;
  lastCitizenAt?: Date;
  lastStaffAt?: Date;
  updatedAt: Date;
}

export interface EventDoc extends BaseDoc {
  type: 'case' | 'message';
  caseId?: string;
  conversationId?: string;
  at: Date;
  expiresAt: Date;
}

export interface AuditDoc extends BaseDoc {
  at: Date;
  actor: { id: string; username: string };
  action: 'read' | 'take' | 'assign' | 'reply' | 'note' | 'status' | 'handback' | 'close' | 'user.create' | 'canned.create' | 'canned.delete' | 'application.set';
  caseId?: string;
  code?: string;
  conversationId?: string;
  /** Non-personal detail: new status, assignee username, canned answer title, receipt code. */
  detail?: string;
}

export interface CannedDoc extends BaseDoc {
  title: string;
  text: string;
  createdAt: Date;
  createdBy: string;
}
