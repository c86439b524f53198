import type { OutboundMessage } from '../channels/message';
import type { Aspect } from '../understanding/types';

/** What the bot remembers about one conversation between turns. */
export interface ConversationState {
  agencyId: string;
  conversationId: string;
  /** Current topic, kept for follow-ups ("còn lệ phí thì sao"). */
  procedure?: string;
  aspect?: Aspect;
  /** The user's text that set the topic, to refine it with the next turn ("cho hỏi về căn cước" → "bị mất"). */
  topicText?: string;
  /** Topics discussed before the current one, latest first ("quay lại vụ căn cước hồi nãy"). */
  earlierTopics?: string[];
  /**
   * Another procedure's paper named in the last turn without turning to it ("hồ sơ có cần giấy xác nhận tình trạng hôn
   * nhân không" in a marriage chat), for "giấy đó xin ở đâu" next.
   */
  mentioned?: string;
  /** Procedures offered in a clarification question, in the order shown. */
  pendingChoices?: string[];
  pendingAspect?: Aspect;
  /** The choices of the last clarification, kept after it was answered for "còn cái thứ 2 thì sao". */
  offeredChoices?: string[];
  /** The last turn was a status check, with a receipt code or without one (then the reply asked for it). */
  statusCheck?: 'code' | 'no-code';
  /** 'human': a staff member owns the conversation and the bot stays silent. */
  mode: 'bot' | 'human';
  /**
   * The last platform message handled and what was answered: a message replayed after a crash (handled, state
   * saved, but replies not yet queued) gets the same replies again instead of a second, different turn.
   */
  lastExternalId?: string;
  lastReplies?: OutboundMessage[];
  turns: number;
  lastInboundAt?: Date;
  updatedAt: Date;
}

export interface StateRepository {
  get(agencyId: string, conversationId: string): Promise<ConversationState | null>;
  save(state: ConversationState): Promise<void>;
}

export function newState(agencyId: string, conversationId: string): ConversationState {
  return { agencyId, conversationId, mode: 'bot', turns: 0, updatedAt: new Date() };
}

/** For the CLI and tests: state that lives only as long as the process. */
export class MemoryStateRepository implements StateRepository {
  private readonly states = new Map<string, ConversationState>();
  async get(agencyId: string, conversationId: string) {
    const s = this.states.get(`${agencyId}:${conversationId}`);
    return s ? structuredClone(s) : null;
  }
  async save(state: ConversationState) {
    this.states.set(`${state.agencyId}:${state.conversationId}`, structuredClone(state));
  }
}
