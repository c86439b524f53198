/** Citizen-facing texts of the handoff room: polite ("Quý khách"), short enough for a phone screen. */
import type { Choice, OutboundMessage } from '../channels/message';
import type { AgencyProfile } from '../conversation/agency';
import { HUMAN_CHOICE } from '../conversation/replies';
import { STATUS_LABELS, type ApplicationRecord } from './status';

export const SKIP: Choice = { title: 'Bỏ qua', payload: 'intake:skip' };
export const CANCEL: Choice = { title: 'Hủy phản ánh', payload: 'intake:cancel' };
const controls = [SKIP, CANCEL];

export const T = {
  intakeIntro: 'Tôi sẽ ghi nhận phản ánh để chuyển cán bộ phụ trách. Xin hỏi Quý khách vài thông tin; có thể chọn "Bỏ qua" hoặc "Hủy phản ánh" bất cứ lúc nào.',
  askWhat: (): OutboundMessage => ({ text: 'Quý khách vui lòng mô tả sự việc cần phản ánh.', choices: [CANCEL] }),
  askWhere: (): OutboundMessage => ({ text: 'Sự việc xảy ra ở đâu? Quý khách nhập địa chỉ hoặc gửi vị trí.', choices: controls }),
  askWhen: (): OutboundMessage => ({ text: 'Sự việc xảy ra khi nào (ngày, giờ)?', choices: controls }),
  askPhone: (): OutboundMessage => ({ text: 'Số điện thoại để cán bộ liên hệ khi cần?', choices: controls }),
  badPhone: (): OutboundMessage => ({ text: 'Số điện thoại chưa đúng (ví dụ: 0912345678). Quý khách vui lòng nhập lại hoặc chọn "Bỏ qua".', choices: controls }),
  askPhotos: (): OutboundMessage => ({
    text: 'Quý khách có ảnh hoặc tệp kèm theo không? Gửi ngay tại đây, hoặc chọn "Không có ảnh".',
    choices: [{ title: 'Không có ảnh', payload: 'intake:skip' }, CANCEL],
  }),
  gotFiles: (n: number): OutboundMessage => ({ text: `Đã nhận ${n} tệp. Quý khách gửi thêm hoặc chọn "Xong".`, choices: [{ title: 'Xong', payload: 'intake:skip' }, CANCEL] }),
  askConsent: (): OutboundMessage => ({
    text: 'Quý khách có đồng ý để cán bộ liên hệ lại (qua tin nhắn này hoặc số điện thoại đã cung cấp) không?',
    choices: [{ title: 'Đồng ý', payload: 'intake:consent:yes' }, { title: 'Không đồng ý', payload: 'intake:consent:no' }, CANCEL],
  }),
  created: (code: string): OutboundMessage => ({
    text: `Phản ánh của Quý khách đã được tiếp nhận, mã ${code}. Cán bộ phụ trách sẽ xem xét và phản hồi. Quý khách vui lòng giữ mã này để tiện tra cứu.`,
  }),
  cancelled: (): OutboundMessage => ({ text: 'Đã hủy phản ánh. Quý khách cần hỏi thủ tục nào, tôi sẵn sàng hỗ trợ.' }),
  queued: (): OutboundMessage => ({
    text: 'Tôi đã chuyển yêu cầu của Quý khách đến cán bộ trực. Cán bộ sẽ trả lời ngay tại đây; trong lúc chờ, trợ lý tự động tạm dừng. Nếu không cần gặp cán bộ nữa, Quý khách nhắn "Hủy".',
  }),
  humanCancelled: (): OutboundMessage => ({ text: 'Đã hủy yêu cầu gặp cán bộ. Trợ lý tự động tiếp tục hỗ trợ Quý khách.' }),
  outOfHours: (agency: AgencyProfile): OutboundMessage => ({
    text: `Hiện đang ngoài giờ làm việc. Giờ làm việc: ${agency.hours.replace(/\.$/, '')}. Cán bộ sẽ trả lời Quý khách sớm nhất khi vào giờ làm việc.`,
  }),
  holding: (): OutboundMessage => ({ text: 'Cán bộ đang bận, Quý khách vui lòng chờ thêm ít phút. Chúng tôi sẽ trả lời sớm nhất có thể.' }),
  taken: (name: string, code?: string): OutboundMessage => ({
    text: `Cán bộ ${name} đã tiếp nhận ${code ? `phản ánh ${code}` : 'yêu cầu'} của Quý khách và sẽ trao đổi ngay tại đây.`,
  }),
  handedBack: (): OutboundMessage => ({
    text: 'Cán bộ đã kết thúc trao đổi. Trợ lý tự động tiếp tục hỗ trợ Quý khách; nếu cần gặp cán bộ, Quý khách chọn "Gặp cán bộ".',
    choices: [HUMAN_CHOICE],
  }),
  closed: (code?: string): OutboundMessage => ({
    text: `${code ? `Phản ánh ${code}` : 'Yêu cầu'} của Quý khách đã được xử lý xong. Cảm ơn Quý khách đã liên hệ.`,
  }),
  statusFound: (r: ApplicationRecord): OutboundMessage => {
    const lines = [`Hồ sơ ${r.code}${r.procedure ? ` (${r.procedure})` : ''}: ${STATUS_LABELS[r.status]}.`];
    if (r.dueDate) lines.push(`Ngày hẹn trả kết quả: ${r.dueDate}.`);
    if (r.note) lines.push(r.note);
    lines.push(`Cập nhật lúc ${formatDate(r.updatedAt)}.`);
    return { text: lines.join('\n'), choices: [HUMAN_CHOICE] };
  },
  statusUnknown: (code: string, agency: AgencyProfile): OutboundMessage => ({
    text: `Không tìm thấy hồ sơ có mã ${code}. Quý khách vui lòng kiểm tra lại mã trên Giấy tiếp nhận và hẹn trả kết quả, hoặc tra cứu trên Cổng Dịch vụ công (${agency.portalUrl}).`,
    choices: [HUMAN_CHOICE],
  }),
  statusUnavailable: (agency: AgencyProfile): OutboundMessage => ({
    text: `Hệ thống tra cứu hồ sơ đang tạm gián đoạn. Quý khách vui lòng thử lại sau hoặc tra cứu trên Cổng Dịch vụ công (${agency.portalUrl}).`,
    choices: [HUMAN_CHOICE],
  }),
};

function formatDate(d: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}
