/**
 * Vietnamese reply texts. Polite government register ("Quý khách"), short enough for a phone.
 */
import type { Choice, OutboundMessage } from '../channels/message';
import { ASPECT_LABELS, renderAnswer } from '../knowledge/render';
import type { Procedure } from '../knowledge/procedure';
import type { Aspect } from '../understanding/types';
import type { AgencyProfile } from './agency';

const POPULAR: [string, string][] = [
  ['dang-ky-khai-sinh', 'Khai sinh'],
  ['dang-ky-tam-tru', 'Tạm trú'],
  ['cap-the-can-cuoc', 'Căn cước'],
  ['chung-thuc-ban-sao', 'Chứng thực bản sao'],
];

export const HUMAN_CHOICE: Choice = { title: 'Gặp cán bộ', payload: 'intent:human' };

function popularChoices(known: (id: string) => boolean): Choice[] {
  return POPULAR.filter(([id]) => known(id)).map(([id, title]) => ({ title, payload: `procedure:${id}:overview` }));
}

export function answerMessage(p: Procedure, aspect: Aspect): OutboundMessage {
  const others: Aspect[] = (['documents', 'fee', 'duration', 'where', 'online'] as Aspect[]).filter((a) => a !== aspect);
  return {
    text: renderAnswer(p, aspect),
    choices: [...others.slice(0, 4).map((a) => ({ title: ASPECT_LABELS[a], payload: `procedure:${p.id}:${a}` })), HUMAN_CHOICE],
    links: [{ title: 'Xem trên Cổng DVC', url: p.officialUrl }],
  };
}

/** Procedures to pick from, numbered in the text and as quick replies that carry their ids. */
function numberedChoices(intro: string, procedures: Procedure[]): OutboundMessage {
  const titles = procedures.map((p, i) => `${i + 1}. ${p.name}`);
  return {
    text: `${intro}\n${titles.join('\n')}`,
    choices: procedures.map((p, i) => ({ title: titles[i], payload: `procedure:${p.id}` })),
  };
}

export function clarifyMessage(procedures: Procedure[]): OutboundMessage {
  return numberedChoices('Quý khách muốn hỏi về thủ tục nào dưới đây? Vui lòng chọn hoặc trả lời bằng số:', procedures);
}

/** The citizen announced a numbered list of matters: shown back, to take one at a time. */
export function listOpenedMessage(procedures: Procedure[]): OutboundMessage {
  return numberedChoices('Dạ, chúng tôi xin trả lời lần lượt từng việc. Quý khách muốn hỏi việc nào trước? Vui lòng chọn hoặc trả lời bằng số:', procedures);
}

/** A whole field named in an opening ("cho hỏi về bảo hiểm"): its likely procedures, to pick one. */
export function fieldOpenedMessage(agency: AgencyProfile, procedures: Procedure[]): OutboundMessage {
  return numberedChoices(`Xin chào Quý khách! Tôi là trợ lý tự động của ${agency.name}. Quý khách muốn hỏi thủ tục nào dưới đây? Vui lòng chọn, trả lời bằng số hoặc nhắn tên thủ tục khác:`, procedures);
}

export function askTopicMessage(known: (id: string) => boolean): OutboundMessage {
  return {
    text: 'Quý khách vui lòng cho biết tên thủ tục cần hỏi (ví dụ: đăng ký khai sinh, đăng ký tạm trú, cấp thẻ căn cước…) để tôi trả lời chính xác.',
    choices: popularChoices(known),
  };
}

export function greetingMessage(agency: AgencyProfile, known: (id: string) => boolean): OutboundMessage {
  return {
    text: `Xin chào Quý khách! Tôi là trợ lý tự động của ${agency.name}. Quý khách cần hỏi về thủ tục hành chính nào (giấy tờ, lệ phí, thời gian, nơi nộp)?`,
    choices: [...popularChoices(known), HUMAN_CHOICE],
  };
}

export function thanksMessage(): OutboundMessage {
  return { text: 'Dạ, không có gì ạ. Nếu cần hỏi thêm thủ tục nào, Quý khách cứ nhắn cho chúng tôi.' };
}

export function goodbyeMessage(): OutboundMessage {
  return { text: 'Cảm ơn Quý khách đã liên hệ. Chúc Quý khách một ngày tốt lành!' };
}

export function outOfScopeMessage(known: (id: string) => boolean): OutboundMessage {
  return {
    text: 'Xin lỗi Quý khách, nội dung này nằm ngoài phạm vi hỗ trợ của Bộ phận một cửa. Tôi có thể hướng dẫn các thủ tục hành chính như hộ tịch, cư trú, căn cước, chứng thực, đất đai, hộ kinh doanh, bảo hiểm… Quý khách muốn hỏi thủ tục nào?',
    choices: [...popularChoices(known), HUMAN_CHOICE],
  };
}

export function officeMessage(agency: AgencyProfile): OutboundMessage {
  const parts = [`${agency.name}: ${agency.address}.`, `Giờ tiếp nhận hồ sơ: ${agency.hours}`];
  if (agency.saturday) parts.push(agency.saturday);
  if (agency.phone) parts.push(`Điện thoại: ${agency.phone}.`);
  parts.push(`Nhiều thủ tục có thể nộp trực tuyến mọi lúc tại ${agency.portalUrl}.`);
  return { text: parts.join('\n') };
}

export function complaintMessage(): OutboundMessage {
  return {
    text: 'Chúng tôi rất tiếc về sự việc Quý khách gặp phải. Phản ánh của Quý khách sẽ được chuyển đến cán bộ phụ trách xem xét. Quý khách vui lòng mô tả rõ sự việc, địa điểm, thời gian và số điện thoại liên hệ (nếu đồng ý để cán bộ gọi lại).',
  };
}

export function humanMessage(agency: AgencyProfile): OutboundMessage {
  return {
    text: `Tôi đã chuyển yêu cầu của Quý khách đến cán bộ trực. Cán bộ sẽ trả lời trong giờ làm việc (${agency.hours.replace(/\.$/, '')}). Trong lúc chờ, Quý khách có thể tiếp tục hỏi tôi về thủ tục.`,
  };
}

/** `askedBefore`: the code was asked for in the last reply and still not given, so staff are offered instead. */
export function statusMessage(code: string | null, agency: AgencyProfile, askedBefore = false): OutboundMessage {
  if (code) {
    return { text: `Tôi đã ghi nhận mã hồ sơ ${code}. Quý khách có thể tra cứu tình trạng hồ sơ trên Cổng Dịch vụ công (${agency.portalUrl}, mục "Tra cứu hồ sơ") bằng mã này; cán bộ cũng sẽ kiểm tra và phản hồi Quý khách.`, choices: [HUMAN_CHOICE] };
  }
  if (askedBefore) {
    return {
      text: `Nếu không có mã hồ sơ, Quý khách có thể đăng nhập Cổng Dịch vụ công (${agency.portalUrl}) bằng tài khoản VNeID để xem các hồ sơ đã nộp, hoặc chọn "Gặp cán bộ" để cán bộ tra cứu giúp theo họ tên và ngày nộp.`,
      choices: [HUMAN_CHOICE],
    };
  }
  return { text: 'Để tra cứu hồ sơ, Quý khách vui lòng gửi mã hồ sơ in trên Giấy tiếp nhận và hẹn trả kết quả (ví dụ: 000.00.36.H40-250703-0055).' };
}

export function unsupportedMessage(): OutboundMessage {
  return {
    text: 'Hiện tại hệ thống chỉ đọc được tin nhắn dạng chữ. Quý khách vui lòng nhập câu hỏi, hoặc chọn "Gặp cán bộ" để được hỗ trợ trực tiếp.',
    choices: [HUMAN_CHOICE],
  };
}
