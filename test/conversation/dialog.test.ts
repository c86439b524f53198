import type { InboundMessage } from '../../src/channels/message';
import { AgencyProfileSchema, type AgencyProfile } from '../../src/conversation/agency';
import { pickChoice } from '../../src/conversation/dialog';
import { ConversationEngine, type TurnResult } from '../../src/conversation/engine';
import { MemoryStateRepository, newState, type ConversationState } from '../../src/conversation/state';
import { buildSnapshot, KnowledgeBase } from '../../src/knowledge/kb';
import { loadSourceFromFiles } from '../../src/knowledge/source';
import { ASPECTS, type Aspect } from '../../src/understanding/types';

let kb: KnowledgeBase;
let agency: AgencyProfile;
let states: MemoryStateRepository;
let engine: ConversationEngine;

beforeAll(() => {
  kb = new KnowledgeBase(buildSnapshot(loadSourceFromFiles().source));
  agency = AgencyProfileSchema.parse({});
});
beforeEach(() => {
  states = new MemoryStateRepository();
  engine = new ConversationEngine({ knowledge: () => kb, states, agency: () => agency });
});

type Step = string | { text?: string; payload: string };

/** Runs the turns of one conversation through engine.turn, threading the state. */
function chat(...steps: Step[]): TurnResult[] {
  let state: ConversationState = newState('default', `c-${Math.random()}`);
  return steps.map((s) => {
    const r = typeof s === 'string' ? engine.turn(state, s) : engine.turn(state, s.text ?? '', s.payload);
    state = r.state;
    return r;
  });
}

const brief = (r: TurnResult) => ({ intent: r.parse.intent, procedure: r.parse.procedure, aspect: r.parse.aspect });
const proc = (procedure: string, aspect: Aspect) => ({ intent: 'procedure', procedure, aspect });
const intent = (name: string) => ({ intent: name, procedure: null, aspect: null });

describe('follow-ups keep the procedure and change the aspect', () => {
  test('with diacritics', () => {
    const r = chat('cho em hỏi đăng ký tạm trú cần giấy tờ gì', 'còn lệ phí thì sao', 'nộp online được ko', 'ở đâu', 'mất bao lâu', 'có bắt buộc không');
    expect(r.map(brief)).toEqual([
      proc('dang-ky-tam-tru', 'documents'),
      proc('dang-ky-tam-tru', 'fee'),
      proc('dang-ky-tam-tru', 'online'),
      proc('dang-ky-tam-tru', 'where'),
      proc('dang-ky-tam-tru', 'duration'),
      proc('dang-ky-tam-tru', 'eligibility'),
    ]);
    expect(r[1].parse.reply).toMatch(/^Đăng ký tạm trú — lệ phí/);
    expect(r[3].parse.reply).toMatch(/^Đăng ký tạm trú — nơi nộp hồ sơ/);
  });

  test('without diacritics and with teencode', () => {
    const r = chat('lam giay khai sinh cho con can gi', 'con le phi thi sao', 'nop online dc ko', 'o dau z ad');
    expect(r.map(brief)).toEqual([
      proc('dang-ky-khai-sinh', 'documents'),
      proc('dang-ky-khai-sinh', 'fee'),
      proc('dang-ky-khai-sinh', 'online'),
      proc('dang-ky-khai-sinh', 'where'),
    ]);
  });

  test('the state remembers the topic and the aspect', () => {
    const [, second] = chat('làm hộ chiếu cần gì', 'bao lâu thì có');
    expect(second.state.procedure).toBe('cap-ho-chieu');
    expect(second.state.aspect).toBe('duration');
    expect(second.state.turns).toBe(2);
  });

  test('a follow-up with no topic yet asks which procedure, then keeps the asked aspect', () => {
    const [first, second] = chat('hết bao nhiêu tiền', 'đăng ký kết hôn');
    expect(first.parse).toMatchObject({ intent: 'procedure', procedure: null, aspect: 'fee' });
    expect(first.parse.reply).toMatch(/Quý khách vui lòng cho biết tên thủ tục/);
    expect(second.parse.procedure).toBe('dang-ky-ket-hon');
  });

  test('a tapped aspect button after a follow-up with no topic keeps the asked aspect', () => {
    const [, second] = chat('hết bao nhiêu tiền', { payload: 'procedure:dang-ky-khai-sinh' });
    expect(brief(second)).toEqual(proc('dang-ky-khai-sinh', 'fee'));
  });
});

describe('topic switch to a neighbouring procedure', () => {
  test('khai sinh → "thế còn khai tử thì sao" → follow-up stays on khai tử', () => {
    const r = chat('làm giấy khai sinh cho con cần gì', 'thế còn khai tử thì sao', 'lệ phí bao nhiêu');
    expect(r.map(brief)).toEqual([proc('dang-ky-khai-sinh', 'documents'), proc('dang-ky-khai-tu', 'overview'), proc('dang-ky-khai-tu', 'fee')]);
  });

  test('"vậy tiền" typed with its diacritics is no loan ("vay tiền", out of scope): the follow-up stays on the topic', () => {
    const r = chat('thuê trọ 2 tháng rồi chưa đăng ký tạm trú có sao không', 'vậy tiền phạt là bao nhiêu', 'vay tiền ngân hàng lãi suất bao nhiêu');
    expect(r.map(brief)).toEqual([proc('dang-ky-tam-tru', 'eligibility'), proc('dang-ky-tam-tru', 'eligibility'), intent('out_of_scope')]);
  });

  test('a procedure not yet done, the condition of a question, is not a new topic; doing it now is', () => {
    const r = chat('bé mới sinh, muốn làm khai sinh, nhập khẩu với thẻ bảo hiểm cho bé luôn một lượt thì làm ở đâu',
      'ba mạ bé chưa đăng ký kết hôn thì có làm được không');
    expect(r.map(brief)[1]).toEqual(proc('lien-thong-khai-sinh', 'eligibility'));
    const s = chat('làm khai sinh cho con cần giấy tờ gì', 'mà vợ chồng em chưa đăng ký kết hôn, giờ đi đăng ký thì cần giấy tờ gì');
    expect(s.map(brief)[1]).toEqual(proc('dang-ky-ket-hon', 'documents'));
  });

  test('in a chat about a copy of the birth record, the register itself lost means registering the birth again', () => {
    expect(chat('giấy khai sinh của con bị mất, xin lại bản sao ở đâu', 'ở xã nói sổ gốc bị trôi hồi lũ năm 99 rồi')[1].parse.procedure).toBe('dang-ky-lai-khai-sinh');
    const r = chat('giấy khai sinh của mẹ em bị mối ăn mất rồi, mẹ em sinh năm 1965 ở xã này, giờ làm sao xin lại bản khác ạ',
      'em lên xã hỏi thì chị cán bộ bảo sổ gốc hồi đó bị lũ năm 99 cuốn mất rồi, vậy giờ sao ạ', 'vậy phải chuẩn bị giấy tờ gì ạ');
    expect(r.map(brief)).toEqual([proc('trich-luc-ho-tich', 'overview'), proc('dang-ky-lai-khai-sinh', 'overview'), proc('dang-ky-lai-khai-sinh', 'documents')]);
    // the register kept: still the copy
    const s = chat('giấy khai sinh bản chính của tôi bị mất, xin lại bản sao ở đâu', 'xã vẫn còn lưu sổ gốc thì mất mấy ngày');
    expect(s.map(brief)[1]).toEqual(proc('trich-luc-ho-tich', 'duration'));
  });

  test('a named copy of the record whose register is lost is the re-registration (a mark with a gap)', () => {
    const r = chat('chào ad', 'bà nội em mất giấy khai sinh gốc, hỏi xã thì nói sổ lưu cũng bị mất hồi lũ lụt, giờ phải làm sao');
    expect(r.map(brief)[1]).toEqual(proc('dang-ky-lai-khai-sinh', 'overview'));
  });

  test('an identity paper held says nothing of the topic: the question stays on it', () => {
    const r = chat('mẹ em sinh năm 1960, giấy khai sinh mất, xã nói sổ gốc cũng không còn, giờ làm sao',
      'cần giấy tờ chi để chứng minh, mẹ em chỉ còn cái chứng minh nhân dân cũ với sổ hộ khẩu');
    expect(r.map(brief)).toEqual([proc('dang-ky-lai-khai-sinh', 'overview'), proc('dang-ky-lai-khai-sinh', 'documents')]);
    // but the card as the subject is the card
    const s = chat('làm giấy khai sinh cho con cần gì', 'chứng minh nhân dân của tôi hết hạn rồi, có bắt buộc đổi sang căn cước không');
    expect(s.map(brief)[1]).toEqual(proc('cap-the-can-cuoc', 'eligibility'));
  });

  test('adding the father\'s name left blank on a birth record is recognising the child, and its follow-ups stay there', () => {
    const r = chat('vợ chồng em chưa cưới, làm giấy khai sinh cho bé bỏ trống tên cha, giờ muốn bổ sung tên ba thì làm sao ạ',
      'cần mang những giấy tờ gì');
    expect(r.map(brief)).toEqual([proc('nhan-cha-me-con', 'overview'), proc('nhan-cha-me-con', 'documents')]);
  });

  test('a lost household book (no longer issued) is replaced by the residence confirmation', () => {
    const r = chat('tôi muốn chuyển hộ khẩu cả nhà về nhà mới thì làm thủ tục gì', 'sổ hộ khẩu cũ nhà tôi làm mất rồi, có cấp lại sổ được không',
      'giấy đó lấy trên VNeID được không');
    expect(r.map(brief).slice(1)).toEqual([proc('xac-nhan-cu-tru', 'eligibility'), proc('xac-nhan-cu-tru', 'online')]);
  });

  test('whether the parts of a combined procedure are done together asks what it is (overview)', () => {
    const r = chat('e moi sanh be dc 2 tuan, muon lam giay khai sinh roi nhap ho khau va lam the bhyt cho be 1 lan luon dc ko ad',
      'làm ở đâu vậy ad');
    expect(r.map(brief)).toEqual([proc('lien-thong-khai-sinh', 'overview'), proc('lien-thong-khai-sinh', 'where')]);
  });

  test('the identity account asked as the way into the portal keeps a portal chat; getting the account turns to it (dialogs-tune-142/288/346)', () => {
    const r = chat('ad ơi e muốn nộp hồ sơ trên cổng dịch vụ công quốc gia mà ko biết đăng nhập kiểu j', 'đăng nhập bằng tk VNeID mức 1 được ko hay phải mức 2', 'nop onl thi le phi co dc giam ko');
    expect(r.map(brief).slice(1)).toEqual([proc('nop-ho-so-truc-tuyen', 'eligibility'), proc('nop-ho-so-truc-tuyen', 'fee')]);
    expect(brief(chat('con chỉ ông cách nộp hồ sơ trên mạng với', 'có bắt buộc phải có tài khoản VNeID mới vô được không')[1]).procedure).toBe('nop-ho-so-truc-tuyen');
    // …"chưa có tk định danh mức 2, làm cái đó ở đâu" asks about getting the account
    expect(brief(chat('con chỉ ông cách nộp hồ sơ trên mạng với', 'mà e chưa có tk định danh mức 2, làm cái đó ở đâu')[1]).procedure).toBe('dinh-danh-dien-tu');
  });

  test('a procedure wanted ("muốn xin làm hộ nghèo") is a turn to it, though its certificate is a paper of the topic\'s file (dialogs-tune-382)', () => {
    const r = chat('bà nội tui 81 tuổi, nghe nói được hưởng tiền người già hằng tháng, thủ tục ra răng', 'Nhà tui cũng khó khăn, muốn xin làm hộ nghèo thì có được không');
    expect(brief(r[1])).toEqual(proc('ho-ngheo', 'eligibility'));
  });

  test('which form of a paper to bring ("giấy khai sinh bản chính hay bản sao") is the topic\'s papers, not a copy asked for (dialogs-tune-11/115/382)', () => {
    const r = chat('con tôi 6 tuổi muốn làm thẻ căn cước thì làm thế nào', 'Cần mang giấy khai sinh bản chính hay bản sao', 'Lần đầu làm cho bé có mất tiền không');
    expect(r.map(brief).slice(1)).toEqual([proc('cap-the-can-cuoc', 'documents'), proc('cap-the-can-cuoc', 'fee')]);
    expect(brief(chat('làm hộ chiếu cho bé cần gì', 'cần gks bản chính hay bản sao')[1])).toEqual(proc('cap-ho-chieu', 'documents'));
  });

  test('which site the topic is done on, asked in its chat, is the topic online, not the portal guide (dialogs-tune-381)', () => {
    const r = chat('em muốn mở công ty TNHH thì làm thủ tục gì', 'nộp hồ sơ online trên cổng nào ạ', 'lệ phí đăng ký bn');
    expect(r.map(brief).slice(1)).toEqual([proc('thanh-lap-doanh-nghiep', 'online'), proc('thanh-lap-doanh-nghiep', 'fee')]);
  });

  test('the paper the topic yields, asked by the everyday name a related procedure shares, keeps the topic (dialogs-tune-379)', () => {
    const r = chat('e muon mo cty tnhh 1tv thi lam sao', 'bao lau co giay dkkd');
    expect(brief(r[1])).toEqual(proc('thanh-lap-doanh-nghiep', 'duration'));
    // …while the other procedure named before the paper is turned to
    const s = chat('đăng ký hộ kinh doanh cần giấy tờ gì', 'nếu mở công ty thì mất bao lâu có giấy chứng nhận');
    expect(brief(s[1]).procedure).toBe('thanh-lap-doanh-nghiep');
  });

  test('the age the combined procedure is named by, asked in a chat on one of its parts, keeps that part (dialogs-tune-149, -376)', () => {
    const r = chat('muốn làm thẻ bảo hiểm y tế cho con thì cần những giấy tờ gì', 'trẻ dưới 6 tuổi thì có mất đồng nào ko ad', 'bao lâu có thẻ ad');
    expect(r.map(brief).slice(1)).toEqual([proc('cap-the-bhyt', 'fee'), proc('cap-the-bhyt', 'duration')]);
    // …while the parts asked together still make the combined one
    expect(brief(chat('muốn làm thẻ bảo hiểm y tế cho con thì cần những giấy tờ gì', 'làm luôn khai sinh với nhập hộ khẩu cùng lúc được không')[1]).procedure).toBe('lien-thong-khai-sinh');
  });

  test('a part of a combined procedure asked after the other part is done keeps to that part on a bare follow-up (dialogs-tune-241)', () => {
    const r = chat('khai sinh cho bé xong rồi, giờ làm thẻ bảo hiểm y tế cho bé ở đâu', 'có tốn tiền không ad');
    expect(r.map(brief)).toEqual([proc('cap-the-bhyt', 'where'), proc('cap-the-bhyt', 'fee')]);
    // …while "liên thông ạ" names the combined one
    expect(brief(chat('ông tui mới mất, hỏi về khai tử', 'liên thông ạ')[1]).procedure).toBe('lien-thong-khai-tu');
  });

  test('a driving licence named in a vehicle registration chat is its own topic', () => {
    const r = chat('mua xe máy mới thì đăng ký biển số ở đâu', 'them nua bang lai xe oto cua e het han roi, doi lai co can giay kham suc khoe ko');
    expect(r.map(brief)[1]).toEqual(proc('doi-giay-phep-lai-xe', 'documents'));
  });

  test('"có phải về quê làm không" asks where to do the topic, whatever the home town\'s words suggest', () => {
    const r = chat('e bị mất căn cước rồi, làm lại cần gì ạ', 'e dang lam o tphcm ma thuong tru o quang ngai, co phai ve que lam ko');
    expect(r.map(brief)[1]).toEqual(proc('cap-lai-the-can-cuoc', 'where'));
    // but a turn to another topic is one
    const s = chat('e bị mất căn cước rồi, làm lại cần gì ạ', 'à còn nữa, bố mẹ em muốn bán đất ở quê, hợp đồng mua bán chứng thực ở xã được không');
    expect(s.map(brief)[1].procedure).toBe('chung-thuc-hop-dong');
  });

  test('a child of a stated age in a chat about re-issuing a lost card asks about a first card', () => {
    const r = chat('ad oi e bi mat cccd r', 'lam lai o dau', 'con e 13t lam dc chua', 'can mang gi');
    expect(r.map(brief).slice(2)).toEqual([proc('cap-the-can-cuoc', 'eligibility'), proc('cap-the-can-cuoc', 'documents')]);
    // the child's own lost card is still a re-issue
    const s = chat('ad oi e bi mat cccd r', 'con e 15 tuoi cung bi mat the luon, lam lai sao');
    expect(s.map(brief)[1].procedure).toBe('cap-lai-the-can-cuoc');
  });

  test("the landlord's signature in a tạm trú chat is the topic's; a loss told with 'ad ơi' at the end refines the topic", () => {
    const r = chat('muốn đăng ký tạm trú thì làm sao ạ', 'chu tro ko chiu ky xac nhan thi e co dk dc ko', 'lam qua vneid dc ko ad');
    expect(r.map(brief).slice(1)).toEqual([proc('dang-ky-tam-tru', 'eligibility'), proc('dang-ky-tam-tru', 'online')]);
    const s = chat('cho hoi ve can cuoc', 'bi mat o ben xe hom qua roi ad oi');
    expect(s.map(brief)[1].procedure).toBe('cap-lai-the-can-cuoc');
    // a hello is still a hello
    expect(chat('cho hoi ve can cuoc', 'chào ad ơi').map(brief)[1].intent).not.toBe('procedure');
  });

  test('the register lost, told before its name ("mất luôn sổ gốc"), refines a copy of the record; an out-of-scope turn that echoes an earlier topic stays out', () => {
    const r = chat('giấy khai sinh của tôi bị mất, xin bản sao ở đâu', 'nếu uỷ ban cũng mất luôn sổ gốc thì sao');
    expect(r.map(brief)[1].procedure).toBe('dang-ky-lai-khai-sinh');
    const s = chat('bằng lái B2 sắp hết hạn đổi ở đâu', 'vợ tôi mới mua xe máy, đăng ký biển số ở công an xã được chưa', 'còn học bằng lái ô tô ở trường nào uy tín ad');
    expect(s.map(brief)[2]).toEqual(intent('out_of_scope'));
  });

  test('the household book lost, told in a residence chat, moves to the residence confirmation that replaces it', () => {
    const r = chat('nhập hộ khẩu cho con về nhà nội cần giấy gì', 'Còn cuốn sổ hộ khẩu cũ nhà tôi bị thất lạc, giờ phải làm sao', 'cái giấy xác nhận đó xin trên vneid được không');
    expect(r.map(brief).slice(1)).toEqual([proc('xac-nhan-cu-tru', 'overview'), proc('xac-nhan-cu-tru', 'online')]);
    // the loss told before the book's name too (dialogs-tune-63)
    expect(brief(chat('nhập hộ khẩu cho con về nhà nội cần giấy gì', 'nhà tui làm mất cuốn sổ hộ khẩu rồi, giờ phải làm sao')[1]).procedure).toBe('xac-nhan-cu-tru');
  });

  test('the household book lost, told in other words in a chat on another paper, moves to the residence confirmation', () => {
    // "cuốn hộ khẩu … làm mất tiêu": the book named without "sổ", the loss in the South's words; the words alone are
    // split between residence procedures, yet the book's loss leads (dialogs-tune-380)
    const land = chat('đất ông bà để lại ko có giấy tờ gì, có làm sổ đỏ được ko', 'người ta kêu đưa sổ hộ khẩu mà cuốn hộ khẩu nhà tui làm mất tiêu rồi, giờ sao ad');
    expect(brief(land[1])).toEqual(proc('xac-nhan-cu-tru', 'overview'));
    // "cũng mất nốt" in a chat about a lost căn cước (dialogs-tune-376)
    const card = chat('cccd mất trong ví luôn, làm lại thì cần mang gì ạ', 'cả cuốn sổ hộ khẩu nhà e để trong ví cũng mất nốt, giờ làm lại thế nào ạ');
    expect(brief(card[1])).toEqual(proc('xac-nhan-cu-tru', 'overview'));
  });

  test('an account the topic requires, named ("phải có tài khoản định danh mức 2 mới nộp được"), keeps the topic', () => {
    const r = chat('nộp hồ sơ trực tuyến trên cổng dịch vụ công thì làm sao', 'co bat buoc phai co tk dinh danh muc 2 moi nop dc ko');
    expect(r.map(brief)[1].procedure).toBe('nop-ho-so-truc-tuyen');
  });

  test('a SIM the VNeID account requires, asked in its chat, is no out-of-scope question', () => {
    const r = chat('kích hoạt định danh mức 2 làm ở đâu ạ', 'ra đó thì mang theo những gì, có cần sim chính chủ ko ạ');
    expect(r.map(brief)[1]).toEqual(proc('dinh-danh-dien-tu', 'documents'));
  });

  test('a birth certificate offered for a passport file ("giấy khai sinh bản sao đc ko") keeps the passport topic', () => {
    const r = chat('làm hộ chiếu cho bé 5 tuổi ở đâu ạ', 'bé thì cần giấy tờ gì, giấy khai sinh bản sao đc ko');
    expect(r.map(brief)[1].procedure).toBe('cap-ho-chieu');
  });

  test('withdrawing social insurance at once, named loosely ("rút bảo hiểm 1 lần"), in an unemployment chat', () => {
    const r = chat('em nghỉ việc rồi, muốn hưởng trợ cấp thất nghiệp thì làm sao', 'nếu không lấy thất nghiệp mà rút bảo hiểm 1 lần luôn thì cần giấy tờ gì');
    expect(r.map(brief)[1]).toEqual(proc('bhxh-mot-lan', 'documents'));
  });

  test('a farewell the classifier hears in "hẹn hôm sau" is a question about the topic when a cue asks it', () => {
    const r = chat('chứng thực bản sao ở đâu', 'chờ lấy luôn hay phải hẹn hôm sau', 'ok để tui gom giấy tờ rồi lên');
    expect(r.map(brief)[1]).toEqual(proc('chung-thuc-ban-sao', 'duration'));
    expect(r[2].parse.intent).not.toBe('procedure'); // agreeing and telling a plan
    expect(chat('chứng thực chữ ký ở đâu', 'hẹn gặp lại nha ad')[1].parse.intent).toBe('goodbye'); // "gặp lại", not "gấp"
    expect(chat('chứng thực chữ ký ở đâu', 'e nho ba e cam len ky giup dc hong hay phai chinh e di')[1].parse).toMatchObject({ procedure: 'chung-thuc-chu-ky', aspect: 'eligibility' });
  });

  test('a registration\'s certificate one holds, asked whether needed, is the topic\'s papers', () => {
    const r = chat('tôi muốn nhập hộ khẩu về nhà vợ thì làm thủ tục gì', 'cần giấy tờ gì, có cần giấy đăng ký kết hôn không');
    expect(r.map(brief)[1]).toEqual(proc('dang-ky-thuong-tru', 'documents'));
  });

  test('a household business handed to someone else or moved is changing it (gapped marks)', () => {
    const r = chat('đăng ký hộ kinh doanh cần giấy tờ gì', 'à sau này mình muốn chuyển cho vợ đứng tên chủ hộ kinh doanh thì làm thế nào',
      'còn nếu dời cửa hàng qua chỗ khác thì phải làm thủ tục gì');
    expect(r.map(brief).slice(1)).toEqual([proc('thay-doi-ho-kinh-doanh', 'overview'), proc('thay-doi-ho-kinh-doanh', 'overview')]);
  });

  test('whether a permit is required ("phải có giấy an toàn thực phẩm không") asks about the permit', () => {
    const r = chat('mở quán ăn nhỏ thì đăng ký hộ kinh doanh ở đâu', 'quán ăn nhỏ vầy có bắt buộc phải có giấy an toàn thực phẩm hông');
    expect(r.map(brief)[1]).toEqual(proc('an-toan-thuc-pham', 'eligibility'));
  });

  test('tạm trú → tạm vắng', () => {
    const r = chat('đăng ký tạm trú ở đâu', 'còn tạm vắng thì sao', 'bao lâu');
    expect(r.map(brief)).toEqual([proc('dang-ky-tam-tru', 'where'), proc('khai-bao-tam-vang', 'overview'), proc('khai-bao-tam-vang', 'duration')]);
  });

  test('kết hôn → khai sinh for the child', () => {
    const r = chat('đăng ký kết hôn cần gì', 'còn khai sinh cho con thì sao', 'có làm online được không');
    expect(r.map(brief)).toEqual([proc('dang-ky-ket-hon', 'documents'), proc('dang-ky-khai-sinh', 'overview'), proc('dang-ky-khai-sinh', 'online')]);
  });

  test('tạm trú → the full name "đăng ký thường trú"', () => {
    const r = chat('làm tạm trú cần gì', 'còn đăng ký thường trú thì sao');
    expect(r[1].parse.procedure).toBe('dang-ky-thuong-tru');
  });

  test('căn cước → hộ chiếu', () => {
    const r = chat('làm căn cước cho con 14 tuổi cần gì', 'làm hộ chiếu cho cháu thì sao');
    expect(r[1].parse.procedure).toBe('cap-ho-chieu');
  });

  // WEAKNESS: "thường trú" alone is a keyword of no procedure (keywordStrength 0, see matcher.test.ts), so
  // the dialog reads "còn thường trú thì sao" as a bare follow-up and answers tạm trú again.
  test('tạm trú → "còn thường trú thì sao" switches to đăng ký thường trú', () => {
    const r = chat('làm tạm trú cần gì', 'còn thường trú thì sao');
    expect(r[1].parse.procedure).toBe('dang-ky-thuong-tru');
  });
});

describe('the topic holds against loose words', () => {
  test('what a paper of the file is asks about the papers; what the procedure\'s own paper is asks what it is (from dialogs-tune-424)', () => {
    const r = chat('đăng ký khai sinh cho con cần giấy tờ gì', 'giấy chứng sinh là giấy gì vậy ad, bệnh viện cấp hả');
    expect(brief(r[1])).toEqual(proc('dang-ky-khai-sinh', 'documents'));
    const s = chat('xin bản sao trích lục khai sinh ở đâu', 'trích lục là cái gì ad');
    expect(brief(s[1])).toEqual(proc('trich-luc-ho-tich', 'overview'));
  });

  test('a voice-typed question then its topic said again, or a misheard word set right, keeps the question (from dialogs-tune-423)', () => {
    const r = chat('em là sinh viên thuê phòng trọ ở thủ đức thì có bắt buộc phải đăng ký tạm chú không ạ', 'tạm trú nha ad');
    expect(brief(r[1])).toEqual(proc('dang-ky-tam-tru', 'eligibility'));
    const s = chat('giờ muốn làm giấy khai xinh cho bé thì cần mang những giấy tờ gì ạ', '*khai sinh ạ, máy nó ghi sai 😅');
    expect(brief(s[1])).toEqual(proc('dang-ky-khai-sinh', 'documents'));
    // (which one, said again at more length: "dạ em hỏi cái lý lịch tư pháp số 2 ạ" — dialogs-tune-457; a loss told is
    // a new story)
    expect(brief(chat('phiếu lý lịch tư pháp làm ở đâu ạ', 'dạ em hỏi cái lý lịch tư pháp số 2 ạ')[1])).toEqual(proc('ly-lich-tu-phap', 'where'));
    expect(brief(chat('thẻ bhyt cho người già làm ở đâu', 'thẻ bhyt của mẹ cháu bị mất rồi ạ')[1])).toEqual(proc('cap-the-bhyt', 'overview'));
    // (the word set right in the topic's own words, which name another procedure than the word alone)
    const v = chat('cho e hỏi cải chính ngày sinh trong giấy khai snh', '*khai sinh', 'phí bao nhiêu');
    expect(v.slice(1).map(brief)).toEqual([proc('thay-doi-cai-chinh-ho-tich', 'overview'), proc('thay-doi-cai-chinh-ho-tich', 'fee')]);
    // (the field the topic's name holds, said alone after a misheard "cư chú")
    const u = chat('trường bắt nộp giấy xác nhận cư chú cho con vào lớp 1 thì xin ở đâu', 'cư trú');
    expect(brief(u[1])).toEqual(proc('xac-nhan-cu-tru', 'where'));
    // (a topic named anew with a question of its own asks it)
    const t = chat('đăng ký tạm trú cần giấy tờ gì', 'tạm trú online được không');
    expect(brief(t[1])).toEqual(proc('dang-ky-tam-tru', 'online'));
  });

  test('a name chosen for a child\'s element, asked in a birth-registration chat, is out of scope (dialogs-tune-438)', () => {
    expect(chat('làm giấy khai sinh cho bé cần giấy tờ gì', 'ad gợi ý giúp e tên hay cho bé gái hợp mệnh Kim với')[1].parse.intent).toBe('out_of_scope');
  });

  test('a wordless first message (an emoji, a sticker) opens the chat; later, or a thanks emoji, it is not a hello (dialogs-tune-451)', () => {
    for (const first of ['😊', '💬💬', '[Sticker]']) expect([first, chat(first)[0].parse.intent]).toEqual([first, 'greeting']);
    expect(chat('🙏')[0].parse.intent).toBe('thanks');
    expect(chat('đăng ký tạm trú ở đâu', '😊')[1].parse.intent).not.toBe('greeting');
  });

  test('a bare question first, then a story with an out-of-scope word, is the topic\'s question (from dialogs-tune-441, -396, -92)', () => {
    const r = chat('mẹ tôi vừa mất, làm khai tử thế nào', 'có thời hạn ko ad, nhà e đang lo tang lễ chưa kịp làm');
    expect(brief(r[1])).toEqual(proc('dang-ky-khai-tu', 'eligibility'));
    const s = chat('làm hộ chiếu lần đầu ở đâu', 'bao lâu thì nhận được, tụi mình đặt vé tháng 6 rồi');
    expect(brief(s[1])).toEqual(proc('cap-ho-chieu', 'duration'));
    // (the story first, then the question, stays as it was read: "đặt vé máy bay rồi, ad tư vấn hãng nào rẻ")
    expect(brief(chat('làm hộ chiếu lần đầu ở đâu', 'đặt vé máy bay rồi, ad tư vấn hãng nào rẻ giùm')[1]).intent).toBe('out_of_scope');
  });

  test('who must be there in person, asked with no procedure named, is asked of the topic (from dialogs-tune-411/194)', () => {
    const r = chat('con gái tôi có con với người ta mà chưa cưới, giờ bố nó muốn nhận con thì làm sao', 'có cần cả hai đứa cùng có mặt không');
    expect(brief(r[1])).toEqual(proc('nhan-cha-me-con', 'eligibility'));
  });

  test("the topic's papers asked first, another procedure's paper then told of, keeps the topic (from dialogs-tune-419/184)", () => {
    const r = chat('con tôi 15 tuổi chưa làm căn cước bao giờ, giờ làm thì thế nào', 'cần mang theo giấy tờ gì ạ, giấy khai sinh bản chính của cháu bị rách mất một góc rồi', 'bao lâu thì có thẻ');
    expect(r.slice(1).map(brief)).toEqual([proc('cap-the-can-cuoc', 'documents'), proc('cap-the-can-cuoc', 'duration')]);
    // (the other paper asked about in its own clause is a question of its own)
    const s = chat('con tôi 15 tuổi chưa làm căn cước bao giờ, giờ làm thì thế nào', 'cần giấy tờ gì, mà giấy khai sinh của cháu bị mất thì xin lại ở đâu');
    expect(s[1].parse.procedure).not.toBe('cap-the-can-cuoc');
    const t = chat('căn cước của em bị mất hôm đi chợ, làm lại thế nào ạ', 'mất bao lâu thì có thẻ mới, em đang cần gấp để đăng ký hộ kinh doanh');
    expect(brief(t[1])).toEqual(proc('cap-lai-the-can-cuoc', 'duration'));
  });

  test('a visit of some days told in another chat is a new topic by its marks (from dialogs-tune-420 d21)', () => {
    const r = chat('con dâu tôi mới sinh, muốn làm khai sinh, nhập hộ khẩu và thẻ bảo hiểm cho cháu một lần', 'bao lâu thì có thẻ bhyt cho cháu',
      'Tết này con gái với con rể ở Hà Nội về chơi nhà tôi 6 hôm thì có phải báo với công an không', 'báo qua điện thoại được không');
    expect(r.slice(2).map((x) => x.parse.procedure)).toEqual(['thong-bao-luu-tru', 'thong-bao-luu-tru']);
  });

  test('a turn that keeps the topic keeps the words that set it: another benefit named in passing does not win the next follow-up (from dialogs-tune-377 d20)', () => {
    const r = chat('Bố tôi mất sáng nay, tôi muốn làm giấy chứng tử và cắt khẩu cho cụ luôn một lần', 'Có được nhận cả tiền mai táng không, cụ đang hưởng trợ cấp người cao tuổi hằng tháng', 'Cần mang những giấy gì');
    expect(r.map((x) => x.parse.procedure)).toEqual(Array(3).fill('lien-thong-khai-tu'));
    expect(r[2].parse.aspect).toBe('documents');
  });

  test('a where follow-up mentioning home towns does not drift to passports (from dialogs-tune-6, t6d03)', () => {
    const r = chat('alo ad oi', 'can cuoc cua minh bi hong chip, quet may nao cung ko nhan, rua gio phai lam sao',
      'minh dang o tro Binh Duong ma thuong tru o Quang Binh, lam o mo duoc', 'lâu ko', 'co phai dong tien hong');
    expect(r.slice(1).map((x) => x.parse.procedure)).toEqual(Array(4).fill('cap-lai-the-can-cuoc'));
  });

  test('"sửa xong thì tên trên căn cước vẫn sai, làm thẻ mới theo tên đúng thì sao" is the card made again (from dialogs-tune-202)', () => {
    const r = chat('tên trong giấy khai sinh của e bị sai, sửa sao ad', 'sửa xong thì tên trên căn cước vẫn sai, làm thẻ mới theo tên đúng thì sao ạ');
    expect(brief(r[1])).toEqual(proc('cap-the-can-cuoc', 'overview'));
  });

  test('in a căn cước chat, "thẻ của tôi ghi sai ngày sinh" is the card to be issued again (from dialogs-tune-200)', () => {
    const r = chat('Con tôi năm nay tròn 14 tuổi đi làm căn cước được chưa', 'tiện hỏi luôn, thẻ của tôi ghi sai ngày sinh, đi điều chỉnh lại có mất tiền không');
    expect(brief(r[1])).toEqual(proc('cap-the-can-cuoc', 'fee'));
  });

  test('once the civil record is corrected, the card to be issued again is the căn cước (from dialogs-tune-20/62/167/168)', () => {
    const r = chat('tên trong giấy khai sinh của e bị sai, Huệ thành Huê, sửa sao ad', 'sửa xong thì thẻ căn cước cũng sai tên, đổi thẻ thì làm sao');
    expect(brief(r[1])).toEqual(proc('cap-the-can-cuoc', 'overview'));
    const s = chat('muốn đổi họ của con từ họ bố sang họ mẹ có được không', 'Đổi họ xong thì thẻ căn cước của bé có bắt buộc làm lại ko');
    expect(brief(s[1])).toEqual(proc('cap-the-can-cuoc', 'eligibility'));
  });

  test('a paper of the file lost, "… làm mất rồi thì sao", asks what to bring instead; getting it again does not (from dialogs-tune-58/154/178)', () => {
    const r = chat('đăng ký khai sinh cho bé cần giấy tờ gì', 'giấy chứng sinh của bệnh viện e làm mất r thì sao ạ');
    expect(brief(r[1])).toEqual(proc('dang-ky-khai-sinh', 'documents'));
    const s = chat('khai tử cho ông ngoại làm ở đâu', 'giấy báo tử ở viện bị thất lạc rồi thì sao');
    expect(brief(s[1])).toEqual(proc('dang-ky-khai-tu', 'documents'));
    const t = chat('mất giấy khai sinh, xã còn sổ gốc thì xin bản sao ở đâu', 'con giay chung tu cua ong ngoai cung that lac, xin lai ban sao the nao');
    expect(t[1].parse.aspect).toBe('overview');
  });

  test('"đất chưa có sổ đỏ thì có xin phép xây được ko": land without a certificate is the condition of the permit (from dialogs-tune-9/184)', () => {
    const r = chat('xin giấy phép xây nhà 2 tầng ở xã cần gì', 'trường hợp đất chưa có sổ đỏ thì có xin phép xây được ko', 'vay ho so gom nhung j');
    expect(r.slice(1).map(brief)).toEqual([proc('giay-phep-xay-dung-nha-o', 'eligibility'), proc('giay-phep-xay-dung-nha-o', 'documents')]);
  });

  test('words sure of another procedure are trusted over the topic only when they leave the topic no chance (from dialogs-tune-156/196/201)', () => {
    const r = chat('Chị gái em mất, để lại cháu 8 tuổi, em muốn làm người giám hộ cho cháu thì thủ tục sao ạ', 'e là dì ruột thì có đủ điều kiện ko');
    expect(brief(r[1])).toEqual(proc('dang-ky-giam-ho', 'eligibility'));
    const s = chat('ba má cho tui miếng đất, giờ sang tên sổ đỏ qua tui thì làm sao', 'quá 30 ngày mới đi đăng ký sang tên có bị phạt k');
    expect(s[1].parse.procedure).toBe('dang-ky-bien-dong-dat-dai');
  });

  test('a procedure already done, "có tạm trú rồi", is the situation told (from dialogs-tune-163)', () => {
    const r = chat('cho em hỏi thủ tục đăng ký kết hôn với ạ', 'em quê quảng ngãi, ảnh quê bến tre, tụi em ở trọ quận 7 có tạm trú rồi, đăng ký ở phường bên này được hông hay phải về 1 trong 2 quê');
    expect(brief(r[1])).toEqual(proc('dang-ky-ket-hon', 'where'));
  });

  test('an agency named as the place to go is not a new topic (from dialogs-tune-6/7/9)', () => {
    const r = chat('a/c oi cho e hoi dang ky ket hon can giay to gi', 'nộp ở xã hay phải lên tỉnh ạ, trước e nghe nói lên Sở Tư pháp');
    expect(brief(r[1])).toEqual(proc('dang-ky-ket-hon', 'where'));
    const b = chat('the bhyt cua con bi mat, lam lai sao a', 'làm lại ở xã hay bên bhxh huyện');
    expect(brief(b[1])).toEqual(proc('cap-the-bhyt', 'where'));
    // …while a message that names another procedure besides the place still switches
    const s = chat('đăng ký kết hôn cần giấy tờ gì', 'còn lý lịch tư pháp thì lên sở tư pháp hay công an tỉnh');
    expect(s[1].parse.procedure).toBe('ly-lich-tu-phap');
  });

  test('a person\'s role is not a new topic: "phải có người giám hộ" in a tạm trú chat (from dialogs-tune-8)', () => {
    const r = chat('đăng ký tạm trú cần gì', 'em mới 17 tuổi thì tự đăng ký được ko hay phải có người giám hộ', 'lệ phí nhiêu vậy ạ');
    expect(r.slice(1).map(brief)).toEqual([proc('dang-ky-tam-tru', 'eligibility'), proc('dang-ky-tam-tru', 'fee')]);
    expect(brief(chat('ai được làm người giám hộ cho cháu mồ côi')[0]).procedure).toBe('dang-ky-giam-ho');
  });

  test('a paper one has or lacks is the situation, not a new topic (from dialogs-tune-8)', () => {
    const r = chat('em mới lấy chồng, giờ muốn nhập hộ khẩu về nhà chồng thì làm sao', 'nhà chồng em chưa có sổ đỏ, đất ông bà để lại thì có nhập vô được h', 'làm trên vneid đc ko ạ');
    expect(r.map(brief)).toEqual([proc('dang-ky-thuong-tru', 'overview'), proc('dang-ky-thuong-tru', 'eligibility'), proc('dang-ky-thuong-tru', 'online')]);
    // …while turning to it is a switch
    expect(chat('đăng ký khai sinh cần gì', 'còn đất nhà em chưa có sổ đỏ thì làm sao')[1].parse.procedure).toBe('cap-giay-chung-nhan-dat-lan-dau');
  });

  test('a paper to bring is not a new topic, but asking for that paper is', () => {
    const r = chat('làm căn cước lần đầu cho con 14 tuổi thế nào', 'có cần mang theo giấy khai sinh của cháu không', 'bao lâu có thẻ',
      'còn giấy xác nhận độc thân thì xin ở đâu');
    expect(r.map(brief)).toEqual([
      proc('cap-the-can-cuoc', 'overview'), proc('cap-the-can-cuoc', 'documents'), proc('cap-the-can-cuoc', 'duration'),
      proc('xac-nhan-tinh-trang-hon-nhan', 'where'),
    ]);
  });

  test('only a paper held, may it be done ("chỉ có giấy tay thì có làm được không"): eligibility (dialogs-tune-7/85)', () => {
    const r = chat('làm sổ đỏ lần đầu cần giấy tờ gì', 'đất không có giấy tờ mua bán gì hết, chỉ có giấy tay thì có làm được không');
    expect(brief(r[1])).toEqual(proc('cap-giay-chung-nhan-dat-lan-dau', 'eligibility'));
    expect(brief(chat('chứng thực bản sao cần gì', 'khong co ban chinh, chi con ban photo thi chung thuc duoc ko')[1]).aspect).toBe('eligibility');
  });

  test('a paper someone will not lend or hand over is the situation, not a new topic (dialogs-tune-35/72/87/109)', () => {
    const r = chat('đăng ký tạm trú cần giấy gì', 'chủ trọ không cho mượn sổ đỏ thì lấy gì chứng minh chỗ ở');
    expect(r[1].parse.procedure).toBe('dang-ky-tam-tru');
    expect(chat('đăng ký tạm trú cần giấy gì', 'chu nha khong chiu dua so do thi sao')[1].parse.procedure).toBe('dang-ky-tam-tru');
    // …while wanting one asks for it ("muốn" folds like "mượn")
    expect(chat('đăng ký tạm trú cần giấy gì', 'giờ em muốn xin giấy xác nhận cư trú thì xin ở đâu')[1].parse.procedure).toBe('xac-nhan-cu-tru');
  });

  test('after certifying the contract, the land transfer asked about moves to registering it (refines; dialogs-tune-18/36/42/94)', () => {
    expect(chat('chứng thực hợp đồng tặng cho đất ở xã được không', 'nộp xong bao lâu thì nhận sổ mới')[1].parse.procedure).toBe('dang-ky-bien-dong-dat-dai');
    expect(chat('chứng thực hợp đồng mua bán đất cần gì', 'lệ phí trước bạ tính sao ad')[1].parse.procedure).toBe('dang-ky-bien-dong-dat-dai');
    // …while the certification's own fee stays with it
    expect(chat('chứng thực hợp đồng tặng cho đất ở xã được không', 'phí chứng thực bao nhiêu')[1].parse.procedure).toBe('chung-thuc-hop-dong');
  });

  test('a marital-status certificate asked for as a paper in a marriage chat is one of its papers (dialogs-tune-23/54/70/81)', () => {
    const r = chat('đăng ký kết hôn cần giấy tờ gì', 'có cần giấy xác nhận độc thân không ạ');
    expect(r[1].parse.procedure).toBe('dang-ky-ket-hon');
    // (what else asked after it is more of the same papers: "…, còn gì nữa" — dialogs-tune-429)
    expect(brief(chat('muốn chuyển hộ khẩu về nhà chồng thì làm sao', 'cần giấy đăng kí kết hôn hông ạ, còn gì nữa')[1])).toEqual(proc('dang-ky-thuong-tru', 'documents'));
    // …while asked for itself it is its own topic
    expect(chat('đăng ký kết hôn cần giấy tờ gì', 'còn giấy xác nhận độc thân thì xin ở đâu')[1].parse.procedure).toBe('xac-nhan-tinh-trang-hon-nhan');
  });

  test('the record a procedure issues, asked for as a paper, asks for papers (dialogs-tune-13/14/53/56)', () => {
    const r = chat('bố em mới mất, đăng ký khai tử làm sao', 'thế có cần giấy chứng tử không ạ');
    expect(brief(r[1])).toEqual(proc('dang-ky-khai-tu', 'documents'));
    // …but one lacked is the condition told
    expect(brief(chat('đăng ký khai tử cần gì', 'ông mất ở nhà không có giấy báo tử thì có khai tử được không')[1]).aspect).toBe('eligibility');
  });

  test('"làm sổ lần đầu" names the first land certificate, though the land has no certificate yet (dialogs-tune-107)', () => {
    const r = chat('muốn xây nhà trên đất vườn có cần xin giấy phép xây dựng không', 'đất đó chưa có sổ đỏ, giờ làm sổ lần đầu thì cần gì');
    expect(brief(r[1])).toEqual(proc('cap-giay-chung-nhan-dat-lan-dau', 'documents'));
  });

  test('a paper someone demands, then asked how to get, is the new topic (dialogs-tune-113)', () => {
    const r = chat('đăng ký tạm trú cần giấy tờ gì', 'công ty bắt nộp giấy xác nhận cư trú, xin trên mạng ở đâu vậy');
    expect(r.map(brief)).toEqual([proc('dang-ky-tam-tru', 'documents'), proc('xac-nhan-cu-tru', 'online')]);
    // …while the same paper only handed in stays the topic's papers
    expect(chat('đăng ký tạm trú cần giấy tờ gì', 'có phải nộp kèm giấy xác nhận cư trú không')[1].parse.procedure).toBe('dang-ky-tam-tru');
  });

  test('whether a paper is needed, asked yes or no, is about the topic\'s papers (from dialogs-tune-11/12)', () => {
    const r = chat('cho hỏi xin giấy xác nhận độc thân ở đâu', 'e ly hôn r thì có cần mang theo bản án ly hôn ko', 'mất mấy ngày ạ');
    expect(r.map(brief)).toEqual([
      proc('xac-nhan-tinh-trang-hon-nhan', 'where'), proc('xac-nhan-tinh-trang-hon-nhan', 'documents'), proc('xac-nhan-tinh-trang-hon-nhan', 'duration'),
    ]);
    // …unless the words are plainly about another procedure's own matters
    expect(chat('làm giấy khai sinh cho con cần gì', 'có phải xét nghiệm ADN không')[1].parse.procedure).toBe('nhan-cha-me-con');
  });

  test('a place named by what was done there is not a new topic (from dialogs-tune-12)', () => {
    const r = chat('giấy khai sinh của em ghi sai tên đệm, giờ muốn sửa thì làm sao ạ', 'làm ở phường chỗ e đang ở hay phải về nơi đăng ký khai sinh hồi xưa ạ');
    expect(brief(r[1])).toEqual(proc('thay-doi-cai-chinh-ho-tich', 'where'));
  });

  test('a record written wrong is a correction, a card written wrong is the card', () => {
    const r = chat('con em mới làm khai sinh tuần trước mà cán bộ ghi sai chữ lót', 'giờ sửa lại thế nào');
    expect(r.map(brief)).toEqual([proc('thay-doi-cai-chinh-ho-tich', 'overview'), proc('thay-doi-cai-chinh-ho-tich', 'overview')]);
    expect(chat('làm căn cước cho con', 'căn cước cũ ghi sai tên thì sao')[1].parse.procedure).toBe('cap-the-can-cuoc');
    // the card's own error, named by a mark ("căn cước của … sai"), in a chat about correcting a record
    const s = chat('giấy khai sinh của ba tôi ghi sai năm sinh, sửa lại thế nào', 'the can cuoc cua ba toi cung ghi sai ngay sinh, sua lai thi sao');
    expect(s.map(brief)).toEqual([proc('thay-doi-cai-chinh-ho-tich', 'overview'), proc('cap-the-can-cuoc', 'overview')]);
    expect(chat('cccd bi sai ngay sinh thi lam lai ntn')[0].parse.procedure).toBe('cap-the-can-cuoc');
    // but a record's error in a căn cước chat is the record's
    expect(chat('làm căn cước cho con', 'giấy khai sinh của bé bị sai tên thì sửa sao')[1].parse.procedure).toBe('thay-doi-cai-chinh-ho-tich');
  });

  test('a paper the topic asks for (in the knowledge base), asked yes or no, is not a new topic; asked where, it is', () => {
    const first = 'cho hỏi xin giấy chứng nhận an toàn thực phẩm cho quán cơm';
    expect(chat(first, 'có cần giấy đăng ký hộ kinh doanh không')[1].parse.procedure).toBe('an-toan-thuc-pham');
    expect(chat(first, 'giấy đăng ký hộ kinh doanh xin ở đâu')[1].parse.procedure).toBe('dang-ky-ho-kinh-doanh');
  });

  test('in a household-business chat, papers about food are the food-safety certificate', () => {
    expect(chat('em muốn đăng ký hộ kinh doanh bán cơm', 'ngoài giấy phép kinh doanh còn cần giấy gì về thực phẩm không')[1].parse.procedure).toBe('an-toan-thuc-pham');
    expect(chat('em muốn đăng ký hộ kinh doanh bán cơm', 'cần giấy tờ gì')[1].parse.procedure).toBe('dang-ky-ho-kinh-doanh');
  });

  test('whether somebody\'s paper is needed is not a new topic; whether a permit is needed is (from dialogs-tune-13/14)', () => {
    expect(chat('mẹ con em muốn làm khai sinh cho bé', 'co can giay dang ki ket hon cua bo me han khong')[1].parse.procedure).toBe('dang-ky-khai-sinh');
    expect(chat('cho hỏi xin giấy xác nhận tình trạng hôn nhân ở đâu', 'có cần giấy chứng tử của bố e ko ạ')[1].parse.procedure).toBe('xac-nhan-tinh-trang-hon-nhan');
    expect(chat('em muốn đăng ký hộ kinh doanh bán bánh cuốn', 'có cần giấy an toàn thực phẩm ko')[1].parse.procedure).toBe('an-toan-thuc-pham');
  });

  test('a paper one must have, then asked for ("xin cái đó ở đâu"), is its own topic (from dialogs-tune-15)', () => {
    const r = chat('em muốn đăng ký kết hôn với bạn trai', 'ảnh nói phải có giấy xác nhận độc thân j đó, xin cái đó ở đâu');
    expect(brief(r[1])).toEqual(proc('xac-nhan-tinh-trang-hon-nhan', 'where'));
  });

  test('a card carried by name is not a new topic (from dialogs-tune-13/15)', () => {
    const r = chat('mất bằng tốt nghiệp cấp 3 thì xin bản sao ở đâu', 'có cần mang cmnd theo ko hay cccd', 'online dc ko ad');
    expect(r.slice(1).map(brief)).toEqual([proc('ban-sao-van-bang', 'documents'), proc('ban-sao-van-bang', 'online')]);
  });

  test('procedures are related when their names share words, or one includes the other', () => {
    const m = kb.current().matcher;
    expect(m.related('cap-the-can-cuoc', 'cap-lai-the-can-cuoc')).toBe(true);
    expect(m.related('dang-ky-khai-sinh', 'lien-thong-khai-sinh')).toBe(true);
    expect(m.related('dang-ky-ket-hon', 'ly-lich-tu-phap')).toBe(false);
    expect(m.related('cap-the-bhyt', 'bhxh-mot-lan')).toBe(false); // "bảo hiểm" alone says little
    // nor does a generic word ("xác nhận", "thông tin") or an action joined to its object ("đăng ký, tạm ngừng" is not "đăng ký tạm trú")
    expect(m.related('xac-nhan-cu-tru', 'xac-nhan-tinh-trang-hon-nhan')).toBe(false);
    expect(m.related('thay-doi-cai-chinh-ho-tich', 'xac-nhan-cu-tru')).toBe(false);
    expect(m.related('dang-ky-tam-tru', 'thay-doi-ho-kinh-doanh')).toBe(false);
    expect(m.related('doi-giay-phep-lai-xe', 'giay-phep-xay-dung-nha-o')).toBe(false);
    expect(m.related('cap-lai-the-can-cuoc', 'cap-the-bhyt')).toBe(false);
  });

  test('words that name another procedure but are part of the topic\'s own keywords echo the topic (from dialogs-tune-6/9)', () => {
    const m = kb.current().matcher;
    expect(m.echoes('trich-luc-ho-tich', ['khai sinh'])).toBe(true); // "trích lục khai sinh"
    expect(m.echoes('dang-ky-khai-sinh', ['trich luc'])).toBe(false);
    expect(m.echoes('trich-luc-ho-tich', [])).toBe(false);
    // a full name names its own procedure, even inside another's name (from dialogs-tune-11)
    expect(m.echoes('xoa-dang-ky-thuong-tru', ['dang ky thuong tru'])).toBe(false);
    const r = chat('cho hoi xin ban sao giay khai sinh', 'minh dang o Sai Gon, khai sinh dang ky o Hau Giang, xin o dau', 'phí bn 1 bản');
    expect(r.map(brief)).toEqual([proc('trich-luc-ho-tich', 'overview'), proc('trich-luc-ho-tich', 'where'), proc('trich-luc-ho-tich', 'fee')]);
    // "(ok giờ) còn … thì sao" turns to the procedure those words name
    expect(brief(chat('cho hoi xin ban sao giay khai sinh', 'còn đăng ký khai sinh cho con mới sinh thì sao')[1]).procedure).toBe('dang-ky-khai-sinh');
    expect(chat('đăng ký tạm trú cần gì', 'nhà em mở homestay thì báo lưu trú cho khách sao', 'ok giờ quay lại vụ tạm trú của em, nộp xong thì bao lâu có')[2].parse.procedure).toBe('dang-ky-tam-tru');
  });

  test('follow-ups that name no procedure do not drift to an unrelated one (a refinement to a related one still moves)', () => {
    const r = chat('thẻ căn cước của tôi bị gãy đôi, quẹt máy không được, giờ tính sao', 'tôi ở trọ Đồng Nai, quê Nghệ An, làm chỗ nào', 'mất bao lâu', 'có tốn tiền không');
    expect(r.map(brief)).toEqual([
      proc('cap-lai-the-can-cuoc', 'overview'), proc('cap-lai-the-can-cuoc', 'where'), proc('cap-lai-the-can-cuoc', 'duration'), proc('cap-lai-the-can-cuoc', 'fee'),
    ]);
  });
});

describe('offices and courtesies inside a procedure chat', () => {
  test('"uỷ ban xã mới sau sáp nhập nằm ở đâu" asks for the office\'s address, even in a procedure chat (from dialogs-tune-189/190)', () => {
    expect(chat('ly hôn xong bao lâu thì được đăng ký kết hôn lại', 'ubnd xa Tan Hoa o dau v ad, truoc la xa Tan Hoà cu')[1].parse.intent).toBe('office');
    expect(chat('khai sinh bị mất, sổ gốc cũng mất thì làm sao', 'uỷ ban xã mới sau sáp nhập nằm ở đâu vậy ad, e ko biết đường')[1].parse.intent).toBe('office');
  });

  test('"còn nếu đóng cửa luôn thì làm sao" in a household-business chat closes the business, not the office (from dialogs-tune-172)', () => {
    const r = chat('e có hộ kinh doanh tạp hoá, giờ muốn tạm nghỉ bán 6 tháng thì có phải báo ko ạ', 'còn nếu đóng cửa luôn thì làm sao');
    expect(brief(r[1])).toEqual(proc('thay-doi-ho-kinh-doanh', 'overview'));
    const s = chat('gio muon lanh that nghiep thi lam sao mn', 'trễ hạn nộp chưa');
    expect(brief(s[1])).toEqual(proc('tro-cap-that-nghiep', 'eligibility'));
  });

  test('"nộp ở UBND xã hả" asks where to submit the procedure, not for the office address', () => {
    const r = chat('em muốn làm giám hộ cho đứa cháu mồ côi thì làm sao', 'nộp ở UBND xã nơi cháu ở hả');
    expect(r.map(brief)).toEqual([proc('dang-ky-giam-ho', 'overview'), proc('dang-ky-giam-ho', 'where')]);
    expect(chat('giờ làm việc của UBND xã thế nào')[0].parse.intent).toBe('office'); // outside a chat it is the office
  });

  test('"làm ở đại sứ quán hay ở đâu" in a procedure chat asks where to do it, not the embassy\'s address (from dialogs-tune-328)', () => {
    const r = chat('em đang ở Nhật, kích hoạt vneid mức 2 từ nước ngoài được không', 'lam o dai su quan hay o dau');
    expect(brief(r[1])).toEqual(proc('dinh-danh-dien-tu', 'where'));
    expect(chat('đại sứ quán Hàn Quốc ở đâu')[0].parse.intent).toBe('out_of_scope'); // the embassy's own address
  });

  test('the weather asked in a procedure chat is out of scope (from dialogs-tune-328)', () => {
    const r = chat('bé nhà em sinh bên Nhật, về VN làm khai sinh cho bé ở đâu', 'mà bên Nhật dạo này lạnh quá trời, bên mình có lạnh ko ad 😂');
    expect(r[1].parse.intent).toBe('out_of_scope');
  });

  test('"có đủ điều kiện ko" in a chat asks the topic\'s conditions, not the food-safety certificate of conditions (from dialogs-tune-327/274)', () => {
    const r = chat('e đóng bhxh ở cty may được 4 năm, nghe nói rút 1 lần được', 'e nghỉ đóng lâu rồi thì có đủ điều kiện ko ạ');
    expect(brief(r[1])).toEqual(proc('bhxh-mot-lan', 'eligibility'));
  });

  test('"nhân tiện hỏi luôn" with another paper named turns to it (from dialogs-tune-310)', () => {
    const r = chat('ông nội đi khai sinh cho cháu được không hay bắt buộc cha mẹ nó đi', 'cam on. nhan tien hoi luon cai the can cuoc cua toi cap nam 2021, toi nam ni 68 tuoi roi thi co phai di doi nua khong');
    expect(brief(r[1]).procedure).toBe('cap-the-can-cuoc');
  });

  test('papers listed in prose are referred to by their order later (from dialogs-tune-3/282)', () => {
    const r = chat('em có 2 câu hỏi: 1 là thẻ bhyt của mẹ em bị mất, 2 là đăng ký hộ cận nghèo', 'số 1 làm ở đâu vậy', 'còn cái thứ 2 thì cần điều kiện gì');
    expect(r.map(brief).slice(1)).toEqual([proc('cap-the-bhyt', 'where'), proc('ho-ngheo', 'eligibility')]);
    // …while "đứa thứ 2" is a second child, no item
    const s = chat('làm thẻ bhyt cho bé với đăng ký khai sinh thì sao', 'còn đứa thứ 2 mới sinh tháng trước, đi làm khai sinh mà chồng ko ở nhà thì e đi 1 mình đc ko');
    expect(brief(s[1]).procedure).toBe('dang-ky-khai-sinh');
  });

  test('"cái đầu tiên", "cái cuối cùng" pick the first and the last of a list (from dialogs-tune-297)', () => {
    const r = chat('Chào anh/chị ạ, em đang chuẩn bị hồ sơ xin việc, cần: lý lịch tư pháp, chứng thực chữ ký sơ yếu lý lịch, sao y CCCD. Em hỏi lần lượt ạ',
      'lý lịch tư pháp trước, làm online được không ạ', 'cái cuối cùng lệ phí tính sao ạ');
    expect(brief(r[2])).toEqual(proc('chung-thuc-ban-sao', 'fee'));
    // …while one said to be something is read by its words
    const s = chat('em có 2 câu hỏi: 1 là thẻ bhyt của mẹ em bị mất, 2 là đăng ký hộ cận nghèo', 'cái đầu tiên là CMND, giờ làm thẻ căn cước thay thì lệ phí bao nhiêu');
    expect(brief(s[1]).procedure).toBe('cap-the-can-cuoc');
  });

  test('the household book lost, told in a chat about removing a name from it, turns to the residence confirmation (from dialogs-tune-317)', () => {
    const r = chat('thằng con tui định cư bên Mỹ mà trong hộ khẩu vẫn còn tên, muốn cắt khẩu nó thì làm răng', 'sổ hộ khẩu nhà tui mất rồi, xin cấp lại cuốn khác được không');
    expect(brief(r[1]).procedure).toBe('xac-nhan-cu-tru');
    // …while "mất mấy ngày" is no loss: the topic stays
    expect(brief(chat('thằng con tui định cư bên Mỹ mà trong hộ khẩu vẫn còn tên, muốn cắt khẩu nó thì làm răng', 'làm mất mấy ngày')[1]).procedure).toBe('xoa-dang-ky-thuong-tru');
  });

  test('"thẻ" alone in a health-insurance card chat is that card, not the căn cước (from dialogs-tune-311/231)', () => {
    const r = chat('hỏi về bảo hiểm y tế', 'the cua me e bi rach nat r, lam lai can j');
    expect(brief(r[1])).toEqual(proc('cap-the-bhyt', 'documents'));
    // …while "thế nào" is no card, and a căn cước named is the căn cước
    expect(brief(chat('hỏi về bảo hiểm y tế', 'thẻ căn cước của mẹ em bị mất, làm lại thế nào')[1]).procedure).toBe('cap-lai-the-can-cuoc');
  });

  test('"ra chỗ nào làm vậy, công an phường hay bộ phận một cửa" asks where to do the topic (from dialogs-tune-315)', () => {
    const r = chat('mình kích hoạt vneid mức 2 giùm bà nội được không', 'ra chỗ nào làm vậy ad, công an phường hay bộ phận một cửa');
    expect(brief(r[1])).toEqual(proc('dinh-danh-dien-tu', 'where'));
    // …while whether the office works on Saturday is the office's
    expect(chat('mình kích hoạt vneid mức 2 giùm bà nội được không', 'bộ phận một cửa phường có làm thứ 7 không')[1].parse.intent).toBe('office');
  });

  test('a question about the topic that only sounds like office hours is about the topic (from dialogs-tune-15)', () => {
    const r = chat('em mới lên thành phố thuê trọ, đăng ký tạm trú cần gì', 'lamf tren dien thoai dc ko ad, e lam ca ngay ko xin nghi dc 😭😭');
    expect(brief(r[1])).toEqual(proc('dang-ky-tam-tru', 'online'));
    // …while the office's hours asked in words are the office's
    expect(chat('em mới lên thành phố thuê trọ, đăng ký tạm trú cần gì', 'công an phường làm việc đến mấy giờ')[1].parse.intent).toBe('office');
  });

  test('an opening "chào ad 🙏" is a greeting', () => {
    expect(chat('Chào ad 🙏')[0].parse.intent).toBe('greeting');
    expect(chat('e chào ad ạ 🙏')[0].parse.intent).toBe('greeting');
    // a greeting that opens a question about a procedure is that question
    expect(brief(chat('Dạ em chào anh chị, em muốn hỏi về căn cước ạ')[0])).toEqual(proc('cap-the-can-cuoc', 'overview'));
    expect(brief(chat('chào ad, em muốn hỏi việc nhận cha cho con')[0])).toEqual(proc('nhan-cha-me-con', 'overview'));
  });

  test('thanks that mention what comes next ask nothing (from tune-6)', () => {
    expect(chat('vâng, rất cảm ơn cán bộ đã hướng dẫn tận tình')[0].parse.intent).toBe('thanks');
    expect(chat('cam on ban nhe, de minh chuan bi giay to')[0].parse.intent).toBe('thanks');
    expect(chat('dạ em cảm ơn, để mai em lên xã đăng ký khai sinh cho bé')[0].parse.intent).toBe('thanks');
    // …but a thank-you before a question is the question
    expect(chat('cảm ơn ad, cho em hỏi thêm làm căn cước cần giấy tờ gì ạ')[0].parse.intent).toBe('procedure');
    expect(chat('cảm ơn ad 🙏')[0].parse.intent).toBe('thanks');
  });

  test('an out-of-scope question closed with thanks is out of scope (from dialogs-tune-17)', () => {
    expect(chat('cho hỏi cấp thẻ bhyt cho mẹ', 'ad có biết thuốc bổ xương khớp nào cho mạ em khoẻ ko 🙏')[1].parse.intent).toBe('out_of_scope');
  });

  test('a question closed with thanks ("… được không ad 🙏") is the question (from dialogs-tune-12)', () => {
    expect(chat('cho hỏi làm lại giấy khai sinh', 'ha ha thôi cảm ơn')[1].parse.intent).toBe('thanks'); // laughter asks nothing
    const r = chat('cho hỏi xin giấy xác nhận tình trạng hôn nhân ở đâu', 'xin online đc hok ad 🙏', 'ok ad 🙏');
    expect(r.map(brief)).toEqual([proc('xac-nhan-tinh-trang-hon-nhan', 'where'), proc('xac-nhan-tinh-trang-hon-nhan', 'online'), intent('thanks')]);
  });
});

describe('going back to an earlier topic', () => {
  test('"quay lại cái căn cước hồi nãy" returns to căn cước and is not a complaint (from dialogs-tune-11)', () => {
    const r = chat('làm căn cước cho con gái 14 tuổi cần gì', 'còn hộ chiếu thì sao', 'quay lại cái căn cước của con gái hồi nãy, làm xong bao lâu nhận được thẻ', 'lệ phí sao');
    expect(r.map(brief)).toEqual([proc('cap-the-can-cuoc', 'documents'), proc('cap-ho-chieu', 'overview'), proc('cap-the-can-cuoc', 'duration'), proc('cap-the-can-cuoc', 'fee')]);
    expect(r[2].state.earlierTopics).toEqual(['cap-ho-chieu']);
  });

  test('an earlier topic named again by its keyword is gone back to, though its words echo the current one (from dialogs-tune-15/181/190)', () => {
    const r = chat('e đi làm ở Đà Nẵng, muốn chuyển hộ khẩu từ quê vô thì sao ạ', 'nhập xong thì ở quê có phải đi cắt khẩu riêng ko ad', 'bao lâu thì đăng ký thường trú xong ạ');
    expect(r.map((t) => t.parse.procedure)).toEqual(['dang-ky-thuong-tru', 'xoa-dang-ky-thuong-tru', 'dang-ky-thuong-tru']);
  });

  test('"làm lần đầu thì có mất tiền không" in a chat about a card made again asks about a first card (from dialogs-tune-170)', () => {
    const r = chat('thẻ của tôi bị gãy đôi thì làm lại thế nào', 'lệ phí làm lại là bao nhiêu', 'Quay lại chuyện của cháu, làm lần đầu thì có mất tiền không ạ');
    expect(brief(r[2])).toEqual(proc('cap-the-can-cuoc', 'fee'));
  });

  test('"quay lại căn cước của bé" goes back to the earlier topic named, even when another leads (from dialogs-tune-155)', () => {
    const r = chat('bé nhà em 10 tuổi làm căn cước được chưa', 'còn tài khoản định danh mức 2 cho vợ thì đăng ký ở đâu', 'à quay lại căn cước của bé, làm xong bao lâu có thẻ');
    expect(r.map((t) => t.parse.procedure)).toEqual(['cap-the-can-cuoc', 'dinh-danh-dien-tu', 'cap-the-can-cuoc']);
  });

  test('an earlier topic named with "lúc nãy", or by a part of it with "quay lại cái", is gone back to, past the topic in between (from dialogs-tune-411)', () => {
    const r = chat('mở quán cơm nhỏ thì có phải đăng ký hộ kinh doanh không', 'còn giấy chứng nhận an toàn thực phẩm thì làm sao', 'cái hộ kinh doanh lúc nãy làm online được không');
    expect(brief(r[2])).toEqual(proc('dang-ky-ho-kinh-doanh', 'online'));
    const s = chat('muốn làm khai sinh, nhập khẩu và thẻ bảo hiểm cho cháu một lần', 'nhà cấp bốn ở quê có phải xin giấy phép xây dựng không', 'thôi quay lại cái khai sinh cho cháu, nộp ở đâu');
    expect(brief(s[2])).toEqual(proc('lien-thong-khai-sinh', 'where'));
  });

  test('"còn cái kia", "làm cái kia" is the topic before this one (from dialogs-tune-162)', () => {
    const r = chat('sv thuê trọ có bắt buộc đăng ký tạm trú ko', 'tuan sau me e len choi o voi e may hom thi co phai khai bao gi k', 'ok còn cái kia thì mấy ngày xong');
    expect(r.map(brief)).toEqual([proc('dang-ky-tam-tru', 'eligibility'), proc('thong-bao-luu-tru', 'eligibility'), proc('dang-ky-tam-tru', 'duration')]);
    const s = chat('muốn hưởng trợ cấp thất nghiệp thì cần điều kiện gì', 'nếu e ko lãnh thất nghiệp mà rút bhxh 1 lần luôn thì sao', 'thôi chắc e làm cái kia, hồ sơ gồm những gì ạ');
    expect(s[2].parse.procedure).toBe('tro-cap-that-nghiep');
  });

  test('a follow-up without such words stays on the current topic', () => {
    const r = chat('đăng ký khai sinh trễ hạn có bị phạt không', 'còn giấy khai sinh của tui bị mối ăn mất rồi, sổ gốc ở xã cũng không còn, giờ làm lại răng', 'can giay to chi');
    expect(r.slice(1).map((t) => t.parse.procedure)).toEqual(['dang-ky-lai-khai-sinh', 'dang-ky-lai-khai-sinh']);
  });
});

describe('the public-service portal inside a procedure chat', () => {
  test('"làm trên vneid hay dvc" asks how the topic is done online, not about the portal (from dialogs-tune-167)', () => {
    const r = chat('nghe nói có làm gộp khai sinh, thường trú với bhyt cho bé, làm kiểu gì ad', 'lam tren vneid hay dvc', 'có mất phí gì ko');
    expect(r.map(brief)).toEqual([proc('lien-thong-khai-sinh', 'overview'), proc('lien-thong-khai-sinh', 'online'), proc('lien-thong-khai-sinh', 'fee')]);
  });

  test('"làm trên dịch vụ công được không" asks whether this procedure can be done online (from dialogs-tune-6/7)', () => {
    const r = chat('làm hộ chiếu cần giấy tờ gì', 'nộp online trên cổng dịch vụ công dc không', 'phí bao nhiêu');
    expect(r.map(brief)).toEqual([proc('cap-ho-chieu', 'documents'), proc('cap-ho-chieu', 'online'), proc('cap-ho-chieu', 'fee')]);
    expect(brief(chat('đổi bằng lái xe ở đâu', 'lam tren dich vu cong dc k')[1])).toEqual(proc('doi-giay-phep-lai-xe', 'online'));
  });

  test('"cho em hỏi thêm" turns to a part of a combined procedure named for itself; a paper asked when it comes is its procedure (dialogs-tune-474/473)', () => {
    const r = chat('vợ em mới sinh, làm liên thông khai sinh thường trú bảo hiểm cho bé 1 lần luôn thì sao', 'à mà cho em hỏi thêm, em muốn chuyển hộ khẩu về nhà vợ ở luôn thì sao');
    expect(brief(r[1]).procedure).toBe('dang-ky-thuong-tru');
    expect(brief(chat('làm hộ chiếu cần gì', 'bao lâu thì có giấy chứng nhận đăng ký doanh nghiệp')[1]).procedure).toBe('thanh-lap-doanh-nghiep');
    // (the paper the topic yields once done stays the topic's)
    expect(brief(chat('con chưa có tên cha trong giấy khai sinh, giờ làm nhận cha cho con thế nào', 'làm xong thì bao lâu có giấy khai sinh mới')[1]).procedure).toBe('nhan-cha-me-con');
  });

  test('the portal named as the way to do the topic keeps the topic, asked as the message asks (dialogs-tune-477/475)', () => {
    const r = chat('bằng lái xe hạng A của tôi hư rồi, đổi lại hết bao nhiêu', 'doi tren dich vu cong voi len cong an cai nao nhanh hon', 'doi online duoc chu');
    expect(r.map(brief)).toEqual([proc('doi-giay-phep-lai-xe', 'fee'), proc('doi-giay-phep-lai-xe', 'duration'), proc('doi-giay-phep-lai-xe', 'online')]);
    // files submitted on it, or its use learnt step by step, are the portal's own topic
    expect(brief(chat('đổi bằng lái ở đâu', 'nộp hồ sơ trên cổng dịch vụ công có mất phí gì không')[1]).procedure).toBe('nop-ho-so-truc-tuyen');
    expect(brief(chat('đổi bằng lái ở đâu', 'vào cổng dịch vụ công thì làm từng bước sao, tôi không biết dùng')[1]).procedure).toBe('nop-ho-so-truc-tuyen');
  });

  test('how to use the portal itself is its own topic, and so is the portal asked about first', () => {
    const [, r] = chat('đăng ký xe máy mới ở đâu', 'à mà đăng nhập cổng dịch vụ công kiểu gì vậy ad');
    expect(r.parse.procedure).toBe('nop-ho-so-truc-tuyen');
    expect(brief(chat('nộp hồ sơ trên cổng dịch vụ công được không')[0]).procedure).toBe('nop-ho-so-truc-tuyen');
  });
});

describe('out of scope in the middle of a procedure chat', () => {
  test('a question plainly out of scope is not read as a follow-up; the topic is kept for the next one', () => {
    const r = chat('làm giấy khai sinh cho con cần gì', 'à tiện hỏi luôn, mai trời có mưa không ad', 'ad có người yêu chưa', 'vậy lệ phí bao nhiêu');
    expect(r.map(brief)).toEqual([proc('dang-ky-khai-sinh', 'documents'), intent('out_of_scope'), intent('out_of_scope'), proc('dang-ky-khai-sinh', 'fee')]);
  });
});

test('"với tiền" (and the money) in a chat is a follow-up, not "vòi tiền" (from dialogs-tune-16)', () => {
  expect(brief(chat('làm sổ đỏ lần đầu cần gì', 'le phi voi tien thue het bao nhieu')[1])).toEqual(proc('cap-giay-chung-nhan-dat-lan-dau', 'fee'));
});

test('health, insurance and driving school questions in a procedure chat are out of scope', () => {
  for (const t of ['tiêm chủng cho bé ở đâu', 'con em bị sốt thì làm sao', 'mua bảo hiểm nhân thọ cho con ở đâu']) {
    expect(chat('cho hỏi đăng ký khai sinh cho con', t)[1].parse.intent).toBe('out_of_scope');
  }
  for (const t of ['bị phạt nguội tra ở đâu', 'học bằng lái ở đâu', 'xe máy nào tiết kiệm xăng nhất']) {
    expect(chat('em hỏi về đăng ký xe máy', t)[1].parse.intent).toBe('out_of_scope');
  }
  for (const t of ['thuê váy cưới ở đâu', 'xem tuổi vợ chồng có hợp không']) expect(chat('đăng ký kết hôn cần gì ad', t)[1].parse.intent).toBe('out_of_scope');
  expect(chat('em muốn đăng ký tạm trú', 'phòng trọ nào giá rẻ gần khu công nghiệp')[1].parse.intent).toBe('out_of_scope');
  expect(chat('đăng ký kết hôn cần gì', 'mà ad biết chỗ mô ở Đồng Hới cho thuê áo cưới đẹp không')[1].parse.intent).toBe('out_of_scope');
  // a match tonight, tuition abroad, a shop (from dialogs-tune-27)
  expect(chat('thẻ bhyt cho bé làm ở đâu', 'tối nay VN đá mấy giờ ad')[1].parse.intent).toBe('out_of_scope');
  expect(chat('lý lịch tư pháp đi du học', 'à mà em tư vấn giúp trường nào ở Úc học phí rẻ với')[1].parse.intent).toBe('out_of_scope');
  expect(chat('giấy an toàn thực phẩm cho quán trà sữa', 'ad biết chỗ nào bán máy dập nắp ly rẻ ko')[1].parse.intent).toBe('out_of_scope');
  // an advert, a game (from tune-10)
  expect(chat('đăng ký tạm trú ở đâu', 'cho thue phong tro gan KCN Song Than, co gac, 1tr8, ai can lh')[1].parse.intent).toBe('out_of_scope');
  expect(chat('đổi tên trong giấy khai sinh thế nào', 'đổi tên nhân vật trong Liên Quân có mất quân huy ko')[1].parse.intent).toBe('out_of_scope');
  // foreign currency, a storm ("mưa bão" folds like "mua bảo…") (from dialogs-tune-22)
  expect(chat('làm lý lịch tư pháp đi Nhật ở đâu', 'ad có biết chỗ nào đổi yên Nhật được giá không')[1].parse.intent).toBe('out_of_scope');
  expect(chat('xin giấy xác nhận cư trú ở đâu', 'à mà cháu coi giùm mai có mưa bão không, tui tính chạy xe lên xã')[1].parse.intent).toBe('out_of_scope');
  // a photo shop recommended (from dialogs-tune-178)
  expect(chat('cho hỏi làm hộ chiếu cần ảnh cỡ bao nhiêu', 'gần ubnd có tiệm chụp ảnh thẻ nào đẹp ko ad 😅')[1].parse.intent).toBe('out_of_scope');
  // what the land would sell for (from dialogs-tune-174)
  expect(chat('sang tên đất cho con thì làm ở đâu', 'ad xem giúp miếng đất đó giờ bán thì được bao nhiêu tiền')[1].parse.intent).toBe('out_of_scope');
  // a job offer (from dialogs-tune-167)
  expect(chat('rút bhxh 1 lần nộp ở đâu', 'à ad biết chỗ nào đang tuyển tài xế giao hàng ko')[1].parse.intent).toBe('out_of_scope');
  // a wholesale price (from dialogs-tune-161)
  expect(chat('hộ kinh doanh dời tiệm qua ấp khác thì làm gì', 'mà giá phân urê tháng này lên dữ quá, ad biết giá sỉ bao nhiêu hông')[1].parse.intent).toBe('out_of_scope');
  // prices of rice and plane tickets, a football match (from dialogs-tune-19/20)
  expect(chat('làm hộ chiếu cần gì', 'còn vé máy bay qua Đài Bắc giờ bao nhiêu biết hông')[1].parse.intent).toBe('out_of_scope');
  expect(chat('mở tiệm tạp hoá có phải đăng ký hộ kinh doanh không', 'giá lúa tuần này thương lái mua bao nhiêu một ký')[1].parse.intent).toBe('out_of_scope');
  expect(chat('làm căn cước cho con ở đâu', 'ok ad, mà tối ni VN đá banh với Thái mấy giờ ad')[1].parse.intent).toBe('out_of_scope');
  expect(chat('cho hỏi cấp thẻ bhyt cho mẹ', 'mẹ em đau lưng mấy bữa nay, uống thuốc gì cho đỡ ad')[1].parse.intent).toBe('out_of_scope');
  expect(chat('xin phiếu lý lịch tư pháp ở đâu', 'có biết chỗ nào làm dịch vụ trọn gói hồ sơ du học không')[1].parse.intent).toBe('out_of_scope');
  // "sửa" (correct) is not "sữa" (milk)
  expect(chat('giấy khai sinh của con ghi sai tên', 'sửa thì mất mấy ngày')[1].parse.intent).toBe('procedure');
});

test('banks and signboards in a household-business chat are out of scope', () => {
  for (const t of ['mở tài khoản ngân hàng cho hộ kinh doanh thế nào', 'ad có biết chỗ nào in bảng hiệu rẻ không']) {
    expect(chat('cho hỏi thủ tục đăng ký hộ kinh doanh', t)[1].parse.intent).toBe('out_of_scope');
  }
});

test('a weather question in a chat about a diploma copy is out of scope (from dialogs-tune-14)', () => {
  const r = chat('bố em mất bằng tốt nghiệp sư phạm, xin bản sao bằng từ sổ gốc ở đâu ạ', 'mất mấy ngày', 'mà dự báo mai Hà Tĩnh có mưa to không ad, bố em định ra trường');
  expect(r[2].parse.intent).toBe('out_of_scope');
});

describe('combined (liên thông) procedures', () => {
  test('in a combined procedure chat, a part turned to by its name ("còn đăng ký khai sinh trễ…") is that part (from dialogs-tune-24/182/188)', () => {
    const r = chat('nghe nói làm khai sinh, nhập khẩu với thẻ bhyt cho bé 1 lần luôn, làm sao ạ', 'còn đăng ký khai sinh trễ quá 60 ngày thì có bị phạt ko');
    expect(brief(r[1])).toEqual(proc('dang-ky-khai-sinh', 'eligibility'));
    const s = chat('nghe nói làm khai sinh, nhập khẩu với thẻ bhyt cho bé 1 lần luôn, làm sao ạ', 'bao lâu thì có thẻ bhyt');
    expect(s[1].parse.procedure).toBe('lien-thong-khai-sinh');
  });

  test('in a combined procedure chat, a card of its own made again or someone else\'s card is the card\'s procedure (from dialogs-tune-16/160/166)', () => {
    const r = chat('làm khai sinh, nhập khẩu với thẻ bhyt cho bé 1 lần thì làm sao', 'à còn thẻ bhyt của chồng mình bị mất thì làm lại ở đâu', 'mat tien ko');
    expect(r.slice(1).map(brief)).toEqual([proc('cap-the-bhyt', 'where'), proc('cap-the-bhyt', 'fee')]);
    const s = chat('làm khai sinh, nhập khẩu với thẻ bhyt cho bé 1 lần thì làm sao', 'lam tren vneid cua vk e dc ko', 'hok mất phí j chứ ad');
    expect(s[2].parse.procedure).toBe('lien-thong-khai-sinh');
  });

  test('naming one of its parts keeps the combined topic', () => {
    const r = chat('nghe nói làm khai sinh là có luôn thẻ bhyt cho bé, làm chung 1 lần được hả', 'bao lâu thì có thẻ bhyt', 'làm trên vneid được không');
    expect(r.map(brief)).toEqual([
      proc('lien-thong-khai-sinh', 'overview'), proc('lien-thong-khai-sinh', 'duration'), proc('lien-thong-khai-sinh', 'online'),
    ]);
  });

  test('in a chat about one part, another part asked for together names the combined procedure (from dialogs-tune-8)', () => {
    const r = chat('giờ tôi muốn đi làm giấy khai sinh cho cháu thì cần chuẩn bị những giấy tờ gì', 'nghe nói giờ làm 1 lần là có luôn hộ khẩu với thẻ bảo hiểm y tế cho cháu hả anh', 'khoảng mấy ngày thì có thẻ bhyt cho cháu');
    expect(r.map((t) => t.parse.procedure)).toEqual(['dang-ky-khai-sinh', 'lien-thong-khai-sinh', 'lien-thong-khai-sinh']);
    // …without a word of togetherness the other part is its own question
    expect(chat('làm giấy khai sinh cho cháu cần gì', 'còn thẻ bảo hiểm y tế cho cháu làm ở đâu')[1].parse.procedure).toBe('cap-the-bhyt');
  });

  test('in a combined topic, only one part wanted is that part (from dialogs-tune-14)', () => {
    const r = chat('nghe nói làm một lần là được cả tiền mai táng với cắt hộ khẩu cho ông luôn, làm như nào', 'thế nếu bác chỉ muốn xoá tên ông trong hộ khẩu thôi thì phải mang giấy gì');
    expect(r.map(brief)).toEqual([proc('lien-thong-khai-tu', 'overview'), proc('xoa-dang-ky-thuong-tru', 'documents')]);
  });

  test('outside a combined topic, the part is its own procedure', () => {
    expect(chat('làm lại thẻ bhyt cho con mất bao lâu').map(brief)).toEqual([proc('cap-the-bhyt', 'duration')]);
  });

  test('a procedure that is not one of its parts switches the topic', () => {
    const r = chat('khai tử cho bố xong thì xóa thường trú luôn được không', 'còn đăng ký kết hôn cần giấy gì');
    expect(r.map(brief)).toEqual([proc('lien-thong-khai-tu', 'overview'), proc('dang-ky-ket-hon', 'documents')]);
  });
});

describe('refinement after a generic first turn', () => {
  test('after certifying a land contract, the transfer ("sang tên") is registered as a change of the land (from dialogs-tune-84/179/187)', () => {
    const r = chat('ba má cho tui miếng đất, hợp đồng tặng cho chứng thực ở xã cần gì', 'chứng thực xong thì nộp sang tên ở đâu', 'sang ten lau k');
    expect(r.slice(1).map(brief)).toEqual([proc('dang-ky-bien-dong-dat-dai', 'where'), proc('dang-ky-bien-dong-dat-dai', 'duration')]);
  });

  test('a correction, "à nhầm, ý mình là tạm trú", asks the same question about what was meant (from dialogs-tune-187)', () => {
    const r = chat('cho mình hỏi đăng ký thường trú cần giấy tờ gì ạ', 'à nhầm nhầm, ý mình là tạm trú, em trai mình mới thuê phòng trọ ở Thủ Đức');
    expect(brief(r[1])).toEqual(proc('dang-ky-tam-tru', 'documents'));
    const s = chat('con e bị rách thẻ bhyt, xin cấp lại ở đâu ạ', 'à nhầm, ko phải rách, mất luôn rồi ấy');
    expect(brief(s[1])).toEqual(proc('cap-the-bhyt', 'where'));
    // (a correction that asks its own question asks that)
    const t = chat('cho mình hỏi đăng ký thường trú cần giấy tờ gì ạ', 'à nhầm, ý mình là tạm trú, làm ở đâu');
    expect(brief(t[1])).toEqual(proc('dang-ky-tam-tru', 'where'));
  });

  test('the form of a paper for the file ("có cần bản sao chứng thực căn cước không") and an identity card had stay with the topic (dialogs-tune-363)', () => {
    const r = chat('người từ đủ 80 tuổi không có lương hưu được hưởng trợ cấp xã hội hằng tháng phải không', 'hồ sơ gồm những giấy tờ gì, có cần bản sao chứng thực căn cước không ạ?');
    expect(brief(r[1])).toEqual(proc('tro-cap-xa-hoi', 'documents'));
    const s = chat('trường yêu cầu phiếu lý lịch tư pháp số 1, tôi xin ở đâu', 'Hồ sơ gồm những gì ạ? Tôi đã có căn cước gắn chíp.');
    expect(brief(s[1])).toEqual(proc('ly-lich-tu-phap', 'documents'));
    // (the certifying wanted is asked: "mẹ tôi cần photo chứng thực vài bản, mỗi bản nhiêu tiền")
    const t = chat('sửa tên trong giấy khai sinh cho mẹ tôi thì làm sao', 'sửa xong mẹ tôi cần photo chứng thực vài bản gửi qua Mỹ, mỗi bản nhiêu tiền');
    expect(brief(t[1])).toEqual(proc('chung-thuc-ban-sao', 'fee'));
  });

  test('a correction in few words, "nhầm, thường trú", "ý e là giấy độc thân", asks the same question (dialogs-tune-360)', () => {
    const r = chat('tạm trú', 'phí sao', 'nhầm, thường trú');
    expect(brief(r[2])).toEqual(proc('dang-ky-thuong-tru', 'fee'));
    const s = chat('đk kết hôn cần gì', 'ý e là giấy độc thân');
    expect(brief(s[1])).toEqual(proc('xac-nhan-tinh-trang-hon-nhan', 'documents'));
  });

  test('parents "vô thăm, ở chung phòng trọ mấy bữa" in a temporary-residence chat are guests to notify (from dialogs-tune-136)', () => {
    const r = chat('em thuê trọ thì đăng ký tạm trú sao ạ', 'À còn tuần sau ba má em vô thăm, ở chung phòng trọ mấy bữa thì có phải khai báo gì không');
    expect(r[1].parse.procedure).toBe('thong-bao-luu-tru');
  });

  test('grandchildren "về chơi ba bốn bữa" in a temporary-residence chat are guests to notify (from dialogs-tune-191)', () => {
    const r = chat('thuê trọ có phải đăng ký tạm trú không', 'còn tuần sau cháu ngoại ở Sài Gòn về chơi ba bốn bữa thì có phải báo ko');
    expect(r[1].parse.procedure).toBe('thong-bao-luu-tru');
  });

  test('in a chat about guests for a few days, one who stays for good registers temporary residence (from dialogs-tune-158/177/184)', () => {
    const r = chat('nhà có mấy đứa cháu lên chơi 3 hôm thì có phải báo công an không', 'còn nếu 1 đứa ở lại luôn để đi học cả năm thì phải làm thủ tục gì', 'can giay to j');
    expect(r.map((t) => t.parse.procedure)).toEqual(['thong-bao-luu-tru', 'dang-ky-tam-tru', 'dang-ky-tam-tru']);
  });

  test('"cho hỏi về căn cước" → "bị mất ạ" is re-issuing the card, and the topic then sticks', () => {
    const r = chat('cho hỏi về căn cước', 'bị mất ạ', 'lệ phí sao');
    expect(r[1].parse.procedure).toBe('cap-lai-the-can-cuoc');
    expect(brief(r[2])).toEqual(proc('cap-lai-the-can-cuoc', 'fee'));
  });

  test('a refinement outweighs the keyword of the first turn: "làm căn cước" → "bị mất ạ" is re-issuing', () => {
    const r = chat('cho hoi lam can cuoc', 'bi mat a', 'het bn tien');
    expect(r.map(brief)).toEqual([proc('cap-the-can-cuoc', 'overview'), proc('cap-lai-the-can-cuoc', 'overview'), proc('cap-lai-the-can-cuoc', 'fee')]);
  });

  test('a bare refinement keeps the aspect asked ("cần mang gì" → "bị mất ạ": the papers for re-issuing); a loss told at length starts over (dialogs-tune-146)', () => {
    expect(chat('cho e hỏi làm căn cước thì cần mang theo j ạ', 'bị mất ạ').map(brief)[1]).toEqual(proc('cap-lai-the-can-cuoc', 'documents'));
    expect(chat('làm căn cước mất bao lâu', 'bi mat roi').map(brief)[1]).toEqual(proc('cap-lai-the-can-cuoc', 'duration'));
    expect(chat('cho e hỏi làm căn cước thì cần mang theo j ạ', 'à mà còn e bị mất cái thẻ căn cước hôm đi chợ rồi 😭').map(brief)[1])
      .toEqual(proc('cap-lai-the-can-cuoc', 'overview'));
  });

  test('after such a refinement the follow-ups stay on the refined procedure (from dialogs-tune-10)', () => {
    const r = chat('ad ơi hỏi chút về cănn cước, hồi trước là cái CMND á', 'cái của tui bị mất rồi', 'lam lai o mo rua', 'maays ngayf thif cos');
    expect(r.slice(1).map((t) => t.parse.procedure)).toEqual(['cap-lai-the-can-cuoc', 'cap-lai-the-can-cuoc', 'cap-lai-the-can-cuoc']);
    expect(r[3].parse.aspect).toBe('duration');
  });

  test('a statement whose words alone lean clearly to a related procedure refines the topic; a question does not', () => {
    expect(brief(chat('cho mình hỏi về thẻ căn cước với', 'mới bị mất cắp hôm qua')[1])).toEqual(proc('cap-lai-the-can-cuoc', 'overview'));
    const r = chat('chứng thực hợp đồng mua bán nhà ở đâu', 'người bán đang ở bên Mỹ ko về đc, uỷ quyền cho em gái ổng ký thay có đc ko ạ');
    expect(r[1].parse.procedure).toBe('chung-thuc-hop-dong');
  });

  test('the old card lost, typed without diacritics too, is re-issuing it', () => {
    const r = chat('lam the can cuoc bao lau', 'the cu bi mat roi', 'co ton phi khong');
    expect(r.slice(1).map(brief)).toEqual([proc('cap-lai-the-can-cuoc', 'overview'), proc('cap-lai-the-can-cuoc', 'fee')]);
    expect(brief(chat('làm thẻ căn cước ở đâu', 'mà thẻ cũ em làm mất rồi')[1])).toEqual(proc('cap-lai-the-can-cuoc', 'overview'));
  });

  test('"mất thẻ rồi" in a căn cước chat is re-issuing the card (from dialogs-tune-7, t7d05)', () => {
    const r = chat('cho mình hỏi về thẻ căn cước với', 'mình bị móc túi mất ví, mất luôn thẻ rồi 😭', 'le phi bn');
    expect(r.slice(1).map(brief)).toEqual([proc('cap-lai-the-can-cuoc', 'overview'), proc('cap-lai-the-can-cuoc', 'fee')]);
  });

  test('words that mark a variant of the topic move to it: lost, broken, "cấp lại" (variantOf/marks)', () => {
    const r = chat('căn cước cho con 16 tuổi', 'con làm rồi nhưng bị ướt hỏng chip', 'có tốn tiền không');
    expect(r.slice(1).map(brief)).toEqual([proc('cap-lai-the-can-cuoc', 'overview'), proc('cap-lai-the-can-cuoc', 'fee')]);
    expect(brief(chat('hỏi về căn cước gắn chip', 'cấp lại mất mấy ngày')[1])).toEqual(proc('cap-lai-the-can-cuoc', 'duration'));
    expect(brief(chat('cho hỏi về căn cước', 'em để quên ở quán net giờ không tìm thấy')[1])).toEqual(proc('cap-lai-the-can-cuoc', 'overview'));
    // …but a question about the card itself stays ("chụp ảnh lại" is not re-issuing)
    expect(brief(chat('làm căn cước lần đầu cho con 14 tuổi', 'có phải chụp ảnh lại không')[1]).procedure).toBe('cap-the-can-cuoc');
    // …nor a loss the words plainly place elsewhere, the diploma's (dialogs-tune-435, -319)
    expect(brief(chat('thẻ căn cước ghi sai thì có phải đổi lại không', 'bằng tốt nghiệp cấp 3 của e bị mất, xin cấp lại thế nào')[1])).toEqual(proc('ban-sao-van-bang', 'overview'));
  });

  test('"cho hoi ve can cuoc" → "bi mat a" without diacritics', () => {
    const r = chat('cho hoi ve can cuoc', 'bi mat a');
    expect(r[1].parse.procedure).toBe('cap-lai-the-can-cuoc');
  });

  // "làm lần đầu" answers the clarification between the căn cước procedures (read with the topic), not the
  // land certificate ("cấp giấy chứng nhận … lần đầu")
  test('"cho hỏi về căn cước" → "làm lần đầu" stays within the offered căn cước procedures', () => {
    const r = chat('cho hỏi về căn cước', 'làm lần đầu');
    expect(r[1].parse.procedure).toBe('cap-the-can-cuoc');
  });
});

describe('clarification', () => {
  let first: TurnResult;
  beforeEach(() => {
    [first] = chat('căn cước');
  });

  test('an ambiguous topic is answered with numbered choices and buttons', () => {
    expect(first.parse.intent).toBe('procedure');
    expect(first.parse.confidence).toBeLessThan(0.45);
    expect(first.state.pendingChoices).toEqual(expect.arrayContaining(['cap-the-can-cuoc', 'cap-lai-the-can-cuoc']));
    expect(first.parse.reply).toMatch(/^Quý khách muốn hỏi về thủ tục nào/);
    expect(first.parse.reply).toMatch(/\n1\. .+\n2\. /);
    expect(first.messages[0].choices?.map((c) => c.payload)).toEqual(first.state.pendingChoices!.map((id) => `procedure:${id}`));
    expect(first.parse.procedure).toBe(first.state.pendingChoices![0]); // best guess reported
  });

  test('a whole field named in an opening is a greeting that offers the field\'s procedures, not out of scope (dialogs-tune-301)', () => {
    const [r, picked] = chat('cho hỏi về bảo hiểm với ạ', '2');
    expect(r.parse.intent).toBe('greeting');
    expect(r.state.offeredChoices).toEqual(expect.arrayContaining(['cap-the-bhyt', 'bhxh-mot-lan']));
    expect(r.parse.reply).toMatch(/Quý khách muốn hỏi thủ tục nào dưới đây/);
    expect(r.messages[0].choices?.map((c) => c.payload)).toEqual(r.state.offeredChoices!.map((id) => `procedure:${id}`));
    expect(picked.parse.procedure).toBe(r.state.offeredChoices![1]);
    // (the same without a hello: "tui muốn hỏi về giấy tờ nhà đất")
    expect(chat('tui muốn hỏi về giấy tờ nhà đất')[0].parse.intent).toBe('greeting');
    // (a topic outside the choices leaves them: "phiếu số 2" later is the criminal record's form, not choice 2)
    const later = chat('cho hỏi về bảo hiểm với ạ', 'xin lý lịch tư pháp ở đâu', 'còn phiếu số 2 thì cần gì');
    expect(brief(later[2])).toEqual(proc('ly-lich-tu-phap', 'documents'));
    // …while a message that is out of scope by its own words stays so
    expect(chat('xem giúp ngày tốt cất nhà tháng sau')[0].parse.intent).toBe('out_of_scope');
    expect(chat('làm giấy khai sinh cho con mèo')[0].parse.intent).toBe('out_of_scope');
  });

  const continueWith = (step: Step) => {
    const r = typeof step === 'string' ? engine.turn(first.state, step) : engine.turn(first.state, step.text ?? '', step.payload);
    return r;
  };
  const second = () => first.state.pendingChoices![1];

  test.each(['2', 'số 2', 'cái thứ hai', '2 ạ'])('answered by number: %s', (text) => {
    const r = continueWith(text);
    expect(r.parse.procedure).toBe(second());
    expect(r.state.pendingChoices).toBeUndefined();
  });

  test('answered by number 1', () => {
    expect(continueWith('1').parse.procedure).toBe(first.state.pendingChoices![0]);
  });

  test('answered by payload procedure:<id>', () => {
    const r = continueWith({ text: '2. Cấp lại thẻ căn cước', payload: 'procedure:cap-lai-the-can-cuoc' });
    expect(brief(r)).toEqual(proc('cap-lai-the-can-cuoc', 'overview'));
    expect(r.parse.confidence).toBe(1);
  });

  test.each([['cấp lại', 'cap-lai-the-can-cuoc'], ['bị mất', 'cap-lai-the-can-cuoc'], ['cap lai', 'cap-lai-the-can-cuoc'], ['cấp đổi', 'cap-the-can-cuoc']])(
    'answered by a word of the choice: %s → %s',
    (text, id) => {
      expect(continueWith(text).parse.procedure).toBe(id);
    },
  );

  test('a goodbye after the question leaves; it picks no choice (dialogs-tune-117)', () => {
    const [asked, bye] = chat('cho con trai miếng đất thì cần nộp giấy gì', 'thôi chào');
    expect(asked.kind).toBe('clarify');
    expect(bye.parse.intent).toBe('goodbye');
  });

  test('a number out of range does not pick a choice', () => {
    const r = continueWith('7');
    expect(r.parse.reply).not.toContain('Căn cứ:');
  });

  // WEAKNESS (src/conversation/dialog.ts step 4): a non-procedure intent is accepted at any confidence. "7"
  // after a two-item clarification is read as the office intent with confidence 0.1, the office hours are
  // sent and the offered choices are dropped (a following "2" is then out of scope). Expected: re-offer.
  test('a number out of range keeps the offered choices', () => {
    const r = continueWith('7');
    expect(r.parse.intent).not.toBe('office');
    expect(r.state.pendingChoices).toEqual(first.state.pendingChoices);
  });

  test('after the choice, follow-ups stay on the chosen procedure', () => {
    const picked = continueWith('2');
    const next = engine.turn(picked.state, 'còn lệ phí thì sao');
    expect(brief(next)).toEqual(proc(second(), 'fee'));
  });

  test('pickChoice directly', () => {
    const ids = ['cap-the-can-cuoc', 'cap-lai-the-can-cuoc'];
    const titles = ['Cấp, cấp đổi thẻ căn cước', 'Cấp lại thẻ căn cước (bị mất, hư hỏng)'];
    expect(pickChoice('2', ids, titles)).toBe('cap-lai-the-can-cuoc');
    expect(pickChoice('hai', ids, titles)).toBe('cap-lai-the-can-cuoc');
    expect(pickChoice('mất', ids, titles)).toBe('cap-lai-the-can-cuoc');
    expect(pickChoice('3', ids, titles)).toBeNull();
    expect(pickChoice('0', ids, titles)).toBeNull();
    expect(pickChoice('thẻ căn cước', ids, titles)).toBeNull(); // in both titles: not distinctive
    expect(pickChoice('tôi muốn hỏi một chuyện khác hẳn về đất đai', ids, titles)).toBeNull();
  });
});

describe('complaint, human, status in the middle of a procedure chat', () => {
  test('"còn đang xử lý hay răng" after a submission told asks where it stands (from dialogs-tune-421)', () => {
    const r = chat('bác có hộ kinh doanh tạp hoá, muốn tạm ngừng thì nộp online được không', 'bác tra trên mạng cũng không thấy chi, rứa là còn đang xử lý hay răng');
    expect(r[1].parse.intent).toBe('status');
  });

  test('a receipt code yyyy-sector-seq and "coi giùm tới đâu" ask for the status in a procedure chat; a bank\'s app and a hospital visit are out of scope (from dialogs-tune-179/185/188)', () => {
    expect(chat('đăng ký tạm trú cần gì', 'hồ sơ tạm trú nộp hôm qua, mã 2025-TT-004512, giờ tra ở đâu')[1].parse.intent).toBe('status');
    expect(chat('xin sổ đỏ lần đầu làm sao', 'à bữa trước tui có nộp hồ sơ xin sổ cho miếng ruộng khác rồi, coi giùm tới đâu')[1].parse.intent).toBe('status');
    expect(chat('làm lại căn cước ở đâu', 'app ngân hàng bắt xác thực sinh trắc học bằng căn cước mà quét mãi ko được, chỉ e với')[1].parse.intent).toBe('out_of_scope');
    expect(chat('thẻ bhyt cho bé làm sao', 'khám trái tuyến ở bệnh viện tỉnh đc hưởng bao nhiêu % vậy')[1].parse.intent).toBe('out_of_scope');
  });

  test('"hồ sơ cấp căn cước cho con tui nộp tuần trước giờ tra ở đâu" asks where it stands (from dialogs-tune-152)', () => {
    expect(chat('bằng tốt nghiệp mất thì xin bản sao ở đâu', 'tiện hỏi luôn, hồ sơ cấp căn cước cho con tui nộp tuần trước giờ tra ở đâu vậy')[1].parse.intent).toBe('status');
  });

  test('"muốn xem giờ tới đâu" asks where an application stands, in a procedure chat (from dialogs-tune-104/197/201)', () => {
    expect(chat('nộp hồ sơ trực tuyến trên cổng dịch vụ công thế nào', 'tuần trước e có nộp 1 bộ online rồi, muốn xem giờ tới đâu')[1].parse.intent).toBe('status');
  });

  test('"nộp hồ sơ … rồi mà giờ chưa thấy gì" asks where it stands; "sao lâu quá vậy, nộp 3 tuần r chưa thấy gì" complains (from dialogs-tune-146/189)', () => {
    expect(chat('nhập khẩu cho con cần gì', 'à mà e nộp hồ sơ nhập khẩu cho con hôm 3/9 rồi mà giờ chưa thấy gì, tra ở đâu ạ')[1].parse.intent).toBe('status');
    expect(chat('nhập khẩu cho con cần gì', 'sao lâu quá vậy, nộp 3 tuần r chưa thấy gì')[1].parse.intent).toBe('complaint');
  });

  test('"… mà 2 tuần rồi, chậm quá ad ơi" complains in a household-business chat (from dialogs-tune-182)', () => {
    expect(chat('đăng ký hộ kinh doanh mất mấy ngày', 'ghi là 3 ngày làm việc mà 2 tuần rồi, chậm quá ad ơi 😤')[1].parse.intent).toBe('complaint');
  });

  test('"tra tình trạng ở đâu" asks for the status; "hẹn tới hẹn lui, kỳ cục thiệt" complains (from dialogs-tune-167)', () => {
    expect(chat('hộ chiếu sắp hết hạn, làm lại như nào', 'mà tuần trước e có nộp hs cho mẹ e r, tra tình trạng ở đâu v')[1].parse.intent).toBe('status');
    expect(chat('giấy an toàn thực phẩm nộp ở đâu', 'mà hồi trước nộp hs ở xã bị cán bộ hẹn tới hẹn lui 3 lần, kỳ cục thiệt')[1].parse.intent).toBe('complaint');
  });

  test('grievances told in a procedure chat are complaints; a person asked for outright is a request for staff', () => {
    const first = 'cho hỏi làm thẻ bhyt cho con';
    for (const t of ['làm thẻ bhyt cho con 2 tháng rồi vẫn chưa có, gọi lên xã thì không ai nghe máy', 'nhân viên bhxh nói chuyện khó nghe lắm',
      'bên xã cứ đùn đẩy qua bhxh huyện, bhxh lại bảo về xã', 'hồ sơ bị trả về 2 lần mà không rõ lý do', 'sao làm cái thẻ mà lâu vậy, bực quá']) {
      expect(chat(first, t)[1].parse.intent).toBe('complaint');
    }
    expect(chat(first, 'e gọi hoài ko ai nghe máy, cho e gặp cán bộ nào đó được ko')[1].parse.intent).toBe('human');
  });

  test('complaint, then back to the procedure', () => {
    const r = chat('làm tạm trú cần gì', 'cán bộ phường thái độ quá tệ, tôi muốn phản ánh', 'còn lệ phí tạm trú');
    expect(r.map(brief)).toEqual([proc('dang-ky-tam-tru', 'documents'), intent('complaint'), proc('dang-ky-tam-tru', 'fee')]);
    expect(r[1].parse.reply).toMatch(/Quý khách/);
    expect(r[1].parse.reply).toMatch(/cán bộ/);
  });

  test('human, then a bare follow-up still refers to the procedure', () => {
    const r = chat('đăng ký tạm trú', 'cho em gặp cán bộ với', 'vậy còn lệ phí?');
    expect(r.map(brief)).toEqual([proc('dang-ky-tam-tru', 'overview'), intent('human'), proc('dang-ky-tam-tru', 'fee')]);
    expect(r[1].parse.reply).toMatch(/chuyển yêu cầu của Quý khách đến cán bộ/);
  });

  test('the "Gặp cán bộ" button', () => {
    const r = chat('làm tạm trú cần gì', { payload: 'intent:human' });
    expect(brief(r[1])).toEqual(intent('human'));
  });

  test('a receipt code mid-chat is a status question and the reply repeats the code', () => {
    const r = chat('tôi muốn đăng ký tạm trú', 'hồ sơ H30.12-250101-0042 của tôi tới đâu rồi');
    expect(brief(r[1])).toEqual(intent('status'));
    expect(r[1].parse.reply).toContain('H30.12-250101-0042');
  });

  test('"nộp rồi thì bao lâu có kết quả" in a procedure chat asks how long it takes (from dialogs-tune-9)', () => {
    const r = chat('đăng ký thường trú cho vợ cần giấy tờ gì', 'nộp rồi thì bao lâu có kết quả');
    expect(brief(r[1])).toEqual(proc('dang-ky-thuong-tru', 'duration'));
    // …while "hồ sơ của tôi tới đâu rồi" is still a status question
    expect(chat('đăng ký thường trú cho vợ cần giấy tờ gì', 'hồ sơ của tôi tới đâu rồi')[1].parse.intent).toBe('status');
  });

  test('a status question without a code asks for the code', () => {
    const [r] = chat('hồ sơ của tôi nộp tuần trước giờ tới đâu rồi');
    expect(r.parse.intent).toBe('status');
    expect(r.parse.reply).toMatch(/mã hồ sơ/);
  });

  test('after a status check, telling which application it is stays a status check; without a code twice, staff are offered (from dialogs-tune-172/180/233)', () => {
    const r = chat('hồ sơ của tôi nộp tuần trước giờ tới đâu rồi', 'dạ hồ sơ làm giấy khai sinh cho bé, nộp hôm 3/9');
    expect(r[1].parse.intent).toBe('status');
    expect(r[1].parse.reply).toMatch(/không có mã hồ sơ/);
    expect(r[1].messages[0].choices?.map((c) => c.payload)).toEqual(['intent:human']);
    expect(chat('hồ sơ H30.12-250101-0042 tới đâu rồi ad', 'dạ của tôi là làm lại căn cước bị mất')[1].parse.intent).toBe('status');
    // …but a question about a procedure is one
    expect(brief(chat('hồ sơ H30.12-250101-0042 tới đâu rồi ad', 'làm lại căn cước bị mất cần giấy gì')[1])).toEqual(proc('cap-lai-the-can-cuoc', 'documents'));
    // …even told with the date and the channel of the submission (dialogs-tune-151/241)
    expect(chat('hồ sơ H30.12-250101-0042 tới đâu rồi ad', 'dạ hồ sơ trích lục khai sinh của bé, nộp online tuần trước')[1].parse.intent).toBe('status');
    expect(chat('hồ sơ của tôi nộp tuần trước giờ tới đâu rồi', 'hồ sơ cấp đổi căn cước cho ba em đó, nộp từ đầu tháng 8')[1].parse.intent).toBe('status');
    // (a long office name between, "chi nhánh" and "chỉ nhớ" asking nothing: dialogs-tune-248)
    expect(chat('kiểm tra hồ sơ giúp tôi', 'hồ sơ sang tên đất, nộp ở chi nhánh văn phòng đăng ký đất đai huyện Đức Hoà hồi tháng 7')[1].parse.intent).toBe('status');
    expect(chat('hồ sơ xin giấy phép xây dựng của tôi muốn biết đã duyệt chưa', 'khong nho ma, chi nho nop ngay 5/9')[1].parse.intent).toBe('status');
    // …and a status check further back says nothing of it
    expect(brief(chat('hồ sơ H30.12-250101-0042 tới đâu rồi ad', 'cảm ơn ad', 'dạ làm lại căn cước bị mất')[2])).toEqual(proc('cap-lai-the-can-cuoc', 'overview'));
  });

  test('a business recommended in a procedure chat is out of scope (dialogs-tune-17/106/163)', () => {
    expect(chat('đăng ký tạm trú cần gì', 'ad biết chỗ nào cho thuê phòng trọ gần khu công nghiệp không')[1].parse.intent).toBe('out_of_scope');
    expect(chat('đổi bằng lái xe ở đâu', 'vé xe khách về quê mua ở đâu rẻ ad')[1].parse.intent).toBe('out_of_scope');
  });

  test('a divorce sought in a marriage chat is the court\'s matter; a name changed after one is not (dialogs-tune-235, tune-12)', () => {
    expect(chat('đăng ký kết hôn ở đâu', 'mà lỡ sau này ly hôn thì nộp đơn ở xã luôn hả')[1].parse.intent).toBe('out_of_scope');
    expect(chat('đổi họ cho con thế nào', 'đổi họ con theo mẹ sau khi ly hôn thì nộp ở đâu')[1].parse.intent).toBe('procedure');
  });

  test('a divorce asked by name alone is the court\'s matter (dialogs-tune-545)', () => {
    expect(chat('kết hôn cần giấy gì', 'vậy còn ly hôn thì làm sao')[1].parse.intent).toBe('out_of_scope');
  });

  test('another country\'s passport renewed is out of scope; one only copied is a paper (dialogs-tune-542)', () => {
    expect(chat('làm hộ chiếu ở đâu', 'passport Hàn Quốc của chồng em sắp hết hạn, gia hạn ở đâu')[1].parse.intent).toBe('out_of_scope');
    expect(chat('xin chào', 'bên mình có làm lại hộ chiếu Úc không ạ')[1].parse.intent).toBe('out_of_scope');
    expect(chat('xin chào', 'sao y hộ chiếu Mỹ của chồng em làm ở đâu')[1].parse.intent).toBe('procedure');
  });

  test('a message that only asks where to look a file up, or gives its code, is a status question (dialogs-tune-545)', () => {
    expect(chat('làm căn cước ở đâu', 'giờ tra hồ sơ ở đâu vậy')[1].parse.intent).toBe('status');
    expect(chat('nộp hồ sơ online thế nào', 'mã 251002-0457')[1].parse.intent).toBe('status');
    expect(chat('làm căn cước ở đâu', 'trả kết quả ở đâu')[1].parse.intent).toBe('procedure');
  });

  test('only the days past the promise, as the whole message, are a grievance (dialogs-tune-545)', () => {
    expect(chat('làm lại căn cước cần gì', 'quá hạn 8 bữa rồi đó')[1].parse.intent).toBe('complaint');
    expect(chat('khai tử cần giấy gì', 'quá hạn 10 ngày rồi thì có bị phạt không')[1].parse.intent).toBe('procedure');
  });

  test('relatives come to stay a few days are a stay to notify, in the writer\'s rented room too (dialogs-tune-545/547)', () => {
    expect(chat('thuê trọ thì đăng ký tạm trú ở đâu', 'mẹ em lên ở mấy hôm')[1].parse.procedure).toBe('thong-bao-luu-tru');
    expect(chat('xin chào', 'em gái về ở với em 1 tuần ở phòng trọ thì có phải khai báo không')[1].parse.procedure).toBe('thong-bao-luu-tru');
  });

  test('a fee paid by card or wallet asks about the topic, not the bank (dialogs-tune-509/549)', () => {
    expect(chat('đổi bằng lái xe ở đâu', 'lệ phí thanh toán bằng thẻ ATM được không')[1].parse.intent).toBe('procedure');
    expect(chat('làm hộ chiếu online được không', 'trả tiền bằng thẻ ngân hàng qua mạng dc ko')[1].parse.intent).toBe('procedure');
  });

  test('a motorbike told in a dead parent\'s name, to be moved to another\'s, is the vehicle\'s registration, not the death chat\'s (dialogs-tune-593)', () => {
    const r = chat('ba em mới mất, làm khai tử với xoá thường trú 1 lần được ko', 'xe máy đứng tên ba em giờ muốn chuyển sang tên mẹ thì sao ạ');
    expect([r[1].parse.intent, r[1].parse.procedure]).toEqual(['procedure', 'dang-ky-xe']);
  });

  test('the office\'s holiday closing and hotline, staff never there, a car hired abroad: not the topic (dialogs-tune-594/593)', () => {
    expect(chat('đăng ký xe máy mới ở đâu', 'Tết âm lịch công an xã nghỉ mấy ngày, em tính đi làm')[1].parse.intent).toBe('office');
    expect(chat('làm hộ chiếu ở đâu', 'số đường dây nóng phòng quản lý xuất nhập cảnh là số nào')[1].parse.intent).toBe('office');
    expect(chat('cấp đổi căn cước bao lâu', 'lên công an xã 2 lần rồi mà không gặp được cán bộ nào, toàn đi vắng')[1].parse.intent).toBe('complaint');
    expect(chat('đổi bằng lái ở đâu', 'thuê ô tô tự lái bên Úc giá bao nhiêu 1 ngày')[1].parse.intent).toBe('out_of_scope');
  });

  test('crops eaten by cattle, rubbish left to rot, a report unanswered: grievances; a SIM\'s details standardised: the carrier\'s (dialogs-tune-605/604)', () => {
    expect(chat('đăng ký tạm trú cần gì', 'bo nha ben vo an pha lua nha tui nua, noi chu bo thi ho chui')[1].parse.intent).toBe('complaint');
    expect(chat('đăng ký tạm trú cần gì', 'à còn chuyện này, xe gom rác 4 ngày rồi không vô hẻm, rác chất đống, chó mèo bới tung, hôi thối cả xóm')[1].parse.intent).toBe('complaint');
    expect(chat('xác nhận cư trú ở đâu', 'lần trước đã báo tổ trưởng mà chưa thấy xử lý, đơn có được chuyển lên xã không hay bị ém')[1].parse.intent).toBe('complaint');
    expect(chat('cấp đổi căn cước ở đâu', 'sim dt cua toi dang ky bang cmnd cu, gio nha mang bao phai chuan hoa thong tin theo cccd moi, xa lam giup dc ko')[1].parse.intent).toBe('out_of_scope');
  });

  test('"cái đầu tiên" is the chat\'s first topic (dialogs-tune-607/319)', () => {
    const r = chat('làm lại cccd bị mất cần những giấy tờ gì', 'còn đổi bằng lái ô tô thì sao, bằng em sắp hết hạn', 'chứng thực hợp đồng mua bán xe ở đâu', 'cái đầu tiên làm online được không');
    expect([r[3].parse.procedure, r[3].parse.aspect]).toEqual(['cap-lai-the-can-cuoc', 'online']);
  });

  test('a divorce asked where, in a marriage chat, is the court\'s (dialogs-tune-611)', () => {
    expect(chat('đăng ký kết hôn cần giấy tờ gì', 'thế ly hôn làm đâu 😅')[1].parse.intent).toBe('out_of_scope');
  });

  test('a pension not paid yet and a hospital\'s discharge paper are not the topic (dialogs-tune-600)', () => {
    expect(chat('trợ cấp người cao tuổi cho mẹ em làm ở đâu', 'lương hưu tháng 7 của ba em sao chưa về tài khoản, bên mình tra giúp được không')[1].parse.intent).toBe('out_of_scope');
    expect(chat('xác nhận tình trạng hôn nhân ở đâu', 'mẹ em đang nằm viện tỉnh, muốn xin giấy ra viện sớm thì hỏi ai')[1].parse.intent).toBe('out_of_scope');
  });

  test('a fee paid with a wallet or a bank app the words alone call out of scope is still the topic\'s fee; a tax or a fine paid so is not (dialogs-tune-581/485/575)', () => {
    const wallet = chat('cấp lại thẻ căn cước ở đâu', 'phí 70k phải ko, trả bằng ví momo đc hông');
    expect([wallet[1].parse.intent, wallet[1].parse.procedure, wallet[1].parse.aspect]).toEqual(['procedure', 'cap-lai-the-can-cuoc', 'fee']);
    expect(chat('nộp hồ sơ trực tuyến thế nào', 'thanh toan le phi thi xai app ngan hang nao cung duoc ha')[1].parse.intent).toBe('procedure');
    expect(chat('sang tên sổ đỏ cần gì', 'thuế đất hằng năm đóng qua app ngân hàng được ko')[1].parse.intent).toBe('out_of_scope');
    expect(chat('sang tên sổ đỏ cần gì', 'còn mua đất trả góp qua ngân hàng thì thủ tục ra sao')[1].parse.intent).toBe('out_of_scope');
  });

  test('a receipt code held, progress looked up, a pending approval, or a filed file looked up online: status (dialogs-tune-549)', () => {
    expect(chat('chứng thực hợp đồng ở đâu', 'hôm kia nộp rồi, có mã biên nhận thì xem ở đâu')[1].parse.intent).toBe('status');
    expect(chat('lý lịch tư pháp làm online được không', 'nộp tuần trước, giờ tra cứu tiến độ ở đâu')[1].parse.intent).toBe('status');
    expect(chat('định danh mức 2 ở đâu', 'app cứ báo đang chờ phê duyệt, xem ở chỗ nào')[1].parse.intent).toBe('status');
    expect(chat('sang tên sổ đỏ cần gì', 'hồ sơ nộp từ tháng trước ở chi nhánh văn phòng đất đai, tra cứu online được không')[1].parse.intent).toBe('status');
  });

  test('days past the promise beyond working days, protested, are a grievance (dialogs-tune-549)', () => {
    expect(chat('lý lịch tư pháp bao lâu có', 'quá hạn 5 ngày làm việc rồi mà vẫn chưa có gì')[1].parse.intent).toBe('complaint');
  });

  test('a SIM moved to another owner, or a data plan, is the carrier\'s matter; a SIM in another\'s name for VNeID is not (dialogs-tune-552)', () => {
    expect(chat('định danh mức 2 cần gì', 'sim đang đứng tên bố, muốn sang tên em thì làm sao')[1].parse.intent).toBe('out_of_scope');
    expect(chat('định danh mức 2 cần gì', 'gói cước nào rẻ ad')[1].parse.intent).toBe('out_of_scope');
    expect(chat('định danh mức 2 cần gì', 'sim em đứng tên mẹ thì có làm được không')[1].parse.intent).toBe('procedure');
  });

  test('a bank or wallet asking to update an identity paper is the bank\'s matter, unless a card is to be had (dialogs-tune-554)', () => {
    expect(chat('căn cước gắn chip làm ở đâu', 'techcombank bắt cập nhật căn cước trên app, làm sao ạ')[1].parse.intent).toBe('out_of_scope');
    expect(chat('xin chào', 'ngân hàng bắt cập nhật căn cước mà em chưa có căn cước, làm ở đâu')[1].parse.intent).toBe('procedure');
  });

  test('care homes and travel insurance asked about are out of scope; a care home told is not (dialogs-tune-556)', () => {
    expect(chat('trợ cấp người cao tuổi cần gì', 'ở tỉnh có viện dưỡng lão nào nhận ông bà không')[1].parse.intent).toBe('out_of_scope');
    expect(chat('làm hộ chiếu ở đâu', 'bảo hiểm du lịch mua ở đâu')[1].parse.intent).toBe('out_of_scope');
    expect(chat('xin chào', 'bố tôi vào viện dưỡng lão ở tỉnh khác, khai báo tạm vắng cho bố cần giấy gì')[1].parse.intent).toBe('procedure');
  });

  test('a fee charged twice, the file asked about as it goes, land prices rising: complaint, status, out of scope (dialogs-tune-555/557)', () => {
    expect(chat('lệ phí thành lập công ty bao nhiêu', 'lúc thanh toán bị trừ tiền hai lần, mong bên mình xem lại giúp')[1].parse.intent).toBe('complaint');
    expect(chat('trợ cấp người cao tuổi nộp ở đâu', 'nộp từ tháng 9 rồi, cho hỏi hồ sơ đang tới đâu')[1].parse.intent).toBe('status');
    expect(chat('sang tên đất cần gì', 'giá đất ở Bình Dương giờ tăng ghê lắm hả ad')[1].parse.intent).toBe('out_of_scope');
  });

  test('an office the message is addressed to is no office question (dialogs-tune-553)', () => {
    expect(chat('Kính gửi bộ phận một cửa, mẹ tôi mất tuần trước, xin hỏi thủ tục khai tử làm thế nào')[0].parse.procedure).toBe('dang-ky-khai-tu');
  });

  test('a civil-status record said wrong with a fix asked is its correction, whatever paper is named (dialogs-tune-183/555)', () => {
    expect(chat('trích lục khai tử của mẹ tôi ghi sai quê quán, giờ phải làm sao để sửa')[0].parse.procedure).toBe('thay-doi-cai-chinh-ho-tich');
  });

  test('"tiện hỏi luôn" is an aside, not two parts done together (dialogs-tune-505/558)', () => {
    expect(chat('làm giấy khai sinh cho con cần gì', 'tiện hỏi luôn, thẻ bhyt của mẹ em bị mất, cấp lại ở đâu')[1].parse.procedure).toBe('cap-the-bhyt');
  });

  test('"cũng bị …", "cũng chưa …" (folding like "cùng") are no parts done together (dialogs-tune-513/319/394)', () => {
    expect(chat('làm giấy khai sinh cho con cần gì', 'thẻ bhyt của bà cũng bị rách rồi, làm lại ở đâu')[1].parse.procedure).toBe('cap-the-bhyt');
  });

  test('a civil paper told lost without "bị" ("giấy khai sinh … mất rồi") asks a copy from the register (dialogs-tune-416/514)', () => {
    expect(chat('giấy đăng ký kết hôn của bố mẹ tôi mất rồi, giờ xin lại thế nào')[0].parse.procedure).toBe('trich-luc-ho-tich');
    expect(chat('làm giấy khai tử cho bố mới mất rồi cần gì')[0].parse.procedure).not.toBe('trich-luc-ho-tich');
  });

  test('a business\'s own taxes asked are the tax office\'s; a land transfer\'s taxes or a tax settled first are not (dialogs-tune-369/485/560)', () => {
    expect(chat('đăng ký hộ kinh doanh cần gì', 'hộ kinh doanh tạp hóa nhỏ thì thuế khoán mỗi năm bao nhiêu')[1].parse.intent).toBe('out_of_scope');
    expect(chat('thành lập công ty ở đâu', 'thuế môn bài năm đầu công ty mới thành lập có phải đóng không, đóng ở đâu')[1].parse.intent).toBe('out_of_scope');
    expect(chat('sang tên sổ đỏ cần gì', 'cho con thì có phải đóng thuế thu nhập cá nhân không')[1].parse.intent).toBe('procedure');
    expect(chat('chấm dứt hộ kinh doanh thế nào', 'có phải quyết toán thuế xong mới chấm dứt được ko')[1].parse.intent).toBe('procedure');
  });

  test('a bank loan asked is the bank\'s; a paper the lender asks for is not (dialogs-tune-560/562/563)', () => {
    expect(chat('chứng thực hợp đồng thuê nhà ở đâu', 'đưa hợp đồng này cho ngân hàng thì ngân hàng có duyệt cho vay không')[1].parse.intent).toBe('out_of_scope');
    expect(chat('xin chào', 'ngân hàng cho vay đòi giấy xác nhận cư trú, xin trên vneid được không')[1].parse.intent).toBe('procedure');
  });

  test('an employer\'s insurance duties, a premarital check-up\'s price, another trade\'s licence are out of scope (dialogs-tune-560/563)', () => {
    expect(chat('đăng ký hộ kinh doanh cần gì', 'thuê 3 người bán hàng có phải đóng bhxh cho nhân viên không')[1].parse.intent).toBe('out_of_scope');
    expect(chat('đăng ký kết hôn cần gì', 'khám sức khỏe tiền hôn nhân ở đâu, giá bao nhiêu')[1].parse.intent).toBe('out_of_scope');
    expect(chat('đăng ký kết hôn cần gì', 'có cần giấy khám sức khỏe tiền hôn nhân không')[1].parse.intent).toBe('procedure');
    expect(chat('thành lập công ty cần gì', 'giấy phép kinh doanh karaoke xin ở đâu')[1].parse.intent).toBe('out_of_scope');
  });

  test('custody sued for, a court judgment lost and asked again: the court\'s (dialogs-tune-563)', () => {
    expect(chat('đổi họ cho con thế nào', 'tôi muốn khởi kiện giành người trực tiếp nuôi con thì nộp ở đâu')[1].parse.intent).toBe('out_of_scope');
    expect(chat('đăng ký kết hôn lần hai cần gì', 'bản án ly hôn bị thất lạc rồi, giờ xin lại ở đâu')[1].parse.intent).toBe('out_of_scope');
  });

  test('promises broken again and again, money taken three times, nobody answerable: grievances (dialogs-tune-564)', () => {
    expect(chat('trợ cấp người cao tuổi cần gì', 'nộp từ năm ngoái mà cán bộ hẹn lần này sang lần khác')[1].parse.intent).toBe('complaint');
    expect(chat('đổi bằng lái online thế nào', 'thanh toán 2 lần bị trừ tiền mà vẫn báo chưa thanh toán')[1].parse.intent).toBe('complaint');
    expect(chat('rút bhxh 1 lần ở đâu', 'hồ sơ bị thất lạc mà không ai chịu trách nhiệm')[1].parse.intent).toBe('complaint');
  });

  test('"ad còn đó không": whether anyone is there, a greeting (dialogs-tune-565)', () => {
    expect(chat('trợ cấp thất nghiệp ở đâu', 'ad còn đó ko')[1].parse.intent).toBe('greeting');
  });

  test('a divorce done "there too", custody asked back: the court\'s (dialogs-tune-541/531/190)', () => {
    expect(chat('kết hôn làm ở đâu', 'thế ly hôn thì cũng làm ở xã hả')[1].parse.intent).toBe('out_of_scope');
    expect(chat('đổi họ cho con thế nào', 'tôi muốn giành lại quyền nuôi con thì nộp đơn ở đâu')[1].parse.intent).toBe('out_of_scope');
  });

  test('another paper named by its own name with "về quê" asked is that paper, not where the topic is done (dialogs-tune-548/126)', () => {
    expect(chat('đi làm xa có phải khai báo tạm vắng không', 'thẻ căn cước của chồng em tới hạn đổi năm 25 tuổi, làm ở Bình Dương được không hay phải về quê')[1].parse.procedure).toBe('cap-the-can-cuoc');
    expect(chat('lý lịch tư pháp làm ở đâu', 'em ở Sài Gòn mà thường trú ở Nghệ An thì có phải về quê làm không')[1].parse.procedure).toBe('ly-lich-tu-phap');
  });

  test('other offices\' matters near procedures are out of scope; a procedure beside them is not (dialogs-tune-566/569)', () => {
    expect(chat('khai báo tạm vắng ở đâu', 'em có giấy gọi khám nghĩa vụ quân sự mà đang học đại học thì được hoãn không')[1].parse.intent).toBe('out_of_scope');
    expect(chat('khai báo tạm vắng ở đâu', 'con tôi đi nghĩa vụ quân sự thì có phải khai báo tạm vắng không')[1].parse.intent).toBe('procedure');
    expect(chat('sửa giấy khai sinh ở đâu', 'còn học bạ ghi sai tên thì xin trường sửa học bạ ở đâu')[1].parse.intent).toBe('out_of_scope');
    expect(chat('xin chào', 'tranh chấp đất đang kiện, bao giờ tòa xử vậy ad')[1].parse.intent).toBe('out_of_scope');
    expect(chat('đổi họ cho con thế nào', 'chồng cũ không chịu cấp dưỡng cho con thì làm sao')[1].parse.intent).toBe('out_of_scope');
    expect(chat('trợ cấp thất nghiệp ở đâu', 'bị cho nghỉ ngang, tìm hoà giải viên lao động ở đâu')[1].parse.intent).toBe('out_of_scope');
    expect(chat('khai sinh cho con cần gì', 'tiền thai sản công ty làm thì bao lâu có')[1].parse.intent).toBe('out_of_scope');
    expect(chat('định danh mức 2 làm sao', 'app điện lực bắt liên kết vneid mà quên mật khẩu tài khoản điện lực')[1].parse.intent).toBe('out_of_scope');
  });

  test('after a move, a paper left with the old address is asked, not the residence (dialogs-tune-530/575/239)', () => {
    expect(chat('vừa nhập hộ khẩu về nhà vợ, thẻ căn cước của tôi vẫn ghi địa chỉ cũ, có phải đổi không')[0].parse.procedure).toBe('cap-the-can-cuoc');
    expect(chat('chuyển hộ khẩu lên Hà Nội rồi mà cà vẹt xe vẫn ghi chỗ cũ, có phải làm lại không')[0].parse.procedure).toBe('dang-ky-xe');
    expect(chat('nhập hộ khẩu về nhà mới cần giấy gì')[0].parse.procedure).toBe('dang-ky-thuong-tru');
  });

  test('an employer\'s pay and leave, remittances and money changed, a bank to borrow from: out of scope (dialogs-tune-542/576/577)', () => {
    expect(chat('trợ cấp thất nghiệp cần gì', 'công ty bắt tăng ca tới 10h đêm vậy có đúng luật không')[1].parse.intent).toBe('out_of_scope');
    expect(chat('trợ cấp thất nghiệp cần gì', 'công ty có phải đóng bhyt cho công nhân không')[1].parse.intent).toBe('out_of_scope');
    expect(chat('sửa tên trong khai sinh làm online được không', 'em làm công ty ngày nào cũng tăng ca, nộp online được không')[1].parse.intent).toBe('procedure');
    expect(chat('chứng thực chữ ký ở đâu', 'tiền kiều hối gửi về bị giữ lại thì hỏi ai')[1].parse.intent).toBe('out_of_scope');
    expect(chat('đăng ký hộ kinh doanh cần gì', 'muốn vay 50 triệu mở quán thì ngân hàng nào dễ')[1].parse.intent).toBe('out_of_scope');
  });

  test('when one would count as late, asked, is no grievance (dialogs-tune-577)', () => {
    expect(chat('làm khai tử liên thông cần gì', 'quá bao nhiêu ngày thì bị trễ hạn')[1].parse.intent).toBe('procedure');
  });

  test('the last of several papers listed after "đã có … rồi" is had too (dialogs-tune-571)', () => {
    expect(chat('dạ e là sinh viên, mới thuê phòng trọ ở phường Linh Xuân. E đã có cccd gắn chip và tài khoản vneid mức 2 rồi. Chủ trọ kêu e phải đăng ký tạm trú, e tự làm trên VNeID được ko hay phải ra công an phường ạ?')[0].parse.procedure).toBe('dang-ky-tam-tru');
  });

  test('a civil paper named just before the certified copy asked is what is copied (dialogs-tune-563)', () => {
    expect(chat('giấy đăng ký kết hôn em muốn sao y vài bản thì chứng thực ở đâu')[0].parse.procedure).toBe('chung-thuc-ban-sao');
  });

  test('the card showing a detail other than the birth record\'s is the card wrong (dialogs-tune-579)', () => {
    expect(chat('căn cước của tôi ghi năm sinh 1980 mà giấy khai sinh là 1981, giờ phải làm sao cho đúng')[0].parse.procedure).toBe('cap-the-can-cuoc');
  });

  test('"ty ad", "ty nha": thank you, shortened (dialogs-tune-581)', () => {
    expect(chat('làm lại căn cước mất bao nhiêu', 'ty nha')[1].parse.intent).toBe('thanks');
  });

  test('a file said lost by the office, being sent back and forth: grievances; a worry about trips is not (dialogs-tune-582/131)', () => {
    expect(chat('xác nhận cư trú bao lâu có', 'lên lấy thì cán bộ bảo thất lạc hồ sơ rồi')[1].parse.intent).toBe('complaint');
    expect(chat('đổi bằng lái ở đâu', 'lên sở thì bảo qua công an, qua công an bảo ra trung tâm, đi lòng vòng cả buổi')[1].parse.intent).toBe('complaint');
    expect(chat('làm sổ đỏ lần đầu ở đâu', 'làm xong chừng nào có sổ, tính đi tới đi lui mấy lần')[1].parse.intent).toBe('procedure');
  });

  test('custody won, asked; grandchildren home for some days: the court\'s, a stay to notify (dialogs-tune-583)', () => {
    expect(chat('khai sinh cho con cần gì', 'nếu ly hôn thì em có giành được quyền nuôi con không')[1].parse.intent).toBe('out_of_scope');
    expect(chat('đi làm xa có phải khai báo tạm vắng không', 'hè này 2 đứa cháu ở Sài Gòn về quê chơi với ông bà chừng 10 ngày, có phải báo công an xã không')[1].parse.procedure).toBe('thong-bao-luu-tru');
  });

  test('a divorce from someone named is still sought; one done with them is not (dialogs-tune-472/495)', () => {
    expect(chat('xác nhận độc thân ở đâu', 'còn ly hôn với vợ cũ thì làm ở đâu')[1].parse.intent).toBe('out_of_scope');
    expect(chat('xác nhận độc thân ở đâu', 'ly hôn với chồng xong thì làm ở đâu đăng ký kết hôn mới')[1].parse.intent).toBe('procedure');
  });

  test('the application complained about is the topic of what follows (dialogs-tune-250)', () => {
    const r = chat('về quê làm căn cước mà 3 tháng rồi chưa có thẻ', 'lần sau cấp đổi thì nộp ở công an nơi tạm trú được không');
    expect(r[0].parse.intent).toBe('complaint');
    expect(r[1].parse.procedure).toBe('cap-the-can-cuoc');
  });

  test('"sao lâu vậy, bao lâu thì có tiền" in a procedure chat asks how long, the gripe its preface (dialogs-tune-59/104)', () => {
    expect(brief(chat('mạ tui 82 tuổi xin trợ cấp người cao tuổi được không', 'răng lâu rứa, bao lâu thì mạ tui có tiền')[1])).toEqual(proc('tro-cap-xa-hoi', 'duration'));
  });

  test('the citizen\'s own numbered list is referred to like our choices: "2", "quay lại cái 1" (dialogs-tune-172)', () => {
    const r = chat('e có 2 việc: 1. xin giấy xác nhận độc thân để vay ngân hàng, 2. chứng thực bản sao bằng đại học. hỏi cái 1 trước: cần giấy gì',
      '2', 'bao nhiêu 1 trang', 'quay lại cái 1, làm online được không');
    expect(r.map(brief)).toEqual([proc('xac-nhan-tinh-trang-hon-nhan', 'documents'), proc('chung-thuc-ban-sao', 'overview'), proc('chung-thuc-ban-sao', 'fee'),
      proc('xac-nhan-tinh-trang-hon-nhan', 'online')]);
    // (items numbered "(1)", "(2)" are a list too, and items that ask are no announcement)
    const p = chat('cho e hỏi (1) đăng ký tạm trú cho con cần giấy gì, (2) đổi bằng lái xe ở đâu', 'cái 1 nộp online được k');
    expect(p[0].parse.intent).toBe('procedure');
    expect(brief(p[1])).toEqual(proc('dang-ky-tam-tru', 'online'));
    // (a level of VNeID is no item: "tài khoản vneid mức 2")
    expect(brief(chat('cho hỏi căn cước', 'bị mất ạ', 'e chưa có tài khoản vneid mức 2, thì còn đăng ký được không')[2]).procedure).not.toBe('cap-the-can-cuoc');
  });

  test('"co ban sao" typed without marks is "có bản sao", not "có bán" (dialogs-tune-169/255)', () => {
    expect(brief(chat('xin trích lục khai sinh online được không', 'bao lau thi co ban sao')[1])).toEqual(proc('trich-luc-ho-tich', 'duration'));
    expect(chat('đăng ký xe ở đâu', 'bên ad có bán xe cũ thanh lý không')[1].parse.intent).toBe('out_of_scope');
  });

  test('a bare aspect ("giấy tờ?", "phí?") after a topic named alone keeps the topic, whatever weak guess the words make (dialogs-tune-262)', () => {
    const r = chat('khai sinh', 'giấy tờ?', 'phí?');
    expect(r.map(brief)).toEqual([proc('dang-ky-khai-sinh', 'overview'), proc('dang-ky-khai-sinh', 'documents'), proc('dang-ky-khai-sinh', 'fee')]);
  });

  test('a relative staying a few days ("lên ở chơi 3 hôm") in a temporary-residence chat is a stay to notify (dialogs-tune-261)', () => {
    expect(chat('đăng ký tạm trú cho phòng trọ cần gì', 'tuần sau ba em lên ở chơi 4 hôm thì báo qua app được không')[1].parse.procedure).toBe('thong-bao-luu-tru');
  });

  test('office hours mid-chat', () => {
    const r = chat('đăng ký tạm trú', 'mấy giờ bộ phận một cửa mở cửa');
    expect(brief(r[1])).toEqual(intent('office'));
    expect(r[1].parse.reply).toContain(agency.hours);
  });

  // an out-of-scope message carrying an aspect word ("thế nào") is still not a follow-up
  test('a bank loan in the middle of a procedure chat is out of scope, though it names a business (from dialogs-tune-10)', () => {
    const r = chat('đăng ký hộ kinh doanh cần giấy tờ gì', 'tiện hỏi luôn bên mình có cho vay vốn khởi nghiệp lãi suất thấp không');
    expect(r[1].parse.intent).toBe('out_of_scope');
    expect(r[1].state.procedure).toBe('dang-ky-ho-kinh-doanh'); // the topic is kept for the next question
  });

  test('weather in the middle of a procedure chat is out of scope', () => {
    const r = chat('đăng ký tạm trú', 'thời tiết mai thế nào');
    expect(r[1].parse.intent).toBe('out_of_scope');
  });
});

describe('greeting, thanks, goodbye: polite Vietnamese with "Quý khách"', () => {
  test.each([
    ['xin chào', 'greeting'],
    ['chao ad', 'greeting'],
    ['cảm ơn ad nhiều', 'thanks'],
    ['ok e hieu roi cam on', 'thanks'],
    ['tạm biệt', 'goodbye'],
    ['bye ad', 'goodbye'],
  ])('%s → %s', (text, name) => {
    const [r] = chat(text);
    expect(brief(r)).toEqual(intent(name));
    expect(r.parse.reply).toContain('Quý khách');
    expect(r.parse.reply).toMatch(/[ạảãáàâăêôơưđ]/); // written with diacritics
    expect(r.parse.reply).not.toMatch(/\b(bạn|mày|em)\b/i);
  });

  test('the greeting offers popular procedures and a person', () => {
    const [r] = chat('xin chào');
    expect(r.parse.reply).toContain(agency.name);
    const payloads = r.messages[0].choices?.map((c) => c.payload) ?? [];
    expect(payloads).toContain('intent:human');
    expect(payloads.some((p) => p.startsWith('procedure:'))).toBe(true);
  });

  test('a whole polite conversation', () => {
    const r = chat('chào ad', 'tạm trú', 'cảm ơn ad', 'bye');
    expect(r.map((x) => x.parse.intent)).toEqual(['greeting', 'procedure', 'thanks', 'goodbye']);
  });

  test('a greeting late in a sitting is a farewell; the next day it is a hello again (from dialogs-tune-9)', () => {
    const r = chat('chào bộ phận một cửa', 'hồ sơ mã 000.00.12.H40-250815-0003 của tôi tới đâu rồi', 'cho xin sdt bộ phận một cửa phường', 'chào');
    expect(r.map((x) => x.parse.intent)).toEqual(['greeting', 'status', 'office', 'goodbye']);
    const nextDay = { ...r[3].state, updatedAt: new Date(Date.now() - 20 * 3600_000) };
    expect(engine.turn(nextDay, 'chào ad').parse.intent).toBe('greeting');
    // "dạ cho em hỏi với ạ" opens a question (from tune-4), also late in a sitting
    expect(chat('dạ cho em hỏi với ạ')[0].parse.intent).toBe('greeting');
    expect(engine.turn(r[3].state, 'dạ cho em hỏi thêm với ạ').parse.intent).not.toBe('goodbye');
    // (a call or a knock late in a sitting is no farewell: "alo ad ơi còn đó k ạ", "ad ơi ad ơiii" — dialogs-tune-457)
    for (const call of ['alo ad oi con do k a', 'ad ơi ad ơiii']) expect([call, engine.turn(r[2].state, call).parse.intent]).toEqual([call, 'greeting']);
  });

  test('out of scope is refused politely and points back to procedures', () => {
    const [r] = chat('giá vàng hôm nay bao nhiêu');
    expect(brief(r)).toEqual(intent('out_of_scope'));
    expect(r.parse.reply).toMatch(/^Xin lỗi Quý khách/);
  });
});

describe('answers: official link, legal basis, phone-sized', () => {
  const PHONE_LIMIT = 1200;
  const PLATFORM_LIMIT = 2000; // Messenger/Zalo text message limit

  test('every procedure × aspect answer names its legal basis and official link, and fits a message', () => {
    const procedures = [...kb.current().procedures.values()];
    expect(procedures.length).toBeGreaterThanOrEqual(42);
    for (const p of procedures) {
      for (const aspect of ASPECTS) {
        const [r] = chat({ payload: `procedure:${p.id}:${aspect}` });
        const where = `${p.id}/${aspect}`;
        expect({ where, ...brief(r) }).toEqual({ where, ...proc(p.id, aspect) });
        expect({ where, url: r.parse.reply.includes(p.officialUrl) }).toEqual({ where, url: true });
        expect({ where, basis: /\nCăn cứ: .+/.test(r.parse.reply) }).toEqual({ where, basis: true });
        expect(r.messages[0].links?.[0]?.url).toBe(p.officialUrl);
        expect(r.parse.reply.length).toBeLessThanOrEqual(PLATFORM_LIMIT);
        if (aspect !== 'overview') expect({ where, len: r.parse.reply.length <= PHONE_LIMIT }).toEqual({ where, len: true });
      }
    }
  });

  // Data/render issue: three overview answers are longer than a phone screen's worth (~1,200 chars):
  // cap-giay-chung-nhan-dat-lan-dau (≈1,309), dang-ky-khai-sinh (≈1,221), lien-thong-khai-sinh (≈1,214).
  // renderAnswer does not cap the overview (steps + notes + where + fee + duration).
  test('every overview answer is under 1,200 characters', () => {
    const long = [...kb.current().procedures.values()]
      .map((p) => ({ id: p.id, len: chat({ payload: `procedure:${p.id}:overview` })[0].parse.reply.length }))
      .filter((x) => x.len > PHONE_LIMIT);
    expect(long).toEqual([]);
  });

  test('a typed question gets the same sourced answer, with aspect buttons and a person button', () => {
    const [r] = chat('đăng ký khai tử hết bao nhiêu tiền');
    const p = kb.current().procedures.get('dang-ky-khai-tu')!;
    expect(r.parse.reply).toContain(p.officialUrl);
    expect(r.parse.reply).toContain('Căn cứ:');
    const payloads = r.messages[0].choices!.map((c) => c.payload);
    expect(payloads).toContain('intent:human');
    expect(payloads).not.toContain('procedure:dang-ky-khai-tu:fee'); // not the aspect just shown
    expect(payloads.filter((x) => x.startsWith('procedure:dang-ky-khai-tu:')).length).toBeGreaterThanOrEqual(3);
  });

  test('parse output: confidence in [0,1] with 3 decimals; non-procedure intents carry no procedure/aspect', () => {
    for (const r of chat('đăng ký tạm trú', 'xin chào', 'H30.12-250101-0042', 'kể chuyện cười đi')) {
      expect(r.parse.confidence).toBeGreaterThanOrEqual(0);
      expect(r.parse.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(r.parse.confidence * 1000)).toBeCloseTo(r.parse.confidence * 1000, 6);
      if (r.parse.intent !== 'procedure') expect([r.parse.procedure, r.parse.aspect]).toEqual([null, null]);
      expect(Object.keys(r.parse).sort()).toEqual(['aspect', 'confidence', 'intent', 'procedure', 'reply']);
    }
  });
});

describe('engine.handle', () => {
  let seq = 0;
  const msg = (kind: InboundMessage['kind'], extra: Partial<InboundMessage> = {}): InboundMessage => ({
    agencyId: 'default', channel: 'web', conversationId: 'web:conv-1', userId: 'u1', externalId: `m${++seq}`,
    kind, receivedAt: new Date(), ...extra,
  });

  test('text turns are answered and the state is saved between calls', async () => {
    const first = await engine.handle(msg('text', { text: 'làm tạm trú cần gì' }));
    expect(first).toHaveLength(1);
    expect(first[0].text).toMatch(/^Đăng ký tạm trú — hồ sơ gồm/);
    const second = await engine.handle(msg('text', { text: 'còn lệ phí thì sao' }));
    expect(second[0].text).toMatch(/^Đăng ký tạm trú — lệ phí/);
    const saved = await states.get('default', 'web:conv-1');
    expect(saved).toMatchObject({ procedure: 'dang-ky-tam-tru', aspect: 'fee', mode: 'bot', turns: 2 });
  });

  test('a message replayed after a crash gets the same replies and is not a second turn', async () => {
    const question = msg('text', { text: 'làm tạm trú cần gì' });
    const first = await engine.handle(question);
    const followUp = msg('text', { text: 'còn lệ phí thì sao' });
    const answered = await engine.handle(followUp);
    const turns = (await states.get('default', 'web:conv-1'))?.turns;
    expect(await engine.handle(followUp)).toEqual(answered); // the same platform message id again
    expect((await states.get('default', 'web:conv-1'))?.turns).toBe(turns);
    expect(answered).not.toEqual(first);
  });

  test('a tapped choice carries its payload', async () => {
    const out = await engine.handle(msg('choice', { text: 'Lệ phí', payload: 'procedure:dang-ky-ket-hon:fee' }));
    expect(out[0].text).toMatch(/^Đăng ký kết hôn — lệ phí/);
  });

  test('staff_echo puts the conversation in human mode; the bot then stays silent on text', async () => {
    await engine.handle(msg('text', { text: 'làm tạm trú cần gì' }));
    expect(await engine.handle(msg('staff_echo', { text: 'Chào anh, em là cán bộ một cửa', staffId: 'admin-1' }))).toEqual([]);
    expect((await states.get('default', 'web:conv-1'))?.mode).toBe('human');
    expect(await engine.handle(msg('text', { text: 'dạ em cần hỏi thêm lệ phí' }))).toEqual([]);
    expect(await engine.handle(msg('choice', { payload: 'procedure:dang-ky-tam-tru:fee' }))).toEqual([]);
    expect(await engine.handle(msg('attachment', { attachments: [{ kind: 'image', url: 'https://x/y.jpg' }] }))).toEqual([]);
    const saved = await states.get('default', 'web:conv-1');
    expect(saved?.mode).toBe('human');
    expect(saved?.turns).toBe(1); // human-mode messages are not bot turns
  });

  test('human mode is per conversation', async () => {
    await engine.handle(msg('staff_echo', { staffId: 'a' }));
    const other = await engine.handle(msg('text', { text: 'xin chào', conversationId: 'web:conv-2' }));
    expect(other).toHaveLength(1);
  });

  test('follow → greeting', async () => {
    const out = await engine.handle(msg('follow', { systemEvent: 'get_started' }));
    expect(out).toHaveLength(1);
    expect(out[0].text).toMatch(/^Xin chào Quý khách/);
    expect(out[0].choices?.some((c) => c.payload === 'intent:human')).toBe(true);
  });

  test('attachment → polite text-only fallback offering a person', async () => {
    const out = await engine.handle(msg('attachment', { attachments: [{ kind: 'image', url: 'https://example.org/cccd.jpg' }] }));
    expect(out).toHaveLength(1);
    expect(out[0].text).toContain('Quý khách');
    expect(out[0].text).toMatch(/chữ/);
    expect(out[0].choices?.map((c) => c.payload)).toContain('intent:human');
  });

  test('unsupported → same fallback; unfollow → nothing', async () => {
    expect((await engine.handle(msg('unsupported')))[0].text).toMatch(/chữ/);
    expect(await engine.handle(msg('unfollow'))).toEqual([]);
  });

  test('the inbound time is remembered', async () => {
    const at = new Date('2026-01-02T03:04:05Z');
    await engine.handle(msg('text', { text: 'xin chào', receivedAt: at }));
    expect((await states.get('default', 'web:conv-1'))?.lastInboundAt?.toISOString()).toBe(at.toISOString());
  });
});

test('"tôi làm thay cho cháu được không" in a chat asks whether someone else may do this procedure, not about guardianship (from dialogs-tune-11/18)', () => {
  const r = chat('con tôi đi du học Úc bên trường yêu cầu lý lịch tư pháp, làm ở đâu ạ', 'tôi làm thay cho cháu được không, cháu đang ở Hà Nội học tiếng', 'lam qua vneid dc k');
  expect(r.map(brief)).toEqual([proc('ly-lich-tu-phap', 'where'), proc('ly-lich-tu-phap', 'eligibility'), proc('ly-lich-tu-phap', 'online')]);
  // naming guardianship still turns to it
  expect(brief(chat('làm lý lịch tư pháp ở đâu', 'còn đăng ký giám hộ cho cháu thì làm sao')[1])).toEqual(proc('dang-ky-giam-ho', 'overview'));
});

test('"có ai xuống tận nhà làm dùm hông" in a chat asks about the procedure done at home, not a complaint (from dialogs-tune-14/26)', () => {
  const r = chat('cho hỏi làm căn cước cho ông nội 80 tuổi', 'tui đi đứng khó khăn lắm, có ai xuống tận nhà làm dùm hông');
  expect(brief(r[1])).toEqual(proc('cap-the-can-cuoc', 'eligibility'));
  // a grievance said in words stays a complaint
  expect(chat('cho hỏi làm căn cước cho ông nội', 'cán bộ xuống tận nhà mà thái độ quá tệ, quát cả người già')[1].parse.intent).toBe('complaint');
});

test('a status or complaint guess no word voices, asking plainly about the topic, is a question about it (from dialogs-tune-25)', () => {
  expect(brief(chat('bà tui 82 tuổi muốn xin trợ cấp xã hội hằng tháng', 'má con nằm một chỗ đi hông nổi, con đem hồ sơ nộp ở đâu, ấp hay xã')[1])).toEqual(proc('tro-cap-xa-hoi', 'where'));
  expect(brief(chat('làm thủ tục nhận cha cho con thế nào', 'anh o Dong Nai con chi e voi be o Long An, vay nop cho nao')[1])).toEqual(proc('nhan-cha-me-con', 'where'));
  // voiced, they stay what they are
  expect(chat('bà tui muốn xin trợ cấp xã hội', 'hồ sơ nộp 2 tháng rồi giờ tới đâu rồi')[1].parse.intent).toBe('status');
  expect(chat('bà tui muốn xin trợ cấp xã hội', 'cán bộ xã bắt tui đi lại 3 lần, nộp ở đâu cũng không ai nhận')[1].parse.intent).toBe('complaint');
});

test('the office hours as the reason, the topic as the question (from dialogs-tune-25)', () => {
  expect(brief(chat('đăng ký tạm trú cần gì ad', 'e lam ca toi 10h dem, gio hanh chinh ko ghe dc, co bam tren dt duoc ko a')[1])).toEqual(proc('dang-ky-tam-tru', 'online'));
  expect(brief(chat('quán chè nhỏ có cần giấy an toàn thực phẩm không', 'cái giấy đó chờ lâu hông, chị sợ đóng cửa lâu mất mối')[1])).toEqual(proc('an-toan-thuc-pham', 'duration'));
  // the office's own hours and address are still asked about the office
  expect(chat('đăng ký tạm trú cần gì ad', 'thứ 7 xã có làm việc giờ hành chính không')[1].parse.intent).toBe('office');
});

test('a registration done long ago, a copy of its record wanted now, is an extract (from dialogs-tune-30, tune-11)', () => {
  const r = chat('cho hỏi xin trích lục hộ tịch', 'mình đăng ký kết hôn ở huyện Củ Chi năm 2010, giờ ko còn huyện nữa thì xin ở đâu');
  expect(brief(r[1])).toEqual(proc('trich-luc-ho-tich', 'where'));
  expect(brief(chat('Vợ chồng tôi đăng ký kết hôn ở xã cũ năm 2005, xã đó nay đã nhập vào xã khác rồi, giờ xin lại giấy ở đâu')[0])).toEqual(proc('trich-luc-ho-tich', 'where'));
  // registering a marriage now is still that
  expect(brief(chat('đăng ký kết hôn ở đâu ạ')[0])).toEqual(proc('dang-ky-ket-hon', 'where'));
});

test('related allowances and civil-status changes told apart by their words (from dialogs-tune-21/26/28)', () => {
  expect(brief(chat('cho hỏi về trợ cấp', 'Bà nội em năm nay 81 tuổi, ở với con cháu, mà chưa thấy lãnh tiền già bao giờ, bà có được không')[1]).procedure).toBe('tro-cap-xa-hoi');
  expect(brief(chat('bác có thằng con bị tật từ nhỏ, đi đứng không được, hắn có được hưởng chi không')[0]).procedure).toBe('tro-cap-xa-hoi');
  expect(brief(chat('làm thủ tục nhận cha cho con thế nào', 'nhận cha xong em muốn đổi họ bé theo họ bố thì phải chuẩn bị thêm giấy tờ gì nữa ạ')[1])).toEqual(proc('thay-doi-cai-chinh-ho-tich', 'documents'));
});

test('a lost original diploma in a certified-copy chat moves to a copy from the register (from dialogs-tune-25)', () => {
  const r = chat('cho e hỏi e cần photo công chứng bằng đh 5 bộ để nộp xin việc, mang bản chính theo là đủ hay cần gì nữa ạ',
    'ủa chết, bằng gốc e lục hoài k thấy, chắc mất lúc chuyển trọ r, giờ sao ad');
  expect(brief(r[1]).procedure).toBe('ban-sao-van-bang');
});

test('doing it online on the portal, in a procedure chat, is that procedure online (from dialogs-tune-33)', () => {
  const r = chat('cho hỏi đăng ký xe máy mới mua', 'đăng ký online trên dịch vụ công thì làm thế nào');
  expect(brief(r[1])).toEqual(proc('dang-ky-xe', 'online'));
  expect(chat('đăng ký hộ kinh doanh cần gì', 'ad ơi quán bún bò ngon nhất sài gòn ở đâu z')[1].parse.intent).toBe('out_of_scope');
});

test('a name written wrong at birth is a correction; a bribe offered "cho nhanh" is a complaint (from dialogs-tune-34)', () => {
  const long = 'Chào anh chị, con trai tôi tên Nguyễn Hoàng Thuỷ nhưng giấy khai sinh ghi nhầm thành Nguyễn Hoàn Thủy, thiếu chữ g, mấy năm nay không để ý, giờ đi làm căn cước mới phát hiện ra. Tôi muốn sửa lại cho đúng thì làm thủ tục gì ạ';
  expect(brief(chat(long)[0])).toEqual(proc('thay-doi-cai-chinh-ho-tich', 'overview'));
  const r = chat('mình mới mua xe máy, đăng ký bấm biển ở đâu', 'nói thật hôm trước đi làm cho ông anh mà có người ở đó gợi ý đưa thêm 500k cho nhanh, vậy là sao');
  expect(r[1].parse.intent).toBe('complaint');
});

test('which school teaches well is out of scope in a residence-certificate chat (from dialogs-tune-42)', () => {
  expect(chat('con đi học cần giấy xác nhận cư trú thì xin ở đâu', 'tiện hỏi ad biết trường tiểu học nào ở phường Linh Xuân dạy tốt ko')[1].parse.intent).toBe('out_of_scope');
  expect(chat('con đi học cần giấy xác nhận cư trú thì xin ở đâu', 'bãi rác tự phát cạnh trường tiểu học bốc mùi kinh khủng, đề nghị xã cho người dọn giùm')[1].parse.intent).toBe('complaint');
});

test('lottery numbers asked for are out of scope, not a loosely named topic (from tune-17)', () => {
  expect(chat('xin số đề hôm nay')[0].parse.intent).toBe('out_of_scope');
});

test('on behalf, a paper besides another, a record paper asked "có cần không", the old commune where it was registered (dialogs-tune-124…128)', () => {
  // the classifier hears a job question in "đi làm không xin nghỉ được", but no out-of-scope word is there
  expect(brief(chat('xin xac nhan so yeu ly lich de di xin viec thi lam o dau z', 'e dang di lam ko xin nghi dc, nho nguoi nha mang len ky thay dc ko')[1]))
    .toEqual(proc('chung-thuc-chu-ky', 'eligibility'));
  expect(brief(chat('mình mới mua nhà ở phường khác, muốn chuyển hộ khẩu cả nhà về nhà mới thì làm sao', 'ngoai so do ra can them gi ko')[1]))
    .toEqual(proc('dang-ky-thuong-tru', 'documents'));
  expect(brief(chat('thằng cu nhà tôi 7 tuổi, có bắt buộc phải làm căn cước cho cháu chưa', 'nếu làm cho cháu thì cần mang giấy tờ gì, giấy khai sinh có cần không')[1]))
    .toEqual(proc('cap-the-can-cuoc', 'documents'));
  expect(brief(chat('mẹ em bị mất giấy khai sinh bản chính, ở xã vẫn còn lưu sổ, giờ muốn xin lại thì làm sao ạ', 'phải về xã cũ nơi đăng ký khai sinh hay chỗ nào cũng xin được')[1]))
    .toEqual(proc('trich-luc-ho-tich', 'where'));
});

test('a residence one only has, and a record made long ago, are the story (dialogs-tune-129/131)', () => {
  expect(brief(chat('cty cho em nghỉ việc, muốn làm trợ cấp thất nghiệp', 'nop ho so o dau, e o quan 7 nhung chi dang ky tam tru thoi')[1]))
    .toEqual(proc('tro-cap-that-nghiep', 'where'));
  expect(brief(chat('toi bi mat giay khai sinh ban chinh, muon xin lai ban sao thi lam the nao', 'hoi do dang ky khai sinh o xa khac, gio chuyen vo tinh khac song thi xin o dau')[1]))
    .toEqual(proc('trich-luc-ho-tich', 'where'));
});

test('"ok back lại vụ căn cước" goes back to the earlier topic (dialogs-tune-148)', () => {
  const r = chat('e bị mất thẻ căn cước rồi', 'à sẵn cho e hỏi phiếu lý lịch tư pháp xin ở đâu', 'ok back lại vụ căn cước, cấp lại thẻ mất bao nhiêu tiền');
  expect(brief(r[2])).toEqual(proc('cap-lai-the-can-cuoc', 'fee'));
});

test('"nếu cần nộp bản giấy thì một cửa phường làm tới mấy giờ" in a procedure chat asks the office\'s hours (dialogs-tune-148)', () => {
  expect(brief(chat('làm khai sinh cho con online thì vào mục nào', 'nếu cần nộp bản giấy thì một cửa phường làm tới mấy giờ')[1])).toEqual(intent('office'));
  expect(brief(chat('làm khai sinh cho con cần gì', 'nộp ở ubnd xã hả')[1])).toEqual(proc('dang-ky-khai-sinh', 'where'));
});

test('the application named in a status question is the topic of what follows (dialogs-tune-154)', () => {
  const r = chat('ad oi, ho so cap lai can cuoc cua ba e nop tu 10/9 gio toi dau r', 'luc nhan the ba e phai di cung ko hay e ra nhan thay dc');
  expect(r[0].parse.intent).toBe('status');
  expect(brief(r[1])).toEqual(proc('cap-lai-the-can-cuoc', 'eligibility'));
});

test('guests for a few days in a temporary-residence chat are a stay to notify (dialogs-tune-148/152)', () => {
  const r = chat('e mới chuyển vào SG làm việc, thuê căn hộ ở Thủ Đức, có bắt buộc đăng ký tạm trú ko ad', 'tuần sau ba má e từ Hà Nội vô chơi 5 ngày, có phải báo với ai ko', 'bao cho cong an phuong hay ban quan ly toa nha');
  expect(r.map(brief).slice(1)).toEqual([proc('thong-bao-luu-tru', 'eligibility'), proc('thong-bao-luu-tru', 'where')]);
  // a tenant staying on is still the temporary residence
  expect(brief(chat('đăng ký tạm trú cần gì', 'em ở trọ lâu dài cả năm thì có phải đăng ký không')[1]).procedure).toBe('dang-ky-tam-tru');
});

test('a loss told as a story the words alone cannot place moves a căn cước chat to re-issuing (dialogs-tune-203)', () => {
  const r = chat('Cho hỏi làm căn cước ở đâu vậy', 'dạ bị mất lúc đi chợ Cà Mau hôm qua đó', 'tốn nhiêu tiền vậy');
  expect(r.map((x) => x.parse.procedure).slice(1)).toEqual(['cap-lai-the-can-cuoc', 'cap-lai-the-can-cuoc']);
  // (words of something outside still are: a lost bank card in the same chat)
  expect(chat('Cho hỏi làm căn cước ở đâu vậy', 'the atm cung mat luon, khoa the ngan hang o dau ad')[1].parse.intent).toBe('out_of_scope');
});

test('"uỷ ban có làm việc không" in a procedure chat asks whether the office is open, not where (dialogs-tune-206)', () => {
  const r = chat('bọ em 65 tuổi, dùng điện thoại cục gạch, làm vneid mức 2 được không', 'trời ni mưa rứa mà uỷ ban có làm việc không');
  expect(r[1].parse.intent).toBe('office');
});

test('whether another procedure\'s paper goes in the topic\'s file, asked yes or no, is the topic\'s papers (dialogs-tune-218/99)', () => {
  const r = chat('hai đứa e tính đăng ký kết hôn, làm ở đâu ạ', 'có cần giấy xác nhận độc thân không ạ');
  expect(brief(r[1])).toEqual(proc('dang-ky-ket-hon', 'documents'));
  // (a permit one must have is whether it applies)
  const s = chat('mở quán ăn nhỏ thì xin giấy an toàn thực phẩm ở đâu', 'quán nhỏ bán ở nhà, đã có giấy hộ kinh doanh, có bắt buộc phải có giấy này ko');
  expect(brief(s[1])).toEqual(proc('an-toan-thuc-pham', 'eligibility'));
});

test('contributions paid, told in an unemployment chat, are its story, not a turn to the one-off payout (dialogs-tune-10/45/76)', () => {
  const r = chat('e mới nghỉ việc ở công ty, muốn làm trợ cấp thất nghiệp thì sao ạ', 'dong bhxh dc 14 thang thi dc huong ko ad', 'nop ho so o dau');
  expect(r.map(brief).slice(1)).toEqual([proc('tro-cap-that-nghiep', 'eligibility'), proc('tro-cap-that-nghiep', 'where')]);
  // (the payout asked by its name still is)
  expect(brief(chat('e mới nghỉ việc ở công ty, muốn làm trợ cấp thất nghiệp thì sao ạ', 'còn rút bhxh 1 lần thì sao')[1]).procedure).toBe('bhxh-mot-lan');
});

test('a card due by age, or another\'s replaced, in a chat about re-issuing a lost one is the base card (dialogs-tune-209/213)', () => {
  const r = chat('ad oi e lam mat cccd hom qua gio lam lai ntn z', 'còn bạn gái e năm nay 25t, cccd đến hạn đổi thì cần mang j theo');
  expect(brief(r[1])).toEqual(proc('cap-the-can-cuoc', 'documents'));
  const s = chat('Thẻ căn cước của tôi bị gãy đôi, làm lại mất bao nhiêu tiền', 'con vo toi doi the thi co mat tien ko');
  expect(brief(s[1])).toEqual(proc('cap-the-can-cuoc', 'fee'));
});

test('a part of a combined procedure named with its deadline or fine is the part\'s registration (dialogs-tune-100/179)', () => {
  const r = chat('bé nhà e mới sinh, muốn làm khai sinh, nhập hộ khẩu với thẻ bhyt cho bé 1 lần thì nộp ở đâu', 'mà đăng ký khai sinh trễ quá 60 ngày có bị phạt hông ad');
  expect(brief(r[1])).toEqual(proc('dang-ky-khai-sinh', 'eligibility'));
  // (a part asked of the combined procedure without them stays in it)
  expect(chat('bé nhà e mới sinh, muốn làm khai sinh, nhập hộ khẩu với thẻ bhyt cho bé 1 lần thì nộp ở đâu', 'bao lâu thì có thẻ bhyt')[1].parse.procedure).toBe('lien-thong-khai-sinh');
});

test('which copy of a paper will do for the topic\'s file is its papers, not a turn to certifying copies (dialogs-tune-79/163)', () => {
  const r = chat('vợ em quê Quảng Trị, giờ muốn nhập hộ khẩu về nhà chồng thì làm sao', 'giay dang ky ket hon ban photo co dc ko hay phai sao y');
  expect(brief(r[1])).toEqual(proc('dang-ky-thuong-tru', 'documents'));
  // (certifying a photocopy is still asked as such)
  expect(chat('e bị mất bằng tốt nghiệp thì xin bản sao ở đâu', 'bang dai hoc thi e con ban goc, chung thuc ban photo o xa dc ko')[1].parse.procedure).toBe('chung-thuc-ban-sao');
});

test('the channel words read beside for the portal still ask the channel of another topic (dialogs-tune-106/114)', () => {
  const r = chat('giấy khai sinh của tôi mất, xã nói sổ gốc cũng bị cháy rồi, giờ làm sao', 'có nộp online được không ad');
  expect(brief(r[1])).toEqual(proc('dang-ky-lai-khai-sinh', 'online'));
  const t = chat('ad oi e o tro binh duong co bat buoc dk tam tru ko', 'cos theer lamf onl tren vneid ko ad');
  expect(brief(t[1])).toEqual(proc('dang-ky-tam-tru', 'online'));
});

test('a lost card told in a long story stays the topic: a bare "rứa tốn bao nhiêu" is not moved to a first card by the mother\'s age (dialogs-tune-263)', () => {
  const r = chat('Con nhắn thay cho mạ con năm ni 74 tuổi ở xã Lộc An, huyện Phú Lộc, tỉnh Thừa Thiên Huế cũ. Mạ con bữa trước đi chợ bị rớt mất cái căn cước gắn chíp, giờ muốn làm lại thì phải mang theo chi ạ?',
    'rứa tốn bao nhiêu', 'bao lâu thì có');
  expect(r.map(brief)).toEqual([proc('cap-lai-the-can-cuoc', 'documents'), proc('cap-lai-the-can-cuoc', 'fee'), proc('cap-lai-the-can-cuoc', 'duration')]);
  // (a refinement still moves: "cho hỏi về căn cước" → "bị mất ạ")
  expect(chat('cho hỏi về căn cước', 'bị mất ạ')[1].parse.procedure).toBe('cap-lai-the-can-cuoc');
});

test('after a status check, "e hông có mã, nộp trực tiếp ở xã" tells of the application, it asks nothing (dialogs-tune-267/270)', () => {
  expect(chat('e muốn hỏi hồ sơ đăng ký kết hôn nộp tuần trước có kết quả chưa', 'e hông có mã, nộp trực tiếp ở xã Tân Bình')[1].parse.intent).toBe('status');
  expect(chat('cho hỏi tui nộp hồ sơ xin giấy phép cất nhà bữa mùng 3 tây, giờ coi kết quả ở đâu', 'tui hông có giữ cái biên nhận, mất rồi')[1].parse.intent).toBe('status');
});

test('a numbered list of one\'s own, then "hỏi cái 1 trước: …" in the same message, asks of item 1; "việc (2) thì …" later of item 2; "mức 2" is no item (dialogs-tune-279/280/281)', () => {
  const r = chat('Chào ad. E có 3 việc: 1. đổi bằng lái B2 sắp hết hạn 2. đăng ký xe máy mới mua 3. xin lý lịch tư pháp để đi xklđ. Hỏi cái 1 trước: đổi bằng ở đâu ạ', 'ok giờ tới việc số 2 ạ');
  expect(r.map(brief)).toEqual([proc('doi-giay-phep-lai-xe', 'where'), proc('dang-ky-xe', 'overview')]);
  const t = chat('ad oi, nha e mua dat, can lam 2 viec: (1) chung thuc hop dong mua ban (2) sang ten so do. Viec (1) can giay to gi', 'viec (2) thi nop o dau');
  expect(t.map(brief)).toEqual([proc('chung-thuc-hop-dong', 'documents'), proc('dang-ky-bien-dong-dat-dai', 'where')]);
});

test('a list told in words, "1 là …; 2 là …", then "chuyện 1 trước: …": item 1 read as the procedure its question leads to, and "qua chuyện số 2" after a follow-up still picks item 2 (dialogs-tune-331)', () => {
  const r = chat('Chị có 2 chuyện hỏi giùm ba má: 1 là giấy đăng ký kết hôn của ba má bị mối ăn mất, sổ ở xã còn; 2 là ba chị muốn xin trợ cấp người già. Em trả lời chuyện 1 trước: xin lại bản sao giấy kết hôn ở đâu',
    'nhiêu tiền một bản', 'giờ qua chuyện số 2 nha, ba chị 81 tuổi có được lãnh hông');
  expect(r.map(brief)).toEqual([proc('trich-luc-ho-tich', 'where'), proc('trich-luc-ho-tich', 'fee'), proc('tro-cap-xa-hoi', 'eligibility')]);
});

test('a fact told after a question ("bé 4 tuổi ạ", "hop dong thue tro e viet tay thoi") answers that question again with it; a new matter or a choice does not (dialogs-tune-222/236)', () => {
  expect(chat('làm hộ chiếu cho bé thì có cần bé đi cùng không', 'bé 4 tuổi ạ').map(brief)[1]).toEqual(proc('cap-ho-chieu', 'eligibility'));
  expect(chat('dang ky tam tru can giay to gi', 'hop dong thue tro e viet tay thoi').map(brief)[1]).toEqual(proc('dang-ky-tam-tru', 'documents'));
  expect(chat('dang ky tam tru can giay to gi', 'mà chủ trọ ở xa lắm').map(brief)[1]).not.toEqual(proc('dang-ky-tam-tru', 'documents'));
});

test('a paper the topic\'s document notes name ("sổ đỏ" proving where one lives) asked yes or no is the topic\'s papers; the portal is no paper (dialogs-tune-158/273)', () => {
  expect(chat('e mua nha o go vap muon chuyen hk ve thi lam sao', 'can so do ban chinh ko').map(brief)[1]).toEqual(proc('dang-ky-thuong-tru', 'documents'));
  expect(chat('làm giấy khai sinh cho con cần gì', 'có làm trên cổng dvc được không').map(brief)[1]).toEqual(proc('dang-ky-khai-sinh', 'online'));
});

test('"thôi chào con" after a clarification question is a farewell, not a choice picked by the word "con" (dialogs-tune-294)', () => {
  const engineTurns = chat('làm giấy cho con', 'thôi chào con');
  expect(engineTurns[0].kind).toBe('clarify');
  expect(engineTurns[1].parse.intent).toBe('goodbye');
});

test('in a procedure chat, "mấy giờ họ làm việc", "chiều thứ 6 có nhận hồ sơ ko" ask the office\'s hours said in words (dialogs-tune-74/289)', () => {
  expect(chat('kích hoạt vneid mức 2 làm ở mô', 'rứa bữa mô ra công an xã làm, mấy giờ họ làm việc')[1].parse.intent).toBe('office');
  expect(chat('làm lại giấy khai sinh cần gì', 'uỷ ban xã chiều thứ 6 có nhận hồ sơ ko hay chỉ buổi sáng')[1].parse.intent).toBe('office');
});

test('a numbered list announced with nothing asked of it yet is an opening; "số 1 trước ạ" then asks of item 1 (dialogs-tune-297/298)', () => {
  const r = chat('Chào anh chị ạ. Em có 3 việc cần hỏi: 1. xin giấy xác nhận độc thân 2. xin bản sao trích lục khai sinh 3. đăng ký kết hôn. Em hỏi lần lượt nha',
    'số 1 trước ạ, làm sao vậy');
  expect(r[0].parse.intent).toBe('greeting');
  // (the list is shown back, in the citizen's order, to take one at a time)
  expect(r[0].messages[0].choices?.map((c) => c.payload)).toEqual(['procedure:xac-nhan-tinh-trang-hon-nhan', 'procedure:trich-luc-ho-tich', 'procedure:dang-ky-ket-hon']);
  expect(r[0].parse.reply).toMatch(/việc nào trước/);
  expect(brief(r[1])).toEqual(proc('xac-nhan-tinh-trang-hon-nhan', 'overview'));
  // (a list with a question after it is still answered: "… Hỏi cái 1 trước: đổi bằng ở đâu ạ")
  expect(chat('E có 2 việc: 1. đổi bằng lái B2 2. đăng ký xe máy mới mua. Hỏi cái 1 trước: đổi bằng ở đâu ạ')[0].parse.intent).toBe('procedure');
});

test('a follow-up does not take a topic back to the base of the variant it became ("nộp ở phường cũ hay phường mới" after a shop moved) (dialogs-tune-266)', () => {
  const r = chat('chao a chi, e co hkd ban dien thoai o Vinh, gio chuyen cua hang qua phuong khac thi phai lam thu tuc j', 'nop o phuong cu hay phuong moi', 'le phi');
  expect(r.map(brief)).toEqual([proc('thay-doi-ho-kinh-doanh', 'overview'), proc('thay-doi-ho-kinh-doanh', 'where'), proc('thay-doi-ho-kinh-doanh', 'fee')]);
});

test('whether one may do it, the object left out ("người già như tui làm được hông"), stays the topic whatever the story words lean to (dialogs-tune-302/141)', () => {
  const r = chat('kích hoạt định danh điện tử mức 2 ở đâu', 'mẹ em vẫn xài chứng minh nhân dân cũ, không có điện thoại thông minh thì có làm đc ko', 'mất phí ko');
  expect(r.map(brief)).toEqual([proc('dinh-danh-dien-tu', 'where'), proc('dinh-danh-dien-tu', 'eligibility'), proc('dinh-danh-dien-tu', 'fee')]);
  // (an office that may do it asks where; a procedure of the topic's family may still be meant)
  expect(chat('sang tên sổ đỏ cho con làm sao', 'văn bản thỏa thuận phân chia di sản thì đi chứng thực ở đâu, ubnd xã làm được hông')[1].parse.procedure).toBe('chung-thuc-hop-dong');
});

test('in a combined procedure\'s chat, "có hạn mấy ngày phải đi khai tử không" asks the deadline of the part it names (dialogs-tune-305)', () => {
  const r = chat('bố em mới mất, làm giấy chứng tử thế nào', 'nghe nói làm liên thông khai tử với cắt khẩu, tiền mai táng một lần được, cần giấy gì', 'có hạn mấy ngày phải đi khai tử không');
  expect(brief(r[1])).toEqual(proc('lien-thong-khai-tu', 'documents'));
  expect(brief(r[2])).toEqual(proc('dang-ky-khai-tu', 'eligibility'));
});

test('an aside ("tiện hỏi luôn …", "rảnh rồi cho hỏi …", "mà ad biết … không") the words alone read as out of scope is not carried to the topic (dialogs-tune-157/16/21)', () => {
  expect(chat('làm hộ chiếu cho con đi du học Úc cần gì', 'tiện hỏi luôn tháng 7 bên Úc lạnh lắm không ad 😅')[1].parse.intent).toBe('out_of_scope');
  expect(chat('đăng ký khai sinh cho con ở đâu', 'rảnh rồi cho hỏi đội nào vô địch V-League năm nay')[1].parse.intent).toBe('out_of_scope');
  expect(chat('xin giấy phép xây nhà mất bao lâu', 'tiện hỏi năm nay tuổi Dậu cất nhà tháng mấy thì đẹp')[1].parse.intent).toBe('out_of_scope');
  // (an aside about the topic still is the topic)
  expect(chat('làm hộ chiếu cho con đi du học Úc cần gì', 'tiện hỏi luôn, lệ phí bao nhiêu')[1].parse).toMatchObject({ intent: 'procedure', procedure: 'cap-ho-chieu', aspect: 'fee' });
});

test('a card had already, a paper\'s word between ("bác có thẻ căn cước gắn chip rồi thì làm ở mô"), keeps the VNeID topic (dialogs-tune-350)', () => {
  expect(chat('bác muốn làm VNeID mức 2', 'bác có thẻ căn cước gắn chip rồi thì làm ở mô')[1].parse).toMatchObject({ procedure: 'dinh-danh-dien-tu', aspect: 'where' });
});

test('"giấy đó xin ở đâu" after another procedure\'s paper was named as one of the topic\'s asks about that paper, and the next turns stay on it (dialogs-tune-158/163/167)', () => {
  const r = chat('e vs ny muốn đăng kí kết hôn thì làm ntn ạ', 'ho so can giay xac nhan tinh trang hon nhan ko ad', 'giay do xin o dau', 'le phi bn');
  expect(r.map(brief)).toEqual([proc('dang-ky-ket-hon', 'overview'), proc('dang-ky-ket-hon', 'documents'), proc('xac-nhan-tinh-trang-hon-nhan', 'where'),
    proc('xac-nhan-tinh-trang-hon-nhan', 'fee')]);
  // (with no paper named the turn before, "giấy đó" is the topic's own)
  expect(chat('e vs ny muốn đăng kí kết hôn thì làm ntn ạ', 'giay do xin o dau')[1].parse.procedure).toBe('dang-ky-ket-hon');
});

test('small talk in a procedure chat ("ad ăn cơm chưa rứa", "mai Đà Lạt mưa không nhỉ") is out of scope, not a question about the topic (dialogs-tune-388)', () => {
  expect(chat('đăng ký hộ nghèo cần điều kiện gì', 'ad ăn cơm chưa rứa')[1].parse.intent).toBe('out_of_scope');
  expect(chat('mẹ tôi lên chơi mấy hôm có phải báo lưu trú không', 'mai Đà Lạt mưa không nhỉ')[1].parse.intent).toBe('out_of_scope');
});

test('a lucky day or a year that suits one\'s age for building ("tuổi Mão cất nhà được hông", "bữa mô đẹp để đổ móng") is out of scope in a procedure chat (dialogs-tune-389/386/376)', () => {
  expect(chat('sang tên sổ đỏ cho con làm sao', 'à nhờ ad coi dùm năm nay tuổi Mão cất nhà được hông')[1].parse.intent).toBe('out_of_scope');
  expect(chat('xây nhà ở nông thôn có phải xin giấy phép ko', 'À cho hỏi luôn, năm ni bữa mô đẹp để đổ móng, tui tuổi Mậu Ngọ')[1].parse.intent).toBe('out_of_scope');
  // (a permit asked, the age told, stays the permit)
  expect(chat('xây nhà ở nông thôn có phải xin giấy phép ko', 'tôi 60 tuổi xây nhà 3 tầng thì xin giấy phép ở đâu')[1].parse.procedure).toBe('giay-phep-xay-dung-nha-o');
});

test('grievances in other words in a procedure chat: "hẹn lên hẹn xuống", "cán bộ quát ba mình", "chậm quá" (dialogs-tune-391/388/69)', () => {
  expect(chat('làm sổ đỏ lần đầu cần giấy gì', 'CAN BO DIA CHINH HEN LEN HEN XUONG, LAN NAO CUNG BAT BO SUNG GIAY TO')[1].parse.intent).toBe('complaint');
  expect(chat('ba mẹ em muốn làm định danh mức 2', 'hôm trc cán bộ quát ba mình')[1].parse.intent).toBe('complaint');
  expect(chat('con tôi làm căn cước lần đầu', '3 thang roi do, cham qua, con toi can the di thi')[1].parse.intent).toBe('complaint');
  // (a fan is no scolding: "quạt" in a question about the office)
  expect(chat('làm căn cước ở đâu', 'chỗ chờ có quạt không ad')[1].parse.intent).not.toBe('complaint');
});

test('"cấp thẻ miễn phí" in a health-insurance card chat is the topic\'s card, whatever benefit the age words lean to (dialogs-tune-393)', () => {
  const r = chat('vay the BHYT ho gia dinh cho me thi mua o dau', 'mẹ tôi 75 tuổi rồi thì có được nhà nước cấp thẻ miễn phí không');
  expect(brief(r[1])).toEqual(proc('cap-the-bhyt', 'eligibility'));
});

test('another paper named by its own name and marked lost ("luôn tiện căn cước của ông cũng mất, làm lại qua vneid được không") is read by its own words in a health-insurance card chat (dialogs-tune-389)', () => {
  const r = chat('thẻ bhyt của ông bị thất lạc thì làm lại sao ạ', 'luôn tiện căn cước của ông cũng mất, làm lại qua vneid được không ạ');
  expect(brief(r[1])).toEqual(proc('cap-lai-the-can-cuoc', 'online'));
  // (the topic's own card lost stays the topic)
  expect(chat('thẻ bhyt của ông bị thất lạc thì làm lại sao ạ', 'thẻ của bà cũng mất luôn, làm lại có mất tiền không')[1].parse.procedure).toBe('cap-the-bhyt');
});

test('waiting from morning till noon with nobody to receive one ("chờ từ sáng đến trưa không ai tiếp") is a complaint in a procedure chat (dialogs-tune-400)', () => {
  expect(chat('xe moto trên 175cc đăng ký ở xã được ko', 'hom di bam bien can bo ko co mat, cho tu sang den trua khong ai tiep')[1].parse.intent).toBe('complaint');
});

test('a status check with a receipt code keeps the application it names as the topic of what follows (dialogs-tune-400)', () => {
  const r = chat('cho hỏi tra cứu hồ sơ đăng ký hộ kinh doanh ở đâu vậy, tôi có giấy biên nhận số HKD-0452/2025', 'neu bi tra ve thi nop lai o xa hay len tinh ha ad, gio ko con huyen nua ma',
    'lệ phí nộp lại có tính tiền thêm lần nữa ko');
  expect(r[0].parse.intent).toBe('status');
  expect(r.slice(1).map(brief)).toEqual([proc('dang-ky-ho-kinh-doanh', 'where'), proc('dang-ky-ho-kinh-doanh', 'fee')]);
});

test('insurance sold by companies and money drawn from a savings book are out of scope in a procedure chat (dialogs-tune-256/380/381)', () => {
  expect(chat('thẻ bhyt hộ gia đình mua ở đâu', 'mà e thấy bhyt chi trả ít quá, có nên mua thêm bảo hiểm sức khỏe của Manulife cho cả nhà không ad')[1].parse.intent).toBe('out_of_scope');
  expect(chat('mạ con mới mất, làm khai tử với cắt khẩu một lần được không', 'mạ con còn cuốn sổ tiết kiệm ở ngân hàng đứng tên mạ, giờ rút ra răng')[1].parse.intent).toBe('out_of_scope');
  // (a copy of a record asked for the bank, or the savings as the purpose, stays the procedure)
  expect(chat('mạ con mới mất, làm khai tử với cắt khẩu một lần được không', 'xin trich luc khai tu cua me de ra ngan hang rut so tiet kiem thi can mang theo gi')[1].parse.procedure).toBe('trich-luc-ho-tich');
  expect(chat('ba tui ký giấy cam kết gửi cty bảo hiểm, giờ cần chứng thực chữ ký thì làm sao')[0].parse.procedure).toBe('chung-thuc-chu-ky');
});

test('a school\'s own business ("chuyển trường", "trường mầm non … còn nhận trẻ 3 tuổi ko") is out of scope, unless a paper the agency issues is asked for it (dialogs-tune-374/385/221)', () => {
  expect(chat('làm giám hộ cho cháu cần gì', 'Còn chuyện xin cho cháu chuyển trường về gần nhà tôi thì hỏi ai ạ?')[1].parse.intent).toBe('out_of_scope');
  expect(chat('con tui muốn chuyển trường từ Vinh vô Sài Gòn học thì làm thủ tục chi với trường')[0].parse.intent).toBe('out_of_scope');
  expect(chat('con đi học lớp 1 trường đòi giấy xác nhận cư trú, xin ở đâu')[0].parse.procedure).toBe('xac-nhan-cu-tru');
  expect(chat('làm giám hộ cho cháu cần gì', 'trường cháu đang đòi giấy tờ người giám hộ để làm hồ sơ chuyển trường, nộp tuần này thì bao giờ có')[1].parse.procedure).toBe('dang-ky-giam-ho');
});

test('an extract of a court judgment asked ("xin trích lục bản án ở đâu") is the court\'s, not a civil-status extract (dialogs-tune-401)', () => {
  expect(chat('ly hôn rồi xin xác nhận tình trạng hôn nhân ở đâu', 'còn bản án ly hôn cũ của e bị thất lạc rồi, xin trích lục bản án ở đâu ạ')[1].parse.intent).toBe('out_of_scope');
  // (the judgment as a paper of the certificate's file stays the certificate's)
  expect(chat('ly hôn rồi xin xác nhận tình trạng hôn nhân ở đâu', 'có cần mang bản án ly hôn không')[1].parse.procedure).toBe('xac-nhan-tinh-trang-hon-nhan');
});

test('the electricity and water companies\' business ("sang tên hợp đồng nước", "lắp công tơ 3 pha", "lịch cắt điện") is out of scope in a procedure chat (dialogs-tune-401/350)', () => {
  expect(chat('mua nhà rồi nhập hộ khẩu về đó cần gì', 'Còn đồng hồ nước vẫn đứng tên chủ cũ, muốn sang tên hợp đồng nước thì làm ở đâu')[1].parse.intent).toBe('out_of_scope');
  expect(chat('xây nhà 3 tầng có phải xin phép không', 'dien luc lap cong to 3 pha cho cong trinh thi dang ky o dau vay')[1].parse.intent).toBe('out_of_scope');
  // (a pole about to fall, reported, is still a complaint)
  expect(chat('hẻm nhà tôi có cái cột điện nghiêng gần đổ, dây điện võng xuống sát đầu người, báo điện lực mấy lần chưa ai xuống')[0].parse.intent).toBe('complaint');
});

test('"còn …" naming another topic, read plainly, turns to it ("thế còn sang tên mảnh ruộng cho con trai thì sao" in a first land-title chat); "con tui …", "còn lệ phí …" do not (dialogs-tune-505/432/341)', () => {
  expect(chat('đất nhà tôi ở từ năm 1995 đến giờ chưa có bìa đỏ, muốn làm thì thế nào', 'thế còn sang tên mảnh ruộng cho con trai thì sao')[1].parse.procedure).toBe('dang-ky-bien-dong-dat-dai');
  expect(chat('chứng thực chữ ký giấy ủy quyền ở đâu', 'con hopdong thue nha thi sao')[1].parse.procedure).toBe('chung-thuc-hop-dong');
  // (the child, typed unmarked among marked words; an aspect of the topic)
  expect(chat('làm hộ chiếu cho con 10 tuổi cần gì', 'con tôi ở với ông bà nội ở quê, có phải về quê làm không')[1].parse.procedure).toBe('cap-ho-chieu');
  expect(chat('chuyển mục đích sang đất ở làm sao', 'con le phi truoc ba thi dong luc nop hay luc nhan so')[1].parse.procedure).toBe('chuyen-muc-dich-su-dung-dat');
});

test('gone back to by its words ("còn cái bằng hồi nãy thì cần mang theo gì", "cái thẻ căn cước hồi nãy"): the earlier topic these words favour, not a follow-up of the present one (dialogs-tune-505)', () => {
  expect(chat('ad ơi e bị mất bằng tốt nghiệp THPT, xin cấp lại đc ko', 'e cũng cần lý lịch tư pháp để đi xklđ, làm mất mấy ngày', 'còn cái bằng hồi nãy thì cần mang theo gì')[2].parse.procedure).toBe('ban-sao-van-bang');
  expect(chat('ad oi tui bi mat cccd roi lam lai o dau z', 'con cai bang lai B2 cua tui cung het han roi, doi online dc hong', 'vay cai the can cuoc hoi nay co ton tien ko')[2].parse.procedure).toBe('cap-lai-the-can-cuoc');
  // (no word of the earlier topic: the present one's follow-up)
  expect(chat('ad ơi e bị mất bằng tốt nghiệp THPT, xin cấp lại đc ko', 'e cũng cần lý lịch tư pháp để đi xklđ, làm mất mấy ngày', 'lệ phí hồi nãy ad nói là bao nhiêu')[2].parse.procedure).toBe('ly-lich-tu-phap');
});

test('"có cần giấy chứng tử của chị em ko" in a guardianship chat asks whether the sister\'s paper goes in the file: "chị" after "của" is the sister, no "chi" (gì) asked (dialogs-tune-513)', () => {
  expect(chat('Em muốn làm giám hộ cho cháu thì thủ tục thế nào ạ?', 'hồ sơ gồm những gì ạ, có cần giấy chứng tử của chị em ko')[1].parse.procedure).toBe('dang-ky-giam-ho');
});

test('the household\'s standing told with an exemption asked ("nhà tui thuộc hộ nghèo, có được miễn không") keeps the topic; asking to be listed poor turns to it (dialogs-tune-524/214)', () => {
  expect(brief(chat('cấp lại thẻ bhyt bị mất có mất tiền không', 'nhà tôi là hộ cận nghèo thì có được miễn không ạ')[1])).toEqual(proc('cap-the-bhyt', 'fee'));
  expect(chat('làm lại căn cước bị mất phí bao nhiêu', 'nha e thuoc ho ngheo thi co duoc giam ko')[1].parse.procedure).toBe('cap-lai-the-can-cuoc');
  // (being listed is the matter asked)
  expect(chat('làm lại căn cước bị mất phí bao nhiêu', 'nhà em muốn xin hộ cận nghèo thì làm sao')[1].parse.procedure).toBe('ho-ngheo');
});

test('a room of the commune\'s office asked for in a procedure chat ("phòng văn hoá xã hội của xã ở chỗ nào") is an office question (dialogs-tune-521)', () => {
  expect(chat('trợ cấp cho người khuyết tật nặng cần giấy gì', 'phong van hoa xa hoi cua xa o cho nao')[1].parse.intent).toBe('office');
});

test('the register named by where it is kept and told lost ("sổ ở xã cũng mất luôn", "sổ ở phường cũng cháy rồi") in a chat about a copy of the record means registering again (dialogs-tune-526/523)', () => {
  expect(chat('xin trích lục khai sinh cho mẹ ở đâu ạ', 'nếu sổ ở xã cũng mất luôn rồi thì làm sao')[1].parse.procedure).toBe('dang-ky-lai-khai-sinh');
  expect(chat('xin trích lục khai sinh cho mẹ ở đâu ạ', 'sổ ở phường hồi đó bị cháy hết rồi thì sao')[1].parse.procedure).toBe('dang-ky-lai-khai-sinh');
  // (kept: the copy still)
  expect(chat('xin trích lục khai sinh cho mẹ ở đâu ạ', 'sổ ở xã vẫn còn, mất mấy ngày')[1].parse.procedure).toBe('trich-luc-ho-tich');
});

test('a procedure once done ("e từng đăng ký kết hôn rồi ly hôn") is the story of a single-status chat; one never done ("chưa từng") is not (dialogs-tune-531/85)', () => {
  expect(chat('xin giấy xác nhận độc thân ở đâu ạ', 'tôi từng đăng ký kết hôn rồi ly hôn năm 2019, giờ xin được không')[1].parse.procedure).toBe('xac-nhan-tinh-trang-hon-nhan');
  expect(chat('xin giấy xác nhận độc thân ở đâu ạ', 'tôi chưa từng đăng ký kết hôn, giờ muốn đăng ký kết hôn thì cần gì')[1].parse.procedure).toBe('dang-ky-ket-hon');
});

test('"phường cũ đổi tên" is the ward renamed, not a name changed in the register (dialogs-tune-531)', () => {
  expect(chat('xin bản sao giấy khai sinh bị mất ở đâu ạ, em sinh ở Gò Vấp', 'quận giờ bỏ rồi, phuong cu doi ten, em xin o dau a')[1].parse.procedure).toBe('trich-luc-ho-tich');
  // (a person's name changed is the correction)
  expect(chat('xin bản sao giấy khai sinh bị mất ở đâu ạ', 'con em muốn đổi tên thì làm sao')[1].parse.procedure).toBe('thay-doi-cai-chinh-ho-tich');
});

test('a procedure named with its fee, time, place or channel asked yes or no ("khai tử có mất lệ phí không" after a question on removing the residence) is that procedure, not a paper of the topic\'s file (dialogs-tune-534)', () => {
  const r = chat('ông tôi mất, làm khai tử cần giấy gì', 'có phải làm thêm xoá thường trú cho ông không', 'khai tu co mat le phi ko a');
  expect(brief(r[2])).toEqual(proc('dang-ky-khai-tu', 'fee'));
  // (whether the paper goes in the file: the topic's papers)
  expect(chat('ông tôi mất, làm khai tử cần giấy gì', 'có phải làm thêm xoá thường trú cho ông không', 'có cần trích lục khai tử không')[2].parse.procedure).toBe('xoa-dang-ky-thuong-tru');
});

test('service at home asked, the office it would spare named ("công an có đến tận nhà làm cho người già yếu không, hay vẫn phải đưa cụ lên trụ sở") asks where the topic is done, not the office (dialogs-tune-535/481)', () => {
  expect(brief(chat('bà tôi 85 tuổi vẫn dùng chứng minh nhân dân, có phải đổi sang căn cước không', 'công an có xuống tận nhà làm cho người già yếu được không hay phải đưa bà lên trụ sở')[1])).toEqual(proc('cap-the-can-cuoc', 'where'));
  // (the office's hours asked are the office's)
  expect(chat('bà tôi 85 tuổi vẫn dùng chứng minh nhân dân, có phải đổi sang căn cước không', 'trụ sở công an xã mấy giờ mở cửa')[1].parse.intent).toBe('office');
});

test('"thế còn giấy khai sinh ghi sai … thì cải chính bao lâu" asks the correction: "thế" is no card told wrong (dialogs-tune-538)', () => {
  expect(brief(chat('đổi tên cho con 10 tuổi làm ở đâu ạ', 'thế còn giấy khai sinh ghi sai năm sinh của bố thì cải chính bao lâu')[1])).toEqual(proc('thay-doi-cai-chinh-ho-tich', 'duration'));
  // (the card told wrong, close by)
  expect(chat('làm căn cước cho con 14 tuổi cần gì', 'thẻ bị ghi sai ngày sinh thì sao')[1].parse.procedure).toBe('cap-the-can-cuoc');
});

test('"ờ" alone after an answer agrees, like "ừ"; "ở đâu" still asks where (dialogs-tune-541/371)', () => {
  expect(chat('lý lịch tư pháp số 2 xin ở đâu', 'ờ')[1].parse.intent).toBe('thanks');
  expect(brief(chat('lý lịch tư pháp số 2 xin thế nào', 'ở đâu')[1])).toEqual(proc('ly-lich-tu-phap', 'where'));
});
