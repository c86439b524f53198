/**
 * The shape of courtesy: greetings, thanks and acknowledgements that ask nothing, told apart from questions that
 * open with a courtesy ("chào ad, em muốn hỏi…"). Pure, on folded tokens.
 */

/** Words that open a message before what it says ("dạ em chào…"). */
const ADDRESS_WORDS = new Set(['da', 'em', 'anh', 'chi', 'toi', 'minh', 'chau', 'con', 'co', 'chu', 'bac', 'a', 'admin']);

/**
 * Words that make a message ask something (folded; "không" ends most yes/no questions, "hỏi" opens "cho em hỏi").
 * Not the aspect detector's list: there "hỏi" is also the story ("lên xã hỏi thì…").
 */
const ASKING_WORDS = new Set(['khong', 'chua', 'gi', 'sao', 'dau', 'nao', 'bao', 'nhieu', 'may', 'ha', 'hong', 'hok', 'ai', 'khi', 'chi', 'mo', 'nhi', 'hoi', 'the']);

/** Words of a short acknowledgement ("vâng em đợi ạ", "được, tôi chờ", "ok em hiểu rồi")… */
const ACK_WORDS = new Set(['vang', 'ok', 'duoc', 'doi', 'cho', 'nhe', 'roi', 'hieu', 'biet', 'ro', 'thoi', 'de', 'o', 'noted', 'like']); // ("ờ")
/** …one of which says it ("cho em" alone is an unfinished request, not an acknowledgement; "noted", "like": a note taken, a thumbs-up typed). */
const ACK_CORE = new Set(['vang', 'ok', 'duoc', 'doi', 'hieu', 'biet', 'ro', 'noted', 'like']);
const ACK_MAX_WORDS = 5;

/** A question mark, or a question word that `told(token, index)` does not read as part of what the message tells. */
const asksBeyond = (text: string, tokens: readonly string[], told: (t: string, i: number) => boolean): boolean =>
  text.includes('?') || tokens.some((t, i) => ASKING_WORDS.has(t) && !told(t, i));

const HAMLETS = new Set(['thon', 'xom', 'ap', 'lang', 'khom', 'buon', 'soc']);
/** "anh chị", "các chị", "chị ơi": "chị" the person addressed, not "chi" (gì) asking; "mấy anh chị": several. */
const addressedChi = (t: string, i: number, tokens: readonly string[]) =>
  // ("đồng chí": a comrade addressed)
  // ("chào chị, em …": the one greeted — but "… em chào chị" may end on "chi" asked)
  (t === 'chi' && (tokens[i - 1] === 'anh' || tokens[i - 1] === 'cac' || tokens[i - 1] === 'dong' || (tokens[i - 1] === 'chao' && i < tokens.length - 1) || tokens[i + 1] === 'oi'))
  // ("phường Thủ Dầu Một", "công ty may": a place's name, a trade — no "đâu", no "mấy")
  || (t === 'dau' && tokens[i - 1] === 'thu' && tokens[i + 1] === 'mot')
  || (t === 'may' && (tokens[i - 1] === 'ty' || tokens[i - 1] === 'xuong' || tokens[i + 1] === 'mac'))
  // ("trưởng thôn Hạ", "xóm Mô": a hamlet's name, not "hả", "mô" — but "thôn nào" asks which)
  || (HAMLETS.has(tokens[i - 1] ?? '') && t !== 'nao' && t !== 'gi' && t !== 'dau')
  // ("nhờ cán bộ chỉ cho": someone shows the way, nothing asked)
  || (t === 'chi' && tokens[i + 1] === 'cho' && ['bo', 'ho', 'nguoi'].includes(tokens[i - 1] ?? ''))
  // ("giấy tờ cho mấy đứa nhỏ trong nhà": some children, no count asked)
  || (t === 'may' && ['anh', 'chi', 'co', 'chu', 'bac', 'ban', 'em', 'dua', 'chau'].includes(tokens[i + 1] ?? ''));

/**
 * "thôi để bữa nào tui ra uỷ ban hỏi trực tiếp": a plan — "bữa nào" after "để" is some day, and "hỏi" after going
 * somewhere is what the citizen will do there, not a question now.
 */
const GOING = new Set(['ra', 'len', 'den', 'toi', 'xuong', 've', 'qua']);
const planned = (t: string, i: number, tokens: readonly string[]) =>
  (t === 'nao' && ['bua', 'hom', 'luc', 'dip'].includes(tokens[i - 1] ?? '') && tokens[i - 2] === 'de')
  || (t === 'hoi' && tokens.slice(Math.max(0, i - 4), i).some((w) => GOING.has(w)));

/** "cảm ơn ad nhiều lắm", "cám ơn cán bộ nhiều": thanked much, no amount asked. */
const thankedMuch = (t: string, i: number, tokens: readonly string[]) =>
  t === 'nhieu' && tokens[i - 1] !== 'bao' && [2, 3, 4].some((back) => thanksAt(tokens, i - back));

/** The message asks something: a question mark or a question word (`told`: more words the caller reads as told). */
export const asksSomething = (text: string, tokens: readonly string[], told: (t: string, i: number) => boolean = () => false): boolean =>
  asksBeyond(text, tokens, (t, i) => addressedChi(t, i, tokens) || planned(t, i, tokens) || thankedMuch(t, i, tokens) || told(t, i));

/** "cảm ơn" starts at token i. */
export const thanksAt = (tokens: readonly string[], i: number): boolean => tokens[i] === 'cam' && tokens[i + 1] === 'on';

/** "vâng em đợi ạ", "được, tôi chờ": a short acknowledgement. */
export const isAcknowledgement = (tokens: readonly string[]): boolean =>
  (tokens.length <= ACK_MAX_WORDS && tokens.every((t) => ADDRESS_WORDS.has(t) || ACK_WORDS.has(t)) && tokens.some((t) => ACK_CORE.has(t)))
  // ("dạ", "dạ em", "dạ ạ", "dạ rồi": yes)
  || (tokens.length <= 3 && tokens[0] === 'da' && tokens.every((t) => ADDRESS_WORDS.has(t) || t === 'roi'))
  || plansToGoAsk(tokens);

/** "dạ ok ad, để e ra xã hỏi": agreed, the citizen will go and ask there — nothing asked here. */
function plansToGoAsk(tokens: readonly string[]): boolean {
  let at = 0;
  while (at < tokens.length && (ADDRESS_WORDS.has(tokens[at]) || ['ok', 'oke', 'vang', 'u', 'uh', 'roi'].includes(tokens[at]))) at++;
  if (at === 0 || tokens[at] !== 'de' || tokens.length - at > 8) return false;
  const rest = tokens.slice(at + 1);
  // (a farewell closing it is a goodbye: "ok để mai e lên, bye ad")
  return rest.some((t) => GOING.has(t)) && !asksSomething('', rest) && !rest.some((t) => t === 'bye' || t === 'bb' || t === 'chao' || t === 'biet');
}

const LAUGHTER = new Set(['ha', 'haha', 'hihi', 'hehe', 'hi', 'kk', 'kaka', 'keke']);
/** Opens with thanks ("dạ em cảm ơn, …"), or closes a "thôi …" with it. */
export function opensWithThanks(tokens: readonly string[]): boolean {
  // ("ha ha thôi cảm ơn", "hihi cảm ơn ad": laughter before it)
  const at = tokens.findIndex((t) => !ADDRESS_WORDS.has(t) && t !== 'vang' && t !== 'ok' && !LAUGHTER.has(t));
  return at >= 0 && (thanksAt(tokens, at) || (tokens[at] === 'thoi' && tokens.some((_, i) => thanksAt(tokens, i))));
}

/** "cảm ơn, chào nhé", "ok cảm ơn ad, bye", "cám ơn, tạm biệt": a message that ends by taking leave. */
export function closesWithFarewell(tokens: readonly string[]): boolean {
  let end = tokens.length;
  while (end > 0 && (ADDRESS_WORDS.has(tokens[end - 1]) || CLOSING_WORDS.has(tokens[end - 1]) || tokens[end - 1] === 'ban')) end--;
  return ['chao', 'bye', 'bb'].includes(tokens[end - 1]) || (tokens[end - 2] === 'tam' && tokens[end - 1] === 'biet');
}

/** ("cám ơn nhiều nghen", "cảm ơn nhiều lắm nha ad"): what may follow the thanks that close a message */
const CLOSING_PARTICLES = new Set(['nhieu', 'lam', 'nhe', 'nha', 'ad', 'ban', 'ak', 'ah', 'ha']);
/**
 * Where thanks that close a message begin ("xin online được không ad 🙏" → at "cảm ơn"), when something comes
 * before them; -1 otherwise.
 */
export function closingThanksAt(tokens: readonly string[]): number {
  let end = tokens.length;
  while (end > 0 && (ADDRESS_WORDS.has(tokens[end - 1]) || CLOSING_PARTICLES.has(tokens[end - 1]))) end--;
  const at = end - 2;
  return at > 0 && thanksAt(tokens, at) ? at : -1;
}

/** "chào ad", "e chào ad ạ", "hello ad 🙏": the first word after the address words is a hello. */
export function opensWithHello(tokens: readonly string[]): boolean {
  const at = tokens.findIndex((t) => !ADDRESS_WORDS.has(t));
  // ("xin chào", but "xin cảm ơn" is thanks)
  // ("kính gửi uỷ ban …", "thưa cán bộ, …": a letter's salutation opens it too)
  return at >= 0 && ((HELLO.has(tokens[at]) && (tokens[at] !== 'xin' || tokens[at + 1] === 'chao'))
    || (tokens[at] === 'kinh' && ['gui', 'thua', 'chao'].includes(tokens[at + 1] ?? '')) || (tokens[at] === 'thua' && at === 0));
}
const HELLO = new Set(['chao', 'hello', 'hi', 'alo', 'xin']);

/** Particles that may close a farewell ("chào nghe", "chào nhé"). */
const CLOSING_WORDS = new Set(['nghe', 'nhe', 'nha', 'nghen', 'ha']);
/** Who may be taking leave, named by kin ("bác", "mệ" read as "bà", "o"): not "dì", which folds like "đi". */
const KIN = new Set(['o', 'ong', 'ba', 'bo', 'me', 'cau', 'mo', 'thim', 'duong', 'tui']);
/** A good wish closing a leave-taking: "chúc cháu khoẻ", "chúc mấy đứa làm việc vui". */
const WISH_TAIL = /^ chuc (?:\S+ ){0,4}(?:khoe|vui|vui ve|binh an|manh khoe|thanh cong)(?: \S+)? $/;
/** Taking leave, the Central way ("đi nghe", "tắt máy nghe"). */
const LEAVING = new Set(['di', 'tat may', 'cup may', 'off', 'di lam', 'di ngu', 'nghi', 've', 'di ve']); // ("thôi bà nghỉ nghe": going to rest; "thôi tui về nghe": going home)
/** Words that acknowledge what was said ("ok", "ừ", "vâng", "vậy"). */
const ACKNOWLEDGING = new Set(['ok', 'oke', 'okie', 'u', 'uh', 'vang', 'da', 'vay']);
/** "dạ cho em hỏi với ạ", "ad ơi cho hỏi chút": an opening that announces a question without asking it yet. */
// ("con hỏi giùm mạ con chút": asked for someone, who is named)
const ON_BEHALF = ['giup', 'gium', 'dum', 'thay', 'me', 'ma', 'bo', 'cha', 'vo', 'chong', 'ong', 'noi', 'ngoai'];
// ("mọi người ơi cho hỏi", "cả nhà cho hỏi", "các bạn cho hỏi": the whole page addressed)
// ("chào ad, mình muốn hỏi thủ tục giấy tờ", "cho e hỏi chút việc giấy tờ cho con": no procedure named yet)
const OPENING_WORDS = new Set(['cho', 'hoi', 'voi', 'chut', 'xiu', 'ti', 'oi', 'muon', 'can', 'duoc', 'khong', 'nhe', 'moi', 'nguoi', 'ca', 'nha', 'cac', 'ban',
  'chao', 've', 'viec', 'thu', 'tuc', 'giay', 'to', 'o', 'day', ...ON_BEHALF]);
/**
 * ("chào ad, em muốn hỏi thủ tục đất đai ạ", "chào mn, e hỏi chút về giấy tờ cho bé nhà e", "dạ chào ad, e hỏi bên hộ
 * tịch", "chao ad, hoi vu bao hiem ti", "cho hỏi về bảo hiểm với ạ"): a whole field named — an opening, no procedure
 * yet (writers label it a greeting with or without a hello; the dialog offers the field's procedures).
 */
const FIELD_WORDS = new Set(['dat', 'dai', 'be', 'ho', 'tich', 'bao', 'hiem', 'chung', 'thuc', 'ngoai', 'noi', 'chuyen', 'vu', 'ben', 'lam']);
const HELLO_OR_CALL = new Set(['chao', 'alo', 'hello', 'hi', 'oi']);
export const isOpening = (tokens: readonly string[]): boolean => {
  const words = withoutHomePlace(tokens);
  // ("dạ xin chào anh chị": "xin" before "chào" only)
  return words.includes('hoi') && words.length <= 14
    && words.every((t, i) => ADDRESS_WORDS.has(t) || OPENING_WORDS.has(t) || HELLO_OR_CALL.has(t) || FIELD_WORDS.has(t) || (t === 'xin' && words[i + 1] === 'chao'));
};
/**
 * "em có chuyện muốn hỏi, hơi dài xíu", "tôi sắp đi làm xa, muốn hỏi vài việc", "cho e hỏi mấy cái nhaa": questions
 * announced, none asked yet (the words around ask nothing; "hơi" folds like "hỏi"); so is advice asked for, "mình cần tư
 * vấn" (from us, not a person).
 */
// ("muốn hỏi chị mấy chuyện giấy tờ", "muốn hỏi mấy giấy tờ để nộp xin việc": the one asked between, papers in general)
const ANNOUNCED = / (?:hoi (?:(?:chi|anh|chu|bac|admin|ad|em|ban|can bo|con|chau|co|cac chau|may chau) )?(?:ve )?(?:may|vai|mot so|mot vai|it|mot) (?:viec|cai|cau|chuyen|thu|van de|dieu|giay to)|(?:hoi|trinh bay) (?:\S+ ){0,4}nhu sau|co (?:may |vai |mot so |mot )?(?:chuyen|viec|van de|cau hoi)(?: \S+){0,5} (?:muon|can|xin) (?:nho )?(?:hoi|tu van)|co (?:may|vai|mot so|mot vai) cau hoi|(?:can|muon|xin) (?:duoc )?tu van) /;
// ("thưa cán bộ, tôi là cựu chiến binh ở xã …, tỉnh …. tôi có mấy việc về đất đai xin hỏi": who and where, told first)
// ("… xin được hỏi một việc như sau": one matter, announced as what follows)
const ANNOUNCE_MAX_WORDS = 30;
export function announcesQuestions(text: string, tokens: readonly string[]): boolean {
  // (not looking back in thanks: "thôi cảm ơn cô, hỏi cô mấy chuyện lặt vặt rứa mà cô cũng trả lời")
  if (tokens.length > ANNOUNCE_MAX_WORDS || text.includes('?') || opensWithThanks(tokens)) return false;
  const spaced = ` ${tokens.join(' ')} `;
  const m = ANNOUNCED.exec(spaced);
  if (!m) return false;
  const rest = `${spaced.slice(0, m.index)} ${spaced.slice(m.index + m[0].length)}`.trim().split(/\s+/).filter(Boolean);
  // (not a person asked for: "thôi khỏi hỏi máy, chuyển em qua anh chị cán bộ đi")
  // (but "xin chào cán bộ, tôi có mấy việc về đất đai muốn hỏi" greets the officer)
  // ("nhờ ad chỉ giúp": "chỉ" shows, it asks no "gì")
  const shows = (t: string, i: number) => t === 'chi' && SHOWN.has(rest[i + 1] ?? '');
  return !asksBeyond('', rest, (t, i) => t === 'hoi' || addressedChi(t, i, rest) || shows(t, i)) && !/ (?<!(?:chao|thua|gui) )(?:can bo|nhan vien|chuyen vien)| (?:nguoi that|truc tiep|may) /.test(` ${rest.join(' ')} `);
}
const SHOWN = new Set(['giup', 'gium', 'dum', 'cho', 'voi', 'di']);

/**
 * "ad ơi cho e hỏi về bảo hiểm chút, e đang làm bên Hàn", "chào cán bộ, tôi hỏi chút về giấy tờ cho cháu nội tôi",
 * "hello, hỏi giấy tờ xây nhà": asking about a whole field — land, insurance, civil status, residence, papers —
 * with nothing asked of it yet, whoever the citizen says they are.
 */
const FIELD_HEADS = [['bao', 'hiem'], ['hon', 'nhan'], ['bang', 'cap'], ['dat', 'dai'], ['nha', 'dat'], ['ho', 'tich'], ['cu', 'tru'], ['giay', 'to'], ['chung', 'thuc'], ['nha', 'cua'], ['xay', 'nha'], ['kinh', 'doanh'], ['tro', 'cap'], ['che', 'do'], ['dat', 'cat']];
/** Fields named only in general: said of someone ("trợ cấp cho người già"), they are one procedure. */
const BARE_FIELDS = new Set(['tro cap', 'che do']);
const FIELD_TOKENS = new Set(FIELD_HEADS.flat());
const ABOUT = new Set(['ve', 'vu', 'chuyen', 'ben', 'mang', 'cai', 'viec']);
const GAP = new Set(['chut', 'ti', 'xiu', 'them', 'it', 'thu', 'tuc', 'lam', 'sua']); // ("hỏi thủ tục đất đai", "hỏi về sửa giấy tờ")
/** "bảo hiểm", "đất đai ạ", "KINH DOANH", "về cư trú": the name of a field sent alone, as its two words ("bao hiem"). */
export function fieldAlone(tokens: readonly string[]): string | null {
  const said = tokens.filter((t) => !ADDRESS_WORDS.has(t) && !CLOSING_WORDS.has(t) && t !== 'oi');
  while (said.length > 2 && ABOUT_ALONE.has(said[0])) said.shift();
  const name = said.join(' ');
  // (not "chứng thực" alone: most mean the certified copy)
  return said.length === 2 && FIELD_HEADS.some(([a, b]) => said[0] === a && said[1] === b) && !BARE_FIELDS.has(name) && name !== 'chung thuc' ? name : null;
}
export function asksAboutField(text: string, tokens: readonly string[]): boolean {
  if (text.includes('?')) return false;
  if (fieldAlone(tokens)) return true;
  for (let i = tokens.indexOf('hoi'); i >= 0; i = tokens.indexOf('hoi', i + 1)) {
    let at = i + 1;
    while (GAP.has(tokens[at]) || ABOUT.has(tokens[at])) at++;
    if (!FIELD_HEADS.some(([a, b]) => tokens[at] === a && tokens[at + 1] === b)) continue;
    let end = at;
    while (FIELD_TOKENS.has(tokens[end])) end++;
    if (BARE_FIELDS.has(tokens.slice(at, at + 2).join(' ')) && !tokens.slice(end).every((t) => ADDRESS_WORDS.has(t) || GAP.has(t))) continue;
    // ("e muốn hỏi về chuyện hôn nhân", "e cần hỏi về sửa giấy tờ": the wish is to ask)
    const from = WANTS.has(tokens[i - 1] ?? '') ? i - 1 : i;
    const rest = [...tokens.slice(0, from), ...tokens.slice(end)];
    // ("chào cán bộ": "cán", not "cần"; "gia đình": no "định")
    return !asksBeyond('', rest, (t, k) => t === 'hoi' || addressedChi(t, k, rest))
      && !rest.some((t, k) => WANTS.has(t) && !(t === 'can' && rest[k + 1] === 'bo') && !(t === 'dinh' && rest[k - 1] === 'gia'));
  }
  return false;
}
const WANTS = new Set(['muon', 'can', 'phai', 'xin', 'dinh', 'tinh', 'bi', 'mat']);
/** "về đất đai á", "vụ bảo hiểm": what a field named alone is led by. */
const ABOUT_ALONE = new Set(['ve', 'vu', 'chuyen']);

/**
 * "Dạ em chào anh chị ở bộ phận một cửa ạ, em tên là Hoa, 27 tuổi, nhà em ở thôn Đông…, em muốn hỏi mấy việc ạ 🙏",
 * "Chào anh chị, mình là Khoa, 35 tuổi, …, có mấy thắc mắc muốn hỏi, anh chị rảnh trả lời giúp mình nhé": a hello,
 * who writes and their situation, and a last clause that only says questions or help will follow — an opening, however
 * long. `clauses`: the message's clauses, folded.
 */
export function introducesThenAnnounces(text: string, clauses: readonly (readonly string[])[], asks: (clause: readonly string[]) => boolean): boolean {
  if (text.includes('?') || clauses.length < 2 || !opensWithHello(clauses[0])) return false;
  const last = ` ${clauses[clauses.length - 1].join(' ')} `;
  const at = clauses.findIndex((c) => ANNOUNCES_HELP.test(` ${c.join(' ')} `));
  // (the announcement closes the message, or comes just before a courtesy that asks nothing: "…, ad thông cảm nha")
  if (at < 0 || at < clauses.length - 2 || (at === clauses.length - 2 && !COURTESY_CLOSE.test(last))) return false;
  // (nothing asked before it: a question told in the story is a question; the hello's own words ask only with a
  // question word — "chào các anh chị ở uỷ ban ạ" greets the office)
  return !clauses.slice(0, at).some((c, k) => asks(c) && (k > 0 || asksSomething('', c)));
}
const ANNOUNCE_PHRASES = [
  '(?:muon|xin phep|can|xin) hoi(?: (?:may|vai|mot so|mot vai|it|chut|ti|xiu|tham|thu))?(?: (?:viec|chuyen|cau|dieu|van de|thu tuc))?',
  // ("…, cho cháu hỏi chuyện ni với ạ", "…, cho tôi hỏi một việc với ạ": a matter still to be told)
  'cho (?:em|e|toi|tui|minh|chau|con) hoi(?: (?:chut|ti|xiu))?(?: (?:chuyen|viec|cai) nay| (?:mot|may|vai|it) (?:viec|chuyen|cau|dieu|van de|thu tuc))?',
  'co (?:may|vai|mot so|mot vai|it|chut) (?:thac mac|cau hoi|chuyen|viec|thu tuc|van de)(?: (?:rieng|nho|nua))?(?: (?:muon|can|xin) (?:hoi|nho (?:\\S+ )?tu van))?',
  '(?:co chuyen (?:\\S+ ){0,2})?(?:nho|muon nho|xin) (?:\\S+ ){0,2}tu van(?: giup| gium| dum)?', 'mong (?:duoc )?(?:giup do|ho tro|huong dan|chi bao)', 'khong biet hoi (?:sao|the nao|gi)'];
/** An announcement of questions or of help wanted, closing its clause (only particles and persons after it). */
const ANNOUNCES_HELP = new RegExp(` (?:${ANNOUNCE_PHRASES.join('|')})(?: (?:a|nha|nhe|voi|admin|chut|ti|xiu|cam on|giup|gium|dum|minh|em|toi|con|chau|anh|chi|ban|nhieu))* $`);
const COURTESY_CLOSE = / (?:thong cam|tra loi giup|chi giup|giup (?:em|minh|toi|chau|con)|rang giup) /;

/** "cho em hỏi", "cho tui hỏi": a question announced by who asks. */
const LET_ME_ASK = 'cho (?:em|e|toi|minh|tui|chau|con) hoi';
/** "cho em hỏi (chút)": a question announced, asking nothing itself. */
const ANNOUNCE = new RegExp(` ${LET_ME_ASK}(?: (?:chut|xiu|ti))? `, 'g');
const OPENS_ASKING = new RegExp(`^ (?:(?:anh|chi|admin|oi|a|da) )*${LET_ME_ASK} `);
/** Words of wanting or asking for something ("muốn", "cần", "xin", "nhờ"…): a request, not a story. */
const WANTING = new Set(['muon', 'can', 'xin', 'dinh', 'tinh', 'phai', 'nho', 'giup', 'gium', 'dum', 'duoc']);
const STORY_MIN_WORDS = 8;
const TIME_COUNT = new Set(['hon', 'gan', 'khoang', 'chung', 'vai', 'mot', 'hai', 'ba', 'bon', 'nam', 'muoi']);
/**
 * "Xin chào, cho em hỏi chút ạ. Em đang đi XKLĐ ở Hàn, vợ em mới sanh bé ở quê": a hello (or "cho em hỏi"), then a
 * statement that asks and wants nothing — who the citizen is and what happened.
 */
export function tellsAfterHello(text: string, tokens: readonly string[]): boolean {
  const spacedText = ` ${tokens.join(' ')} `;
  if (text.includes('?') || !(opensWithHello(tokens) || OPENS_ASKING.test(spacedText))) return false;
  const rest = spacedText.replace(ANNOUNCE, ' ').replace(/ (?:bao hiem|xa hoi|anh chi)(?= )/g, ' _').trim().split(' ');
  // ("đóng BHXH được 6 năm": a time told, nothing wanted)
  // ("mới sinh bé được hơn 2 tuần": a time told after "được"; "chào cán bộ xã": no "cần")
  // ("mạ tui già rồi mắt mờ, nhờ tui nhắn hộ": someone asked to type for them, nothing wanted of us)
  // ("thằng cháu nội nó cầm điện thoại gõ giùm tôi")
  const typesFor = (i: number) => (rest[i] === 'nho' && TYPING.has(rest[i + 2] ?? '')) || (['gium', 'giup', 'dum'].includes(rest[i]) && TYPING.has(rest[i - 1] ?? ''));
  // ("mình lớn tuổi không rành điện thoại lắm": "không" before what it denies asks nothing)
  // (nor "mắt mờ", dim eyes, a "mô")
  // ("chào mấy cô": "mấy" before those greeted is many of them, not "how many")
  const denies = (t: string, i: number) => (t === 'khong' && DENIED.has(rest[i + 1] ?? '')) || (t === 'mo' && rest[i - 1] === 'mat')
    || (t === 'may' && GREETED.has(rest[i + 1] ?? '')) || (t === 'dau' && rest[i - 1] === 'con'); // ("con dâu": a daughter-in-law, no "đâu")
  return rest.length >= STORY_MIN_WORDS && !rest.some((t, i) => WANTING.has(t) && !(t === 'duoc' && (/^\d/.test(rest[i + 1] ?? '') || TIME_COUNT.has(rest[i + 1] ?? ''))) && !(t === 'can' && rest[i + 1] === 'bo') && !typesFor(i))
    && !asksSomething('', rest, denies);
}
const TYPING = new Set(['nhan', 'go', 'viet', 'hoi']);
const GREETED = new Set(['co', 'chu', 'anh', 'chi', 'ban', 'ong', 'ba', 'bac', 'chau', 'em', 'can']);
const DENIED = new Set(['ranh', 'biet', 'gioi', 'thao', 'quen', 'nhin']);

/** "kính gửi uỷ ban xã", "kính thưa các cô chú cán bộ": a letter's salutation sent alone, asking nothing yet. */
const SALUTATION_MAX_WORDS = 10;
export const isSalutation = (tokens: readonly string[]): boolean =>
  tokens[0] === 'kinh' && ['gui', 'thua', 'chao'].includes(tokens[1] ?? '') && tokens.length <= SALUTATION_MAX_WORDS && !asksSomething('', tokens.slice(2));
/** "chào ad, em ở phường Hoà Phú, cho em hỏi xíu": where the citizen lives, told in an opening (up to three name words) */
const PLACE_KINDS = new Set(['xa', 'phuong', 'thon', 'ap', 'to', 'khu', 'huyen', 'tinh', 'quan', 'tp', 'thi']);
function withoutHomePlace(tokens: readonly string[]): readonly string[] {
  const at = tokens.findIndex((t, i) => t === 'o' && PLACE_KINDS.has(tokens[i + 1] ?? ''));
  if (at < 0) return tokens;
  let end = at + 2;
  while (end < tokens.length && end < at + 5 && !ADDRESS_WORDS.has(tokens[end]) && !OPENING_WORDS.has(tokens[end])) end++;
  return [...tokens.slice(0, at), ...tokens.slice(end)];
}

/** "bữa khác con hỏi tiếp", "hôm khác hỏi sau": the rest asked another day, closing the message. */
const ASK_LATER = / (?:bua|hom|luc|dip) khac (?:\S+ )?hoi (?:tiep|sau|lai|them) $/;
/**
 * "ok để em ra xã hỏi thêm, bye": a message that closes with a farewell and asks nothing ("hỏi" here is what the
 * citizen will do, not a question).
 */
export function saysFarewell(text: string, tokens: readonly string[]): boolean {
  let end = tokens.length;
  // ("…, chào ad nha": the one addressed and a closing particle after the farewell)
  while (end > 0 && (ADDRESS_WORDS.has(tokens[end - 1]) || CLOSING_WORDS.has(tokens[end - 1]))) end--;
  // ("chào ad nhé, hẹn dịp khác")
  const farewell = tokens[end - 1] === 'bye' || (tokens[end - 2] === 'tam' && tokens[end - 1] === 'biet')
    || (tokens[end - 3] === 'hen' && ['dip', 'hom', 'bua', 'luc', 'lan'].includes(tokens[end - 2]) && tokens[end - 1] === 'khac')
    // ("dạ con chào, bữa khác con hỏi tiếp": asking another day)
    || (tokens.includes('chao') && ASK_LATER.test(` ${tokens.slice(0, end).join(' ')} `));
  // "dạ em xin phép đi làm đây, chào anh chị ạ", "em xin phép nha, chúc anh chị buổi tối vui vẻ": taking leave
  // ("anh chị" is not the question word "chi")
  if (tokens.some((t, i) => t === 'xin' && tokens[i + 1] === 'phep') && (tokens.includes('chao') || tokens.includes('chuc'))) {
    return !asksBeyond(text, tokens, (t, i) => t === 'chi' && tokens[i - 1] === 'anh');
  }
  // "thôi chào ad nhé", "thôi chào cháu, cảm ơn nhiều": taking leave
  const start = tokens.findIndex((t) => !ADDRESS_WORDS.has(t));
  // ("thôi em chào ad nhé": address words between; "cảm ơn nhiều" is not "bao nhiêu")
  let next = start + 1;
  while (next < tokens.length && ADDRESS_WORDS.has(tokens[next])) next++;
  // ("thôi để mai em lên xã hỏi, chào ad": "thôi" opening, a goodbye closing; "hỏi" is what the citizen will do)
  if (start >= 0 && tokens[start] === 'thoi' && (tokens[next] === 'chao' || tokens[end - 1] === 'chao')) {
    return !asksBeyond(text, tokens, (t, i) => t === 'hoi' || (t === 'nhieu' && tokens[i - 1] === 'on'));
  }
  // (with thanks in it, "cảm ơn ad nhiều, bye" is as much a thank-you: the classifier weighs the two)
  const thanks = tokens.some((_, i) => thanksAt(tokens, i));
  // ("bác tắt máy nghe", "thôi mệ đi nghe", "o đi nghe": leaving, told the Central way — who leaves, and a particle)
  // ("bác đi về nghe, chúc cháu khoẻ": a wish after the leave-taking; "bác nghỉ nghe cháu": the one addressed after it)
  const wishAt = tokens.findIndex((t, i) => t === 'chuc' && i > 0 && WISH_TAIL.test(` ${tokens.slice(i).join(' ')} `));
  const said = wishAt > 0 ? tokens.slice(0, wishAt) : tokens;
  let lastSaid = said.length;
  while (lastSaid > 1 && ADDRESS_WORDS.has(said[lastSaid - 1])) lastSaid--;
  const leaving = said.filter((t) => !ADDRESS_WORDS.has(t) && !CLOSING_WORDS.has(t) && !KIN.has(t) && t !== 'thoi' && t !== 'day' && t !== 'hi').join(' ');
  const closes = (t: string | undefined) => !!t && (CLOSING_WORDS.has(t) || t === 'day' || t === 'hi');
  if (!thanks && said.length <= 6 && LEAVING.has(leaving) && (closes(said[said.length - 1]) || closes(said[lastSaid - 1]))) return true;
  // ("tui đi", "thôi bác về": who leaves and the going, nothing after)
  if (!thanks && tokens.length <= 3 && LEAVING.has(leaving) && ADDRESS_WORDS.has(tokens[tokens.length - 2] ?? '')) return true;
  // "ok chào", "ok vậy chào": an acknowledgement closed by a farewell, no thanks in it
  // ("ok ad, chào nghe": a closing particle after it)
  let last = end;
  while (last > 0 && CLOSING_WORDS.has(tokens[last - 1])) last--;
  if (start >= 0 && ACKNOWLEDGING.has(tokens[start]) && tokens[last - 1] === 'chao' && last - start <= 6 && !thanks) return true;
  return farewell && !thanks && !asksBeyond(text, tokens, (t) => t === 'hoi');
}
