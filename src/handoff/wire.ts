/** Handoff room wiring (complaints, queue, staff console). Filled in by the handoff work; no-op until then. */
import type { AppContext, DeliveryPort, RoomWiring } from '../context';
import type { HandoffHooks } from '../conversation/engine';

export interface HandoffWiring extends RoomWiring {
  /** Hooks the conversation engine calls (human takeover, complaint intake, status lookup, transcript). */
  hooks?: HandoffHooks;
}

export function wireHandoff(_ctx: AppContext, _delivery: DeliveryPort): HandoffWiring {
  return {};
}
