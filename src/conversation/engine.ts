/**
 * The conversation engine: platform-free. Loads the conversation's state, resolves the turn against
 * the current knowledge snapshot, builds the replies, saves the state.
 */
import type { InboundMessage, OutboundMessage } from '../channels/message';
import type { KnowledgeBase } from '../knowledge/kb';
import type { Procedure } from '../knowledge/procedure';
import { extractReceiptCode } from '../understanding/receipt';
import { plainWords } from '../understanding/vietnamese';
import type { ParseOutput } from '../understanding/types';
import type { AgencyProfile } from './agency';
import { resolveTurn, type Turn } from './dialog';
import type { ConversationHandler } from './port';
import * as R from './replies';
import { newState, type ConversationState, type StateRepository } from './state';

/** What happened in one understood turn; observers (e.g. the editors' unanswered-questions inbox) get it. */
export interface TurnEvent {
  agencyId: string;
  conversationId: string;
  channel: InboundMessage['channel'];
  text: string;
  parse: ParseOutput;
  /** 'clarify' and 'ask_topic' mean the bot was not sure; 'intent' with out_of_scope means it could not help. */
  kind: Turn['resolution']['kind'];
  at: Date;
}

/**
 * Where the handoff room plugs into conversations. `before` runs first for every inbound message and may
 * take it over (human owns the conversation, complaint intake in progress): return the replies to send
 * (possibly none) to stop the bot, or null to let the bot answer. `after` sees the bot's turn.
 */
export interface HandoffHooks {
  before?(msg: InboundMessage, state: ConversationState): Promise<OutboundMessage[] | null>;
  after?(msg: InboundMessage, state: ConversationState, result: TurnResult | null, replies: OutboundMessage[]): Promise<OutboundMessage[]>;
  /** A message the bot only observes (another app answers the thread): record it. */
  observe?(msg: InboundMessage): Promise<void>;
}

export interface EngineDeps {
  knowledge: (agencyId: string) => KnowledgeBase;
  states: StateRepository;
  agency: (agencyId: string) => AgencyProfile;
  /** Called after every understood text turn of a real conversation; must not throw (errors are swallowed). */
  onTurn?: (event: TurnEvent) => void | Promise<void>;
  handoff?: HandoffHooks;
}

export interface TurnResult {
  kind: Turn['resolution']['kind'];
  parse: ParseOutput;
  messages: OutboundMessage[];
  state: ConversationState;
}

export class ConversationEngine implements ConversationHandler {
  constructor(private readonly deps: EngineDeps) {}

  /** One text turn against a given state (no I/O): used by handle() and by the stateless parse API. */
  turn(state: ConversationState, text: string, payload?: string): TurnResult {
    const kb = this.deps.knowledge(state.agencyId).current();
    const agency = this.deps.agency(state.agencyId);
    const title = (id: string) => kb.procedures.get(id)?.name ?? id;
    const known = (id: string) => kb.procedures.has(id);
    // (with the notes that name the papers accepted: "sổ đỏ, hợp đồng mua bán nhà…" prove where one lives)
    const papers = (id: string) => ` ${(kb.procedures.get(id)?.documents ?? []).map((d) => `${plainWords(d.name)} | ${plainWords(d.note ?? '')}`).join(' | ')} `;
    const t: Turn = resolveTurn(kb.matcher, state, text, title, payload, papers);
    const r = t.resolution;
    let messages: OutboundMessage[];
    let procedure: string | null = null;
    let aspect: ParseOutput['aspect'] = null;
    switch (r.kind) {
      case 'answer': {
        const p = kb.procedures.get(r.procedure) as Procedure;
        messages = [R.answerMessage(p, r.aspect)];
        procedure = r.procedure;
        aspect = r.aspect;
        break;
      }
      case 'clarify': {
        messages = [R.clarifyMessage(r.choices.map((id) => kb.procedures.get(id)).filter((p): p is Procedure => !!p))];
        procedure = r.choices[0] ?? null; // best guess, reported with its low confidence
        aspect = r.aspect ?? 'overview';
        break;
      }
      case 'ask_topic':
        messages = [R.askTopicMessage(known)];
        aspect = r.aspect;
        break;
      case 'intent':
        switch (r.intent) {
          case 'greeting': {
            const choices = (r.choices ?? []).map((id) => kb.procedures.get(id)).filter((p): p is Procedure => !!p);
            messages = [choices.length < 2 ? R.greetingMessage(agency, known) : r.ownList ? R.listOpenedMessage(choices) : R.fieldOpenedMessage(agency, choices)];
            break;
          }
          case 'thanks': messages = [R.thanksMessage()]; break;
          case 'goodbye': messages = [R.goodbyeMessage()]; break;
          case 'office': messages = [R.officeMessage(agency)]; break;
          case 'complaint': messages = [R.complaintMessage()]; break;
          case 'human': messages = [R.humanMessage(agency)]; break;
          case 'status': messages = [R.statusMessage(extractReceiptCode(text), agency, state.statusCheck === 'no-code')]; break;
          default: messages = [R.outOfScopeMessage(known)];
        }
        break;
    }
    const intent = r.intent;
    return {
      kind: r.kind,
      parse: { intent, procedure: intent === 'procedure' ? procedure : null, aspect: intent === 'procedure' ? aspect : null, confidence: round(r.confidence), reply: messages.map((m) => m.text).join('\n\n') },
      messages,
      state: t.next,
    };
  }

  async handle(msg: InboundMessage): Promise<OutboundMessage[]> {
    if (msg.observed) {
      await this.deps.handoff?.observe?.(msg);
      return [];
    }
    const state = (await this.deps.states.get(msg.agencyId, msg.conversationId)) ?? newState(msg.agencyId, msg.conversationId);
    if (state.lastExternalId === msg.externalId && state.lastReplies) return state.lastReplies; // replay after a crash
    state.lastInboundAt = msg.receivedAt;
    const kb = this.deps.knowledge(msg.agencyId).current();
    const known = (id: string) => kb.procedures.has(id);
    let messages: OutboundMessage[] = [];
    let result: TurnResult | null = null;
    const taken = this.deps.handoff?.before ? await this.deps.handoff.before(msg, state) : null;
    if (taken) {
      messages = taken;
    } else {
      switch (msg.kind) {
        case 'staff_echo':
          state.mode = 'human';
          break;
        case 'staff_release':
          state.mode = 'bot';
          break;
        case 'unfollow':
          break;
        case 'follow':
          messages = [R.greetingMessage(this.deps.agency(msg.agencyId), known)];
          break;
        case 'attachment':
        case 'unsupported':
          if (state.mode === 'bot') messages = [R.unsupportedMessage()];
          break;
        case 'text':
        case 'choice': {
          if (state.mode === 'human') break; // a person is answering: the bot stays silent
          result = this.turn(state, msg.text ?? '', msg.payload);
          messages = result.messages;
          Object.assign(state, result.state);
          if (this.deps.onTurn && msg.text) {
            const event: TurnEvent = { agencyId: msg.agencyId, conversationId: msg.conversationId, channel: msg.channel, text: msg.text, parse: result.parse, kind: result.kind, at: msg.receivedAt };
            try { await this.deps.onTurn(event); } catch { /* an observer never breaks a conversation */ }
          }
          break;
        }
      }
    }
    if (this.deps.handoff?.after) messages = await this.deps.handoff.after(msg, state, result, messages);
    state.lastExternalId = msg.externalId;
    state.lastReplies = messages;
    state.updatedAt = new Date();
    await this.deps.states.save(state);
    return messages;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
