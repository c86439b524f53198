/**
 * Zalo OA access-token lifecycle. The refresh token is single-use, so:
 * - only one refresher at a time across all app instances: a lease on the token document, claimed with
 *   findOneAndUpdate; others wait and re-read the stored token;
 * - the NEW refresh token is persisted (together with the new access token) before the access token is
 *   handed to anyone;
 * - refresh proactively when less than `refreshAheadMs` remains, and on demand after -216/-220/-124.
 * The store, not the env, is the source of truth once seeded (env tokens are consumed by the first refresh);
 * a changed ZALO_REFRESH_TOKEN in env (admin re-authorized) replaces the stored one.
 */
import crypto from 'node:crypto';
import { DuplicateKeyError, type BaseDoc, type Collection, type Store } from '../../store/ports';
import type { ZaloAccount } from '../accounts';
import { SendError } from '../errors';
import { sleep } from '../loop';
import type { ChannelLogger, Clock } from '../types';
import type { ZaloApi } from './client';

export interface ZaloTokenDoc extends BaseDoc {
  accessToken?: string;
  /** ms epoch; MAX_SAFE_INTEGER when unknown (an env-provided token: used until rejected). */
  accessTokenExpiresAt: number;
  refreshToken?: string;
  /** sha256 of the env refresh token that seeded this doc (detects re-authorization). */
  seedHash?: string;
  leaseUntil: number;
  leaseOwner?: string;
  updatedAt: number;
  refreshedAt?: number;
}

export const TOKENS_COLLECTION = 'channel_tokens';

export interface ZaloTokensOptions {
  clock: Clock;
  owner: string;
  refreshAheadMs: number;
  /** Lease of the refresher; must exceed the OAuth call timeout. */
  leaseMs: number;
  /** How long a waiter polls for another instance's refresh before giving up (retryable). */
  waitMs: number;
  pollMs?: number;
}

const hash = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export class ZaloTokens {
  private readonly col: Collection<ZaloTokenDoc>;
  private readonly inflight = new Map<string, Promise<string>>();

  constructor(
    store: Store,
    private readonly api: ZaloApi,
    private readonly opts: ZaloTokensOptions,
    private readonly logger: ChannelLogger,
  ) {
    this.col = store.collection<ZaloTokenDoc>(TOKENS_COLLECTION);
  }

  /** A usable access token, refreshing first when it is (nearly) expired. */
  async get(account: ZaloAccount): Promise<string> {
    const doc = await this.load(account);
    const now = this.opts.clock();
    if (doc.accessToken && doc.accessTokenExpiresAt - now > this.opts.refreshAheadMs) return doc.accessToken;
    try {
      return await this.refresh(account, doc.accessToken);
    } catch (err) {
      // Proactive refresh failed but the current token still works for a while: keep using it.
      if (doc.accessToken && doc.accessTokenExpiresAt > now) return doc.accessToken;
      throw err;
    }
  }

  /** Replace `staleToken` (the one just rejected or about to expire). Single-flight per OA. */
  refresh(account: ZaloAccount, staleToken: string | undefined): Promise<string> {
    const running = this.inflight.get(account.oaId);
    if (running) return running;
    const p = this.refreshShared(account, staleToken).finally(() => this.inflight.delete(account.oaId));
    this.inflight.set(account.oaId, p);
    return p;
  }

  private docId = (account: ZaloAccount) => `zalo:${account.oaId}`;

  private async load(account: ZaloAccount): Promise<ZaloTokenDoc> {
    const _id = this.docId(account);
    const now = this.opts.clock();
    const seedHash = account.refreshToken ? hash(account.refreshToken) : undefined;
    let doc = await this.col.findOne({ _id });
    if (!doc) {
      const fresh: ZaloTokenDoc = {
        _id,
        agencyId: account.agencyId,
        accessToken: account.accessToken,
        accessTokenExpiresAt: account.accessToken ? Number.MAX_SAFE_INTEGER : 0,
        refreshToken: account.refreshToken,
        seedHash,
        leaseUntil: 0,
        updatedAt: now,
      };
      try {
        await this.col.insert(fresh);
        return fresh;
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        doc = await this.col.findOne({ _id });
        if (!doc) throw err;
      }
    }
    if (seedHash && doc.seedHash !== seedHash) {
      this.logger.info({ channel: 'zalo', oaId: account.oaId }, 'new ZALO_REFRESH_TOKEN in config replaces the stored one');
      const update = {
        refreshToken: account.refreshToken,
        seedHash,
        accessToken: account.accessToken,
        accessTokenExpiresAt: account.accessToken ? Number.MAX_SAFE_INTEGER : 0,
        updatedAt: now,
      };
      await this.col.updateOne({ _id, seedHash: doc.seedHash ?? { $exists: false } }, { $set: update });
      doc = (await this.col.findOne({ _id })) ?? doc;
    }
    return doc;
  }

  private isFresh(doc: ZaloTokenDoc, staleToken: string | undefined, now: number): doc is ZaloTokenDoc & { accessToken: string } {
    return !!doc.accessToken && doc.accessToken !== staleToken && doc.accessTokenExpiresAt - now > this.opts.refreshAheadMs;
  }

  private async refreshShared(account: ZaloAccount, staleToken: string | undefined): Promise<string> {
    const { clock, owner, leaseMs, waitMs, pollMs = 50 } = this.opts;
    const _id = this.docId(account);
    await this.load(account);
    const deadline = clock() + waitMs;
    for (;;) {
      const now = clock();
      const claimed = await this.col.findOneAndUpdate({ _id, leaseUntil: { $lt: now } }, { $set: { leaseUntil: now + leaseMs, leaseOwner: owner } });
      if (!claimed) {
        // Another instance is refreshing: wait for it, then use what it stored.
        const doc = await this.col.findOne({ _id });
        if (doc && this.isFresh(doc, staleToken, clock())) return doc.accessToken;
        if (clock() > deadline) throw new SendError('retry', 'token_refresh_busy');
        await sleep(pollMs);
        continue;
      }
      if (this.isFresh(claimed, staleToken, now)) {
        await this.release(_id);
        return claimed.accessToken;
      }
      if (!claimed.refreshToken) {
        await this.release(_id);
        this.logger.error({ channel: 'zalo', oaId: account.oaId }, 'no Zalo refresh token: re-authorize the OA');
        throw new SendError('permanent', 'token_invalid');
      }
      let pair;
      try {
        pair = await this.api.refresh(account, claimed.refreshToken);
      } catch (err) {
        await this.release(_id);
        this.logger.error({ channel: 'zalo', oaId: account.oaId, reason: (err as SendError).reason, code: (err as SendError).code }, 'Zalo token refresh failed');
        throw err;
      }
      // Persist the new single-use refresh token BEFORE the new access token is used anywhere.
      const t = clock();
      await this.col.updateOne(
        { _id },
        {
          $set: {
            accessToken: pair.accessToken,
            refreshToken: pair.refreshToken,
            accessTokenExpiresAt: t + pair.expiresInSec * 1000,
            refreshedAt: t,
            updatedAt: t,
            leaseUntil: 0,
          },
        },
      );
      this.logger.info({ channel: 'zalo', oaId: account.oaId, expiresInSec: pair.expiresInSec }, 'Zalo access token refreshed');
      return pair.accessToken;
    }
  }

  private async release(_id: string): Promise<void> {
    await this.col.updateOne({ _id, leaseOwner: this.opts.owner }, { $set: { leaseUntil: 0 } });
  }
}
