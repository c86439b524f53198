/**
 * What the composition root hands to each room's wiring function (src/<room>/wire.ts). Rooms never build
 * their own store or logger; they receive them here.
 */
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { AccountService } from './accounts/users';
import type { OutboundMessage, ChannelName } from './channels/message';
import type { AppConfig } from './config';
import type { AgencyProfile } from './conversation/agency';
import type { StateRepository } from './conversation/state';
import type { ProcedureRepository } from './knowledge/repository';
import type { KnowledgeService } from './knowledge/service';
import type { Paths } from './knowledge/source';
import type { TrainingRepository } from './knowledge/training';
import type { Store } from './store/ports';

export interface AppContext {
  config: AppConfig;
  logger: Logger;
  store: Store;
  accounts: AccountService;
  knowledge: KnowledgeService;
  procedures: ProcedureRepository;
  /** Training phrases and lexicons in the store (seeded from intents/ and data/lexicon/). */
  training?: TrainingRepository;
  states: StateRepository;
  profile: AgencyProfile;
  paths: Paths;
  agencyId: string;
  /** Process environment the app was started with (rooms read their own settings from it; tests pass their own). */
  env?: NodeJS.ProcessEnv;
  /** Injectable clock (tests move it to check scheduled publishing, holding messages, windows). */
  now: () => Date;
}

/**
 * Sends messages to a citizen on the conversation's own channel: web chat (transcript, read by the page),
 * Zalo or Messenger (through the persisted outbox). Provided by the composition root.
 */
export interface DeliveryPort {
  deliver(agencyId: string, conversationId: string, channel: ChannelName, messages: OutboundMessage[], author: OutboundMessage['author']): Promise<void>;
}

/** What a room's wiring gives back to the composition root. */
export interface RoomWiring {
  /** Mount HTTP routes (each router parses its own body). */
  mount?(app: Express): void;
  start?(): void | Promise<void>;
  stop?(): void | Promise<void>;
}
