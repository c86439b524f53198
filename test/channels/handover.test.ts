/** Messenger conversation routing (thread control) mapped to the internal message kinds. */
import { mapMessengerEvent } from '../../src/channels/messenger/mapper';
import { fixtureJson, SIG } from './helpers';

const account = { agencyId: 'a', pageId: SIG.messenger.page_id, appId: SIG.messenger.app_id } as never;
const map = (file: string) => mapMessengerEvent(fixtureJson(file).entry[0].messaging[0], { account, standby: false, receivedAt: new Date(), getStartedPayload: 'GET_STARTED' });
const kind = (r: ReturnType<typeof map>) => ('msg' in r ? r.msg.kind : `ignored:${r.ignore}`);

test('the Page Inbox taking the thread means staff answer there', () => {
  expect(kind(map('messenger-handover-take_thread_control.json'))).toBe('staff_echo');
});

test('our app passing the thread to the Page Inbox also hands the conversation to staff', () => {
  expect(kind(map('messenger-handover-pass_thread_control.json'))).toBe('staff_echo');
});

test('the thread passed back to our app releases the conversation to the bot', () => {
  expect(kind(map('messenger-handover-pass_thread_control-back.json'))).toBe('staff_release');
});

test('a request for the thread changes nothing by itself', () => {
  expect(kind(map('messenger-handover-request_thread_control.json'))).toBe('ignored:handover');
});
