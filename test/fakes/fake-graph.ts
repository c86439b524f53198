/**
 * Fake Graph API (Messenger Send API + Messenger Profile API) on loopback. Records every request and can
 * fail the next N calls: HTTP 5xx, a hang (client timeout), or Meta's real error bodies (fixtures).
 */
import express from 'express';
import { FakeServer, fixtureJson, type RecordedRequest } from './fake-server';

export type GraphFailure = '5xx' | 'hang' | 'rate-limit' | 'token' | 'outside-window' | 'user-unavailable';

const ERROR_FIXTURES: Record<Exclude<GraphFailure, '5xx' | 'hang'>, [number, string]> = {
  'rate-limit': [400, 'messenger-error-rate-limit.response.json'],
  token: [400, 'messenger-error-invalid-token.response.json'],
  'outside-window': [400, 'messenger-error-outside-window.response.json'],
  'user-unavailable': [400, 'messenger-error-user-unavailable.response.json'],
};

/** Requests that deliver a message (not typing indicators). */
export const isMessageSend = (r: RecordedRequest): boolean => r.path.endsWith('/me/messages') && r.body?.message !== undefined;

export class FakeGraph extends FakeServer<GraphFailure> {
  static readonly VERSION = 'v25.0';
  private seq = 0;

  static async start(): Promise<FakeGraph> {
    return new FakeGraph().listen();
  }

  /** MESSENGER_API_BASE for the app under test. */
  get url(): string {
    return `${this.origin}/${FakeGraph.VERSION}`;
  }

  /** Message sends received, in order. */
  get sends(): RecordedRequest[] {
    return this.requests.filter(isMessageSend);
  }

  /** By default failures apply to message sends only (typing_on never consumes them). */
  override failNext(n: number, mode: GraphFailure, match: (r: RecordedRequest) => boolean = isMessageSend): this {
    return super.failNext(n, mode, match);
  }

  private constructor() {
    super();
    this.app.use(express.json());
    this.app.post('/:version/me/:edge', (req, res) => {
      const r = this.record(req);
      const failure = this.takeFailure(r);
      if (failure === 'hang') return this.hang(res);
      if (failure === '5xx') {
        res.status(500).json({ error: { message: 'An unexpected error has occurred.', type: 'OAuthException', code: 2, is_transient: true } });
        return;
      }
      if (failure) {
        const [status, file] = ERROR_FIXTURES[failure];
        res.status(status).json(fixtureJson(file));
        return;
      }
      if (req.params.edge === 'messages') {
        const recipient = (req.body as { recipient?: { id?: string } }).recipient?.id;
        if (req.body?.sender_action) res.json({ recipient_id: recipient });
        else res.json({ recipient_id: recipient, message_id: `m_fake_${++this.seq}` });
        return;
      }
      res.json({ result: 'success' });
    });
  }
}
