/** Editor room wiring (editor console, review, versions, misses inbox). Filled in by the editor work. */
import type { AppContext, RoomWiring } from '../context';
import type { TurnEvent } from '../conversation/engine';

export interface EditorWiring extends RoomWiring {
  /** Observes understood turns (the unanswered-questions inbox). */
  onTurn?: (event: TurnEvent) => void | Promise<void>;
}

export function wireEditor(_ctx: AppContext): EditorWiring {
  return {};
}
