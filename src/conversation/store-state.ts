import type { Collection, Store } from '../store/ports';
import type { ConversationState, StateRepository } from './state';

type StateDoc = ConversationState & { _id: string };

/** Conversation state in the shared store, so any app instance can take the next message. */
export class StoreStateRepository implements StateRepository {
  private readonly col: Collection<StateDoc>;
  constructor(store: Store) {
    this.col = store.collection<StateDoc>('conversation_states', [{ fields: { agencyId: 1, updatedAt: -1 } }]);
  }
  async get(agencyId: string, conversationId: string): Promise<ConversationState | null> {
    const doc = await this.col.findOne({ _id: `${agencyId}:${conversationId}` });
    if (!doc) return null;
    const { _id, ...state } = doc;
    return state as ConversationState;
  }
  async save(state: ConversationState): Promise<void> {
    const set: Record<string, unknown> = {};
    const unset: Record<string, ''> = {};
    for (const [k, v] of Object.entries(state)) {
      if (v === undefined) unset[k] = '';
      else set[k] = v;
    }
    await this.col.updateOne({ _id: `${state.agencyId}:${state.conversationId}` }, { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) }, { upsert: true });
  }
}
