/**
 * Intent + procedure + aspect for one message, from the text alone (dialog context is applied by
 * conversation/). Evidence is combined: naive Bayes over syllable unigrams and bigrams of the
 * normalised text, keyword cues per class (longest match wins, so "đăng ký lại khai sinh" beats
 * "khai sinh"), rule cues (receipt codes), and the explicit aspect detector.
 */
import { aspectBeside, asksHow, asksInWords, CLAUSE_SEPARATOR, detectAspect } from './aspect';
import { announcesQuestions, introducesThenAnnounces, asksAboutField, asksSomething, closesWithFarewell, closingThanksAt, isAcknowledgement, isOpening, isSalutation, opensWithHello, opensWithThanks, saysFarewell, tellsAfterHello } from './courtesy';
import { intentCue, OUTRIGHT, shouts } from './intent-cues';
import { extractReceiptCode } from './receipt';
import { NaiveBayesTraining } from './classifier';
import { runSteps } from './steps';
import { addressedTo, askedAsRequired, askedEarlierSpans, deniedSpans, namesPaperOf, asksForThatPaper, ownStaff, letsAsk, listedInFile, carriedPaper, contactedAgencies, doneLongAgo, hadAlready, beingReceived, notYetDone, thatFile, toldDone, ownContact, ownLateness, personRole, householdStanding, placeNoLonger, prerequisite, purpose, recordPlaces, renamedPlace, residenceStatement, timeBefore, toldToDoIt, TOGETHER } from './keyword-context';
import { normalizerSteps, type Lexicon, type Normalizer, type Token } from './normalize';
import { INTENTS, type Aspect, type Candidate, type Intent, type Understanding } from './types';
import { fold, hasDiacritics } from './vietnamese';

export interface IntentData {
  /**
   * A catalog intent, "followup" for generic questions that name no procedure ("hết bao nhiêu tiền"), or "aspect"
   * for phrases that teach how one aspect is asked (`aspect`), whatever the message is about: not a class of message.
   */
  intent: Intent | 'followup' | 'aspect';
  /** For `intent: aspect`: the aspect its phrases ask about. */
  aspect?: Aspect;
  procedure?: string;
  keywords?: string[];
  /**
   * A procedure about the channel rather than a topic (how to use the public-service portal): its keywords
   * ("cổng dịch vụ công") do not outweigh another procedure named in the same message.
   */
  fallback?: boolean;
  /**
   * Done online by its nature (the portal, the VNeID account): a message naming it that asks how ("kích hoạt trên
   * VNeID thì làm sao") asks for its overview, not whether it can be done online (how to log in stays online).
   */
  onlineByNature?: boolean;
  /**
   * A combined procedure (liên thông) made of others: a message naming two of them names this one
   * ("khai sinh cho bé mà có luôn thẻ BHYT"), and in its conversation naming one of them keeps the topic.
   */
  includes?: string[];
  /**
   * Keywords that match only when every word typed with diacritics agrees with them (typed without diacritics they
   * still match): "đổi họ" names changing a surname, "đợi họ về" (wait for them) does not.
   */
  exactKeywords?: string[];
  /** Out-of-scope only: words that make a message out of scope whatever procedure it names ("con mèo"). */
  markers?: string[];
  /**
   * Markers that match only as written, diacritics included: "chó" marks "khai sinh cho chó" but not the
   * everyday "cho" ("cho em hỏi"), and nothing typed without diacritics.
   */
  exactMarkers?: string[];
  /**
   * A variant of another procedure told apart by its own words (re-issuing a lost or broken căn cước): a message
   * about the card with none of `marks` ("căn cước làm bao lâu") asks about `variantOf`, the base procedure; one
   * the base's keyword won that carries a mark ("có đăng ký hộ kinh doanh, giờ muốn nghỉ bán") asks about the variant.
   */
  variantOf?: string;
  /**
   * Procedures whose conversation this one's `marks` move to it, without being their variant: re-registering a
   * birth, when the citizen learns in a chat about a copy of the record that "sổ gốc … bị cháy" (the register itself
   * is lost).
   */
  refines?: string[];
  /** Words that mark a variant or a refinement; "sổ gốc … mất": "mất" within a few words after "sổ gốc". */
  marks?: string[];
  phrases: string[];
}

export interface ProcedureRef { id: string; name: string; aliases?: string[] }

export interface MatcherInput {
  intents: IntentData[];
  procedures: ProcedureRef[];
  lexicon: Lexicon;
}

export interface Analysis extends Understanding {
  /** Token-length of the longest procedure keyword found (0 = the text names no procedure). */
  keywordStrength: number;
  /** The generic follow-up class beat every procedure: the text asks about an aspect, not a topic. */
  followup: boolean;
  /** The strength of the aspect cue found (0 when none: `aspect` then comes from the learnt phrases, or is unset). */
  aspectScore: number;
  tokens: string[];
  /** Each token as typed with its diacritics (canonical form), or undefined when typed without them. */
  accents: (string | undefined)[];
  /** Out-of-scope words (keywords, markers) were found: an out-of-scope answer has evidence, not just a low score. */
  outOfScopeEvidence: boolean;
  /** Two consecutive words of a procedure's name or alias ("căn cước"): the citizen names a topic, if loosely. */
  namesTopic: boolean;
  /**
   * The procedure's name appears only as context — a paper brought along ("mang theo giấy khai sinh của cháu"),
   * a person's role ("phải có người giám hộ"): in another procedure's conversation it is not a new topic.
   */
  contextMention: boolean;
  /** …and all of it told as done long ago ("hồi đó đăng ký khai sinh ở xã khác"): context even in a related chat. */
  pastMention?: boolean;
  /** The keywords (folded) that named the procedure in the text ("khai sinh"). */
  namedBy: string[];
  /**
   * For a procedure done online by its nature, the aspect its own channel words asked ("online") when another cue
   * was taken instead: an answer about another topic ("báo qua app vneid được không" in a guests chat) keeps it.
   */
  channelAspect?: Aspect;
  /**
   * A complaint, request for staff, status or office question said in words (a cue or a keyword), not only
   * leaned to by the classifier.
   */
  voiced: boolean;
  /** Variant procedures whose marks the text carries ("bị mất rồi" → re-issuing the căn cước). */
  marked: string[];
}

export interface Matcher {
  /** `keywords: false` reads the words alone, without keyword cues (a topic read together with a refinement). */
  analyze(text: string, options?: { keywords?: boolean }): Analysis;
  readonly procedureIds: readonly string[];
  /** True when `part` is one of the procedures the combined procedure `whole` includes. */
  includes(whole: string, part: string): boolean;
  /**
   * Procedures a refinement may move between: their names share two consecutive words ("thẻ căn cước",
   * "khai sinh"), or one includes the other.
   */
  related(a: string, b: string): boolean;
  /** True for a procedure about the channel (the public-service portal) rather than a topic of its own. */
  isChannel(id: string): boolean;
  /** The combined procedure that includes both `a` and `b` ("khai sinh" and "thẻ BHYT" → liên thông khai sinh), or null. */
  bundleOf(a: string, b: string): string | null;
  /**
   * A procedure related to `topic` that these words alone favour clearly over the topic ("bị mất rồi" in a
   * căn cước chat → re-issuing the card), or null.
   */
  leaning(tokens: readonly string[], topic: string): string | null;
  /**
   * True when every keyword that named another procedure is part of one of `topic`'s own keywords or names
   * ("khai sinh" inside "trích lục khai sinh"): in that topic's conversation the words echo the topic.
   */
  echoes(topic: string, namedBy: readonly string[]): boolean;
  /** The words hold two consecutive words of the paper the procedure's official name names ("căn cước" of "cấp lại thẻ căn cước"). */
  namesOwnName(tokens: readonly string[], id: string): boolean;
  /**
   * How much, per word, these words alone (no keywords) favour `other` over `topic`, in the classifier's log
   * units: a long message piles up evidence for whatever its context words suggest, per word it stays small
   * unless the words really are about the other procedure.
   */
  marginPerWord(tokens: readonly string[], topic: string, other: string): number;
  /**
   * In a conversation about `topic`, the marks of `marked` move to it: `topic` is its base (re-issuing a căn cước
   * → making one) or a procedure it refines.
   */
  movesTo(topic: string, marked: string): boolean;
  /** The base procedure of a variant (re-issuing a căn cước → making one), or null. */
  baseOf(variant: string): string | null;
  readonly stats: { classes: number; phrases: number; vocabulary: number };
  /**
   * Keywords and out-of-scope markers the bot reads as other words, each as "typed → read" ("pvi → phi": an unknown
   * word taken for a slip of a known one, so the marker would fire on every "phí"). Shown to editors; empty when
   * every cue reads as written.
   */
  readonly misread: readonly string[];
}

const PROC = 'p:';
const INT = 'i:';
const KEYWORD_WEIGHT = 8;
const TEMPERATURE = 4;
/** The learnt aspect is read only this surely (probability). */
const LEARNED_ASPECT = 0.8;
/** How much more (unnormalised log-likelihood) a related procedure must score to draw a topic to it (×10 in probability). */
const LEANING_MARGIN = Math.log(10) * TEMPERATURE;
/** An out-of-scope marker decides on its own ("khai sinh cho con mèo"). */
const MARKER_WEIGHT = 60;
/** Intents that start work for staff (or answer about the office); a guess below this needs words that ask for it. */
/** Knocking on the door: "alo có ai không", "ad ơi có ai ko ạ", "có đó hông ad" (folded). */
const KNOCK = /^(?:(?:admin|oi|alo|hello|hi|chao|a|da|em|anh|chi|ban|coc|con) )*co (?:ai(?: do)?|do)(?: o (?:do|day))? (?:khong|ko|k|hong|hok)(?: (?:a|vay|admin|oi))*$/;
/** "cán bộ ơi", "chị ơi ạ": a call alone, the conversation opened — no request yet. */
// ("anh cán bộ ơi", "chú công an khu vực ơi": the one called named in several words)
const CALLED = '(?:can bo|admin|anh chi|anh|chi|co|chu|chau|em|ban|bac|o|xa|uy ban|cong an|khu vuc|phuong|truc|mot cua|moi nguoi)';
const CALL_ALONE = new RegExp(`^(?:(?:alo|a|da|oi) )*${CALLED}(?: ${CALLED}){0,3}(?: (?:oi|a|da))*(?: oi)$`);
/** "xin lỗi làm phiền ad giờ này khuya rồi ạ", "em xin lỗi nhắn muộn ạ": an apology for the hour, opening a chat. */
const SORRY_FOR_THE_HOUR = /^(?:(?:da|em|con|chau|toi|minh|tui|a|admin|anh|chi) )*xin loi (?:\w+ ){0,5}?(?:khuya|muon|gio nay|cuoi tuan|ngay nghi|ngoai gio|som)\b/;
/** "alo có ai trực không ạ": a call answered first, a knock too (without the "alo", "có ai trực không" asks for staff). */
const KNOCK_CALL = /^alo (?:(?:alo|admin|oi|a|da|em|anh|chi|ban) )*co ai (?:truc )?(?:o (?:do|day) )?(?:khong|ko|k|hong|hok)(?: (?:a|vay|admin|oi))*$/;
/** Words of a yes-or-no question before "hay" ("có phải … ko hay …", "được … không hay chỉ …"). */
const YES_NO_WORDS: ReadonlySet<string> = new Set(['khong', 'ko', 'k', 'hong', 'hok', 'duoc', 'dc', 'chua', 'co', 'phai', 'can']);
/** Words that may close a question after what it asks: "… hay tạm trú vậy mn", "… hay liên thông ạ" (and the "không" a question mark adds). */
const CLOSING_WORDS: ReadonlySet<string> = new Set(['khong', 'a', 'ha', 'vay', 'z', 'v', 'dzay', 'mn', 'ad', 'admin', 'nhi', 'nhe', 'chu', 'the', 'ah', 'ak', 'em', 'anh', 'chi', 'con', 'chau', 'nua', 'thoi', 'moi', 'lai']);
const SERVICE_INTENTS: ReadonlySet<string> = new Set(['complaint', 'human', 'status', 'office']);
const WEAK_SERVICE = 0.5;
/** "vào trang nào", "là trang web nào": which website. */
const WHICH_SITE = / (?:vao|la|o) (?:trang|web|trang web) nao /;
/** Words that introduce what a question is about, after "hỏi": "về", "vụ", "việc", "chuyện", "cái". */
const ABOUT_WORDS: ReadonlySet<string> = new Set(['ve', 'vu', 'viec', 'chuyen', 'cai']);
/** Out-of-scope markers ("con mèo", "thẻ ATM") outweigh the procedure words they come with. */
const keywordWeight = (label: string) => (label === `${INT}out_of_scope` ? 2 * KEYWORD_WEIGHT : KEYWORD_WEIGHT);

/** A place name, as the classifier sees it. */
const PLACE = '_noi_';
function features(tokens: string[]): string[] {
  const out: string[] = [];
  const kept = tokens.filter((t) => !/^\d{5,}$/.test(t));
  for (let i = 0; i < kept.length; i++) {
    out.push(kept[i]);
    if (i + 1 < kept.length) out.push(`${kept[i]}_${kept[i + 1]}`);
  }
  return out;
}

/**
 * `accents`: the keyword's words as written with diacritics. Words typed with diacritics must agree with them:
 * all of them (`strict`), or at least one ("bảo tự" is not "báo tử", but "căn cươc" is still "căn cước").
 */
interface Keyword { cls: string; tokens: string[]; accents?: string[]; strict?: boolean }

/** Consecutive words, as "a b" ("khai sinh"). */
const wordPairs = (words: readonly string[]): string[] => words.slice(1).map((w, i) => `${words[i]} ${w}`);

const TIME_UNITS = new Set(['ngay', 'thang', 'tuan', 'nam', 'gio', 'tieng', 'buoi', 'hom', 'bua']);
/**
 * The words as the aspect cues read them: folded, except where the diacritics typed tell a question word from a word
 * that folds like it — "ở đầu chợ" (the head of the market) is no "ở đâu" (where), "xã bảo giờ…" (the commune says
 * now…) no "bao giờ" (when), "nghe máy" (the phone) no "mấy" (how many). Kept with their tone mark, such words match
 * no cue.
 */
function askingWords(typed: readonly Token[]): string[] {
  // ("tôi đã …" typed with its marks is no "tối đa", a maximum)
  // ("trên máy" is a phone or computer; "máy ngày" is "mấy ngày" mistyped)
  return typed.map((t, i) => (t.a === 'đâu2' || (t.a === 'may1' && !TIME_UNITS.has(typed[i + 1]?.f ?? '')) || (t.a === 'bao3' && ['gio', 'lau', 'nhieu'].includes(typed[i + 1]?.f ?? ''))
    || (t.a === 'đa4' && typed[i - 1]?.a === 'tôi') ? t.a : t.f));
}

/** The words with clause breaks marked, for detectAspect. */
function clauseText(words: readonly string[], starts: ReadonlySet<number>): string {
  let out = '';
  for (let i = 0; i < words.length; i++) out += i === 0 ? words[i] : (starts.has(i) ? CLAUSE_SEPARATOR : ' ') + words[i];
  return out;
}

/** A clause's folded words ask an aspect plainly (a cue of weight 2 or more). */
const asksAnAspect = (words: readonly string[]): boolean => (detectAspect(words.join(' '))?.score ?? 0) >= 2;

/** "còn tui", "còn bà nội tui": a clause that turns from someone else's matter to the citizen's own. */
const OWN_WORDS = new Set(['toi', 'tui', 'em', 'e', 'minh', 't']);
const OWN_PART_TRUSTED = 0.9;
function ownPartStart(clauses: readonly (readonly Token[])[], marks: boolean): number {
  // ("con tui" typed without marks may be "còn tui" or "my child"; with marks elsewhere, an unmarked "con" is the child)
  let at = clauses[0]?.length ?? 0;
  for (let i = 1; i < clauses.length; at += clauses[i].length, i++) {
    const [first, ...rest] = clauses[i];
    if (first?.f !== 'con' || (first.a ?? (marks ? 'con' : 'con2')) !== 'con2') continue;
    // (not "còn giữ chứng minh …": "minh" of the identity card)
    if (rest.slice(0, 3).some((t, j) => OWN_WORDS.has(t.f) && rest[j - 1]?.f !== 'chung')) return at;
  }
  return -1;
}

/**
 * "thủ tục thành lập doanh nghiệp, à không, ý mình là hộ kinh doanh thôi", "lệ phí bao nhiêu ạ, à em nhầm, em muốn hỏi
 * làm mất bao lâu": the citizen takes back what they wrote first — where, in words, what they mean instead starts
 * (after the correction's own words), and where that clause ends; null when none, or when the message opens with it.
 */
const CORRECTION = /^(?:(?:a|ah|a ma) )?(?:khong|ko|k|nham|(?:em|e|toi|minh|tui|chau|con) (?:hoi |go |viet |danh )?nham(?: roi)?|y (?:em|e|toi|minh|tui|chau|con) la|khong phai)(?: (?:a|roi|nha|nhe))*(?: y (?:em|e|toi|minh|tui|chau|con) la)?(?= |$)/;
function correction(clauses: readonly (readonly Token[])[]): { start: number; clauseEnd: number } | null {
  let at = clauses[0]?.length ?? 0;
  let found: { start: number; clauseEnd: number } | null = null;
  for (let i = 1; i < clauses.length; at += clauses[i].length, i++) {
    const words = clauses[i].map((t) => t.f).join(' ');
    const m = CORRECTION.exec(words);
    // ("à không" alone must open with "à": "không" opening a clause is most often a plain no)
    if (!m || (/^(?:khong|ko|k)$/.test(m[0]) && !/^a /.test(words))) continue;
    const said = m[0].split(' ').length;
    // (the correction a clause of its own, "à không,": what is meant is the next clause)
    found = said < clauses[i].length
      ? { start: at + said, clauseEnd: at + clauses[i].length }
      : { start: at + clauses[i].length, clauseEnd: at + clauses[i].length + (clauses[i + 1]?.length ?? 0) };
  }
  return found;
}

/** Who is writing, or where they live: "em là …", "nhà em ở …", "mệ em ở …". */
const INTRODUCES = / (?:em|e|toi|tui|minh|chau|con) (?:o|la|dang o|song o) /;
const INTRODUCTION_MAX_WORDS = 12;
/** Leaving said or planned: "chào nhé", "em đi đây", "hôm khác hỏi tiếp", "mai em lên xã". */
const LEAVES = / (?:nhe|nghe|nghen|hen|di day|off|tat may|hom khac|bua khac|mai|tam biet|bye|chuc|thoi) /;
/** Question phrases that ask wherever they stand in a clause, and requests ("anh chị chỉ em với", "hướng dẫn giúp"). */
const WH_ASKS = / (?:o dau|dau vay|bao nhieu|bao lau|the nao|ra sao|lam sao|gi|j|khi nao|bao gio|may ngay|may thang|cho nao|o mo|cai chi|lam rang|sao vay|duoc khong|co phai|(?:\S+ ){1,3}voi|huong dan|giup|gium) /;
/** Words that end a yes-or-no question, and the particles that may follow them. */
const YES_NO_END = new Set(['khong', 'ko', 'k', 'chua', 'hong', 'hok', 'ha', 'chu', 'a', 'ak']);
const TRAILING = new Set(['admin', 'nhe', 'nghe', 'nha', 'vay', 'chau', 'con', 'em', 'anh', 'chi', 'co', 'bac', 'o', 'di', 'nhi', 'the']);
/** Thanks said in the first two clauses, and no clause that asks (a question mark, a wh-phrase, a yes-or-no ending). */
function thanksThenTelling(text: string, clauses: readonly string[][]): boolean {
  // (the thanks typed in words: "🙏" reads as thanks too, but closes a request as often)
  if (text.includes('?') || clauses.length < 2 || !/\bcam on\b/.test(fold(text.normalize('NFC').toLowerCase()))) return false;
  if (!clauses.slice(0, 2).some((c) => c.some((t, i) => t === 'cam' && c[i + 1] === 'on'))) return false;
  return !clauses.some((c) => {
    if (WH_ASKS.test(` ${c.join(' ')} `)) return true;
    let end = c.length;
    while (end > 0 && TRAILING.has(c[end - 1])) end--;
    return YES_NO_END.has(c[end - 1] ?? '') && c[end - 1] !== 'a';
  });
}

/** "em đi làm đây", "tui về đây", "đi ngủ đây": leaving now, at the end of the message. */
const LEAVING_NOW = / (?:di|ve|di lam|di ngu|di cho|di hoc|di an com|lam viec|ngu|off) day(?: a| nha| nhe| nghe)? $/;
/** Words that take leave ("bye", "tạm biệt", "hẹn gặp lại", "xin phép", "cảm ơn"), as opposed to good wishes alone. */
const TAKES_LEAVE = / (?:bye|tam biet|gap lai|xin phep|cam on|thanks|thank|ngu ngon|di day|nghi day|off|nhe|nha) /;
const GREETING_WISH = / chuc (?:\S+ ){0,4}(?:khoe|ngay moi|buoi sang) /;
/** "(họ) bảo phải có …", "yêu cầu phải nộp …": what another office requires, told */
// ("bên dịch vụ visa kêu nộp giấy xác nhận cư trú": asked for, "phải" unsaid)
const REQUIRED_BY_THEM = / (?:(?:bao|yeu cau|doi|noi|keu|bat) (?:\S+ )?(?:phai|can)|keu|yeu cau|doi|bat) (?:co|lam|xin|nop|bo sung) /;
/** "chúc các cháu bình an", "lời chúc sức khoẻ", "chúc cháu năm mới vạn điều may mắn": wishes that open a chat */
const OPENING_WISH = / (?:chuc|loi chuc) (?:\S+ ){0,6}(?:khoe|suc khoe|ngay moi|buoi sang|an lanh|binh an|may man|nam moi|van dieu|van su|hanh phuc) /;
/** "cán bộ khoẻ hông": how one is, a greeting's question */
const HOW_ONE_IS = / khoe (?:khong|ko|hong|hok|ha|chu) /;
const OFFICE = `${INT}office`;
const OOS = `${INT}out_of_scope`;
const COMPLAINT = `${INT}complaint`;
const HUMAN = `${INT}human`;
/** A question clause read alone must name its procedure this surely to outweigh out-of-scope words elsewhere. */
const QUESTION_CLAUSE = 0.5;
/** Confidence given to a thank-you recognised by its shape rather than by the classifier. */
const CLOSING_THANKS = 0.8;
/** A greeting that asks ("cho em hỏi…") about a procedure this likely is that procedure's question. */
const ASKS_ABOUT = 0.3;
/** Doing it oneself online against going in person: "… hay phải ra công an", "lên công an xã làm hay tự làm". */
const IN_PERSON_OR_NOT = / hay (?:cung |la )?(?:phai |bat buoc |can )?(?:ra|len|den|toi|ve|dan|dua|cho) | (?:ra|len|den|toi) (?:\S+ ){0,4}hay (?:\S+ ){0,3}(?:tu|o nha|ngoi nha|tren|qua|online) /;
/** A cue this strong besides the online ones asks its own aspect of a procedure done online by nature. */
const BESIDE_ONLINE = 2;
/** Word pairs of procedure names that name an action, not a topic ("đăng ký bản quyền" names none of ours). */
const ACTION_PAIRS = ['dang ky', 'thu tuc', 'giai quyet', 'cap lai', 'cap doi', 'thay doi', 'ho so', 'cap giay'];
const GENERIC_NAME_PAIRS = new Set([...ACTION_PAIRS, 'bao hiem', 'quyet huong', 'giay chung', 'chung nhan', 'xac nhan', 'thong tin', 'xa hoi']);
/** The second word of an action ("đăng ký", "cấp lại"): a pair it starts joins the action to its object ("ký tạm", "lại thẻ"). */
const ACTION_TAILS = new Set(ACTION_PAIRS.map((p) => p.split(' ')[1]));
/** A marker's words; a word with an accented form `a` must be typed with exactly those diacritics. */
type Marker = Token[];
const sameWord = (typed: Token | undefined, w: Token) => typed !== undefined && (w.a === undefined ? typed.f === w.f : typed.a === w.a);
/**
 * A word of a variant's mark: a mark of several words matches by its letters ("bi mat", "tạm ngưng" are "bị mất",
 * "tạm ngừng"); a one-word mark must be typed as written ("bể" is not "bé", nor "hỏng" "hông", nor "be" either).
 */
const markWord = (typed: Token | undefined, w: Token, words: number) =>
  typed !== undefined && typed.f === w.f && (words > 1 || w.a === undefined || typed.a === w.a);

/**
 * "ba mạ bé chưa đăng ký kết hôn thì có làm được không": a procedure not done, the condition of a question about
 * another ("chưa đăng ký kết hôn, giờ đi đăng ký thì cần gì" is about doing it now).
 */
// ("đất chưa có sổ đỏ thì có xin phép xây được ko": a keyword that says it is not had, then "thì")
const notYetDoneIf = (tokens: readonly string[], h: { start: number; end: number }) =>
  (notYetDone(tokens, h.start) || / chua co /.test(` ${tokens.slice(h.start, h.end).join(' ')} `)) && tokens.slice(h.end, h.end + 2).includes('thi');

/** A mark's parts, in order: "sổ gốc … mất" is "sổ gốc" and then, within `MARK_GAP` words, "mất". */
type Mark = Token[][];
const MARK_GAP = 8;
/** `mark` starts at word `i` of `typed`. */
function markAt(typed: readonly Token[], i: number, mark: Mark, clauseStarts: ReadonlySet<number>): boolean {
  const words = mark.reduce((n, part) => n + part.length, 0);
  const fits = (part: Token[], at: number) => part.every((w, j) => markWord(typed[at + j], w, words));
  if (!fits(mark[0], i)) return false;
  let next = i + mark[0].length;
  for (const part of mark.slice(1)) {
    let at = next;
    while (at <= next + MARK_GAP && at < typed.length && !fits(part, at)) at++;
    if (at > next + MARK_GAP || at >= typed.length) return false;
    next = at + part.length;
  }
  // (a mark of adjacent words stays within one clause: "giấy khai sinh bị mất, sổ gốc ở xã vẫn còn" says no "mất sổ
  // gốc"; one with a gap may reach over: "cccd bị ghi sai quê quán, muốn làm lại")
  if (mark.length === 1) for (let j = i + 1; j < next; j++) if (clauseStarts.has(j)) return false;
  return true;
}

/** A mark told done, "sổ hồng đã sang tên xong, giờ muốn mở quán": the story before the matter asked, no variant. */
function markToldDone(tokens: readonly string[], at: number): boolean {
  return tokens[at - 1] === 'da' && tokens.slice(at + 1, at + 5).includes('xong');
}

/**
 * The words typed from `i` with diacritics agree with `written` (each word's canonical form as written): all of them
 * (`strict`), or at least one, when any was typed so. Typed without diacritics, or with Telex keys decoded (a guess),
 * the letters decide.
 */
function typedAgrees(written: readonly string[], typed: readonly Token[], i: number, strict = false): boolean {
  let typedWith = 0;
  let agree = 0;
  written.forEach((a, j) => {
    const t = typed[i + j];
    if (!t || t.a === undefined || t.decoded) return;
    typedWith++;
    if (t.a === a) agree++;
  });
  return strict ? agree === typedWith : typedWith === 0 || agree > 0;
}

/** A civil-status record as the paper one holds ("giấy chứng tử", "giấy đăng ký kết hôn"), not a permit one applies for. */
const RECORD_PAPER = /^giay (?:dang k[yi] (?:ket hon|khai sinh|khai tu)|khai sinh|chung tu|ket hon|chung sinh|bao tu)$/;
/** Words that make a procedure's name a permit ("giấy chứng nhận" + "an toàn thực phẩm"), longest first. */
const PERMIT_LEADS = [['giay', 'chung', 'nhan'], ['giay', 'phep'], ['giay', 'cn'], ['giay']];
/** Words before a paper that ask for it or bring it ("có cần giấy …", "mang giấy …"). */
const ASKED_PAPER = new Set(['can', 'mang', 'dem', 'nop', 'kem', 'cam']);

/** Token `i` lies inside one of the spans. */
const within = (spans: readonly { start: number; end: number }[], i: number): boolean => spans.some((s) => i >= s.start && i < s.end);
/** The tokens with those inside the spans [start, end) replaced by "_" (kept as clause and position holders). */
const maskSpans = (tokens: readonly string[], spans: readonly { start: number; end: number }[]): string[] =>
  tokens.map((t, i) => (within(spans, i) ? '_' : t));

/**
 * The identity account's own act, named without its keyword ("làm sao để lên mức 2 VNeID"): asked how, the procedure
 * itself, not its channel.
 */
const OWN_ACT = / (?:len|nang|kich hoat|dang ky) (?:tai khoan |tk )?muc (?:2|hai) /;
/** Words that name a combined procedure itself: "liên thông", "3 trong 1", "3 thủ tục". */
const COMBINED = / (?:lien thong|3 trong 1|ba trong mot|3 thu tuc|ba thu tuc) /;
/** Submitting online, the act asked about: "nộp hồ sơ trực tuyến", "nộp online", "nộp trên cổng". */
const SUBMITS_ONLINE = / nop (?:ho so |hs )?(?:truc tuyen|online|onl|qua mang|tren mang|tren (?:cong|dich vu cong|dvc|do)|qua (?:cong|dich vu cong|dvc)) /;
/** An identity account required or lacked: "có cần tài khoản định danh mức 2", "chưa có tk VNeID mức 2", "hay phải mức 2". */
const ACCOUNT_REQUIRED = / (?:can|phai|buoc|chua co|khong co|ko co)(?: phai)?(?: co)? (?:tai khoan |tk )?(?:dinh danh |vneid |dinh danh dien tu )?muc (?:2|hai) /;
/** Getting the account asked after all: "tui chưa có thì đăng ký ở đâu", "kích hoạt thế nào". */
const GETS_ACCOUNT = / (?:dang ky|kich hoat|tao|lam|len) (?:tai khoan |tk |muc 2 )?(?:o dau|cho nao|the nao|nhu the nao|kieu gi|sao|o mo|ra sao) /;
/** "người bán mất rồi thì...": a condition told and left open — what then, whether it can still be done */
const LEFT_OPEN = /(?:^|\s)th[iì]\s*(?:\.{2,}|…)\s*$/iu;
/** "xin bản sao", "xin lại bản sao", "cấp bản sao", "cần thêm bản giấy chứng tử": a copy asked for. */
const COPY_ASKED = / (?:xin|cap|lay) (?:lai )?ban sao | (?:can|xin|lay) them (?:(?:\d+|mot|hai|ba|vai|may) )?ban (?:giay|trich luc|chung tu) /;
/** Words of a paper's loss or ruin, in marks. */
const LOSS_WORDS = new Set(['mat', 'that', 'chay', 'rach', 'uot', 'nat', 'troi', 'gam', 'moi', 'ngam', 'roi', 'rot', 'trom', 'giat']);
/** The old identity card named: worn or lost, it is replaced by a new card (README conventions). */
const OLD_CARD = / (?:chung minh|cmnd|cmt) /;
/** What stands in for a paper, asked: "lấy giấy gì thay", "giấy gì thay thế", "thay bằng gì". */
const REPLACEMENT_ASKED = / (?:giay|cai|to) (?:gi|j|chi|nao) (?:de )?thay | thay (?:the )?(?:bang|cho) (?:gi|j|chi|cai gi|giay gi) /;
/** A person's details told changed or differing: "đổi tên xong", "sửa ngày sinh", "năm sinh … khác trên căn cước". */
const DETAILS_CHANGED = / (?:(?:doi|sua|cai chinh|thay doi) (?:\S+ ){0,2}(?:ten|ho|ngay sinh|nam sinh|thong tin|que quan|dan toc|gioi tinh)|(?:sua|doi|cai chinh) xong|khac (?:\S+ ){0,2}(?:tren|voi|trong) (?:the |cai )?(?:can cuoc|cccd|cmnd)) /;
/** A marker told as what a procedure is for: "(để kịp) nộp/xin visa", "(deadline) nộp …". */
const PURPOSE_VERBS: ReadonlySet<string> = new Set(['nop', 'xin']);
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['de', 'kip', 'lich', 'deadline', 'han']);
/** Words that date an outing in the past: "tối qua", "hôm trước", "bữa nay". */
const WHEN_PAST: ReadonlySet<string> = new Set(['qua', 'truoc', 'hom', 'bua', 'toi', 'sang', 'chieu']);
/** Details on a card out of date or wrong: "vẫn ghi ngày sinh cũ", "ghi sai tên", "in nhầm quê quán". */
const DETAILS_OUTDATED = / (?:ghi|in|de) (?:\S+ ){0,2}(?:ten|ho|ngay sinh|nam sinh|que quan|dia chi|noi thuong tru|dan toc|gioi tinh) (?:\S+ )?(?:cu|sai|nham)|(?:ghi|in) (?:sai|nham) /;
/** The paper lost or broken ("mất bao lâu", "mất tiền" are no loss). */
const PAPER_DAMAGED = / (?:(?:bi |lam |danh )?mat(?! (?:may|bao|bn|nhieu|tien|phi|thoi gian|dong|\d))|that lac|hong|hu|rach|gay|nut|bong troc|chay|uot|moi an|gam) /;
/** A mark that says only "again": "làm lại", "cấp lại", "xin lại". */
const AGAIN = new Set(['lam lai', 'cap lai', 'xin lai']);
const isAgainMark = (mark: readonly (readonly Token[])[]) => mark.length === 1 && AGAIN.has(mark[0].map((w) => w.f).join(' '));
/**
 * "giấy chứng tử của ba bị mất rồi", "làm thất lạc giấy kết hôn": a civil-status paper lost (not a death: "ba mất
 * rồi, làm giấy chứng tử" — the loss word comes after the paper, with "bị" or "làm", or before it as "mất giấy").
 */
// (or damaged: "giấy đăng ký kết hôn … bị mối xông mất một nửa", "bị rách", "bị ướt")
// (not another paper lost after it: "… ghi sai năm sinh so với khai sinh, mà tui làm mất bằng luôn rồi")
const LOST_CIVIL_PAPER = / (?:giay (?:dang ky )?(?:ket hon|khai sinh)(?: \S+){0,5} (?:mat|that lac) roi|(?:chung tu|ket hon|khai tu|khai sinh)(?: \S+){0,5} (?:bi|lam|danh) (?:mat|that lac|roi mat|rach|moi an|moi xong|chuot gam|chuot can|uot|nat|chay)(?! (?:luon )?(?:bang|the|so|can cuoc|cccd|ho chieu|vi|bop))|(?:lam |danh )?(?:mat|that lac) (?:giay|ban chinh|trich luc)(?: \S+){0,3} (?:chung tu|ket hon|khai tu|khai sinh)) /;
/** The civil register said kept: "sổ gốc ở xã vẫn còn lưu", "sổ ở xã còn" (not "sổ gốc cũng hổng còn"). */
const REGISTER_KEPT = / so (?:goc|luu|ho tich|bo|o xa|o uy ban|o phuong|o ubnd)(?: (?!khong|ko|k|hong|hok|chang|cung|mat|chay|het|that|rach|troi)\S+){0,8} (?:(?:van|da) (?:con|luu|giu)|con) /;
/** The papers of the civil register: birth, marriage and death. */
const CIVIL_PAPER = / (?:ket hon|khai sinh|khai tu|chung tu) /;
const REGISTERING = new Set(['dang-ky-ket-hon', 'dang-ky-khai-sinh', 'dang-ky-khai-tu', 'ban-sao-van-bang']);
/**
 * The card itself is what is wrong or mended: "sửa ngày sinh trên thẻ căn cước", "sửa căn cước", "căn cước của em ghi
 * tên … thiếu dấu", "cccd bị in sai ngày sinh" — a new card (README conventions), not a correction of the civil record.
 */
const CARD_FIXED = / sua (?:lai )?(?:(?:ngay sinh|nam sinh|ten|ho ten|thong tin|que quan|dia chi|gioi tinh) (?:tren|trong|o) )?(?:the can cuoc|can cuoc|cccd) | (?:can cuoc|cccd)(?: \S+){0,3} (?:(?:bi|cung|lai) )?(?:(?:ghi|in)(?: \S+){0,6} (?:sai|thieu dau|nham)|sai) | (?:can cuoc|cccd)(?: \S+){0,3} (?:ghi|in)(?: \S+){1,5} (?:trong khi|ma|con) (?:giay )?khai (?:sinh|sanh) (?:lai )?(?:la|ghi|thi) /;
/** The civil record said wrong too ("giấy khai sinh ghi sai", "khai sinh cũng sai"), or mended first: its correction leads. */
const RECORD_WRONG = / (?:khai sinh|khai sanh|ho tich)(?: \S+){0,4} (?:ghi |in |cung |bi )?(?:sai|nham)(?! (?:\S+ ){0,2}(?:can cuoc|cccd))| sua (?:lai )?(?:giay )?(?:khai sinh|khai sanh) /;
const CARD = 'cap-the-can-cuoc';
/** The land title itself wrong or mended ("sổ đỏ ghi sai năm sinh của tôi, muốn đính chính"): a change registered on it. */
const LAND_TITLE_FIXED = / (?:so do|so hong|bia do|giay chung nhan quyen su dung dat)(?: \S+){0,3} (?:(?:bi|cung|lai) )?(?:(?:ghi|in)(?: \S+){0,3} (?:sai|nham)|sai) | (?:dinh chinh|sua) (?:lai )?(?:\S+ ){0,3}(?:tren |trong )?(?:so do|so hong|bia do) /;
const LAND_CHANGE = 'dang-ky-bien-dong-dat-dai';
const PERMANENT_RESIDENCE = 'dang-ky-thuong-tru';
/**
 * A paper that still shows the old address after a move ("thẻ căn cước của tôi vẫn ghi nơi thường trú cũ", "địa chỉ trên
 * căn cước vẫn là chỗ cũ", "cà vẹt xe máy vẫn ghi địa chỉ cũ"), by the procedure that brings it up to date.
 */
const OLD_ADDRESS_ON: readonly (readonly [RegExp, string])[] = [
  [/ (?:(?:the )?can cuoc|cccd)(?: \S+){0,4} (?:van|con) (?:ghi|la|de)(?: \S+){0,4} cu | dia chi (?:tren|trong|o|cua) (?:the )?(?:can cuoc|cccd)(?: \S+){0,2} (?:van|con) (?:ghi|la|de)(?: \S+){0,3} cu /, CARD],
  [/ (?:ca vet|cavet|(?:giay )?dang ky xe)(?: \S+){0,4} (?:van|con) (?:ghi|la|de)(?: \S+){0,4} cu | dia chi (?:tren|trong|o|cua) (?:ca vet|cavet|giay dang ky xe)(?: \S+){0,2} (?:van|con) (?:ghi|la|de)(?: \S+){0,3} cu /, 'dang-ky-xe'],
];
const RECORD_CORRECTION = 'thay-doi-cai-chinh-ho-tich';
/** A civil-status record said wrong, then a fix asked ("trích lục khai tử ghi sai tên …, làm gì để sửa"). */
const CIVIL_RECORD_FIXED = / (?:trich luc|khai tu|chung tu|ket hon|khai sinh|khai sanh)(?: \S+){0,4} (?:ghi |in |bi )?(?:sai|nham)(?: \S+){0,16} (?:sua|dinh chinh|cai chinh|chinh lai) /;
/** A paper told wrong in itself, and the procedure that mends it. */
const PAPER_ITSELF_WRONG: readonly (readonly [RegExp, string])[] = [[CARD_FIXED, CARD], [LAND_TITLE_FIXED, LAND_CHANGE]];
const COPY_FROM_REGISTER = 'trich-luc-ho-tich';
/** "làm cấp đổi hay cấp lại ạ", "cấp lại hay cấp mới": which kind of the procedure applies, asked last — what it is. */
const WHICH_KIND = / (?:lam |cap )?(?:doi|lai|moi|lan dau) hay (?:la |lam |cap )?(?:doi|lai|moi|lan dau)(?: (?:a|ad|admin|vay|ha|nhi|ak))? $/;
/** A certified copy of a paper the citizen holds: the paper named right after it is what is copied. */
const CERTIFIED_COPY = 'chung-thuc-ban-sao';
/** Coming in person asked as a requirement, or someone else going instead: "có phải đi trực tiếp ko", "đi thay được không". */
const IN_PERSON_ASKED = / (?:phai|bat buoc|can) (?:\S+ ){0,2}(?:di|len|ra|den|toi|co mat) truc tiep | (?:di|nop|lam|ky|len) thay (?:duoc|dc) /;
/** Words between a copy's name and the paper copied: "sao y cái …", "sao y giấy chứng nhận …". */
const COPIED_PAPER_WORDS = new Set(['cai', 'to', 'ban', 'giay', 'chung', 'nhan']);
/** Words between a paper and the copy asked of it ("giấy … e muốn sao y"). */
const COPY_LEADS = new Set(['e', 'em', 'toi', 'tui', 'minh', 'muon', 'can', 'xin', 'di', 'dem', 'mang', 'de', 'thi']);
/** Family or friends visiting for a few days ("con gái dưới quê lên ở chơi chừng một tuần", "về ăn Tết ở 5 hôm"). */
// ("anh chị tôi ngoài Hà Nội vào ở nhà tôi chừng 5 ngày": come to stay, a few days)
const SHORT_VISIT = / (?:(?:len|ve|xuong|vao|ra|o|sang|toi|den) choi|(?:len|ve|xuong|vao|ra|sang|toi|den) o|ngu nho|o nho|an tet)(?: \S+){0,6} (?:\d+|vai|may|mot|hai|ba|bon|nam) (?:hom|ngay|dem|tuan|bua) /;
/** A room rented, or a stay of months: a tenant's temporary residence, not a visit. */
const RENTS = / (?:thue|tro|thang|nam|lau dai|o han) /;
/** Guests who stay with the writer ("2 đứa nhỏ về ở với em 2 tuần ở phòng trọ"): a visit, wherever the writer lives. */
const STAYS_WITH_WRITER = / o (?:chung )?voi (?:em|e|toi|tui|minh|chau|con|anh|chi|co|chu|bac) /;
/** "(hộ) khẩu … có phải (về|đi) cắt/xoá không", "… hay tự (động) xoá": whether the old registration must be removed. */
const OLD_ONE_REMOVED = / (?:ho khau|khau)(?: \S+){0,8} (?:co )?(?:phai|bat buoc)(?: \S+){0,4} (?:cat|xoa)(?: \S+){0,3} (?:khong|ko|k|hong|hok|hay|ha)(?: |$)|(?:ho khau|khau)(?: \S+){0,10} (?:tu dong|tu) xoa /;
const REMOVAL = 'xoa-dang-ky-thuong-tru';
const TEMPORARY_RESIDENCE = 'dang-ky-tam-tru';
const STAY_NOTICE = 'thong-bao-luu-tru';
/** A yes-or-no question of must or may: a modal, then a closing question word. */
const MUST_OR_MAY = / (?:phai|duoc|can|bat buoc|co the) (?:\S+ ){0,8}(?:khong|ko|k|hong|hok|hk|chua|ha|chu)(?: (?:a|ad|admin|em|anh|chi|vay|nhi))? $/;
/** "ông bị liệt, có trợ cấp khuyết tật ko": whether one has it — unless only a guess is checked ("… có đúng không"). */
const HAS_IT = / co (?:\S+ ){0,8}(?:khong|ko|k|hong|hok|hk|chua|ha|chu)(?: (?:a|ad|admin|em|anh|chi|vay|nhi))? $/;
const CHECKS_GUESS = / (?:dung|that|phai) (?:vay |the |roi )?(?:khong|ko|k|hong|hok|hk)(?: (?:a|ad|admin|em|anh|chi|vay|nhi))? $/;
/** Words of doing things in one go ("cùng một lúc", "một lần", "làm chung"). */
const ONE_GO = / (?:cung mot luc|cung luc|mot lan|1 lan|mot luot|lam chung|gop chung|dong thoi) /;
/** An open question word: what the clause asks (not yes or no). */
const OPEN_ASK = / (?:dau|gi|j|nao|bao lau|bao nhieu|bao gio|khi nao|the nao|ra sao|lam sao|thi sao|may ngay|(?:o|cho|di|ra|len|ve) mo|(?:giay|cai|lam|can) chi) /;
/** A clause that ends asking whether it may (still) be done ("… thì có được không hay bị phạt"). */
const MAY_IT = / (?:duoc|dc) (?:khong|ko|k|hong|hok|chua|ha)(?: hay (?:bi )?phat)?(?: (?:a|ad|admin|em|anh|chi|vay|nhi|ta))? $/;
/** Words before a paper named as what one receives ("lấy được trích lục", "có trích lục"). */
const RECEIVED = new Set(['lay', 'nhan', 'co', 'duoc', 'dc']);
/**
 * Who a residence or a paper belongs to, told before its name ("ảnh thường trú Long An", "bản sao khai sinh"), what
 * befalls one ("bị xoá hộ khẩu"), or when ("sau khi giám hộ thì …").
 */
const TOLD_BEFORE = new Set(['bi', 'anh', 'chi', 'em', 'toi', 'tui', 'minh', 'vo', 'chong', 'ban', 'ma', 'me', 'bo', 'ba', 'ong', 'khi']);
/**
 * "muốn làm giấy uỷ quyền cho má lãnh tiền bhxh 1 lần thay, chứng thực chữ ký ở đâu": of the procedures named, the
 * only one named in the last clause that asks openly is what is asked; the others, named before, tell the story.
 */
function namedInAskingClause(tokens: readonly string[], starts: ReadonlySet<number>, spans: readonly { cls: string; start: number; end: number }[], channel: (cls: string) => boolean): string | null {
  // (a procedure named as what one has, lacks or brings is the story, wherever it is told; so is the ground of a
  // claim, "theo diện hưởng thất nghiệp")
  const told = (h: { start: number; end: number }) => TOLD_BEFORE.has(tokens[h.start - 1] ?? '') || tokens.slice(Math.max(0, h.start - 2), h.start).includes('dien') || carriedPaper(tokens, h.start, h.end) || hadAlready(tokens, h.start, h.end) || notYetDoneIf(tokens, h) || prerequisite(tokens, h.start, h.end);
  const bounds = [0, ...[...starts].sort((a, b) => a - b), tokens.length];
  for (let i = bounds.length - 2; i >= 1; i--) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    // (or the last clause asks whether it may be done: "ông mất hơn 20 năm rồi, giờ còn khai tử được không")
    // (the portal named there is the way it is done, "… trên cổng dịch vụ công được không", not what is asked)
    const clause = ` ${tokens.slice(from, to).join(' ')} `;
    const open = OPEN_ASK.test(clause);
    if (!open && !(i === bounds.length - 2 && MAY_IT.test(clause))) continue;
    // ("khác tạm trú chỗ nào": a comparison; "bao lâu thì lấy được trích lục": the paper received at the end)
    if (tokens.slice(from, to).includes('khac')) return null;
    const inClause = spans.filter((h) => h.cls.startsWith(PROC) && h.start >= from && h.end <= to && (open || !channel(h.cls)));
    const inside = new Set(inClause.filter((h) => !told(h)).map((h) => h.cls));
    if (inClause.some((h) => inside.has(h.cls) && RECEIVED.has(tokens[h.start - 1] ?? ''))) return null;
    const before = spans.some((h) => h.cls.startsWith(PROC) && h.end <= from && !inside.has(h.cls));
    return inside.size === 1 && before ? [...inside][0] : null;
  }
  return null;
}

/** `label` takes the first place's score and the first its own (sorted again): as sure as the first was. */
function putFirst(scored: { label: string; score: number }[], label: string): void {
  const at = scored.findIndex((x) => x.label === label);
  if (at <= 0) return;
  [scored[0].score, scored[at].score] = [scored[at].score, scored[0].score];
  scored.sort((a, b) => b.score - a.score);
}

/** Build synchronously (CLI, tests). */
export function buildMatcher(input: MatcherInput): Matcher {
  return runSteps(buildMatcherSteps(input));
}

/**
 * Build in slices of about `sliceMs`, giving the event loop back in between, so that a live reload of a
 * province-sized catalogue never stops the running bot from answering.
 */
export async function buildMatcherAsync(input: MatcherInput, sliceMs = 1): Promise<Matcher> {
  const steps = buildMatcherSteps(input);
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/** The build as a generator: it yields at safe points between pieces of work. */
function* buildMatcherSteps(input: MatcherInput): Generator<void, Matcher, void> {
  // vocabulary first (for Telex and typo correction), from everything we were taught
  const vocabulary = new Map<string, number>();
  const pairs = new Set<string>();
  const addVocab = (text: string) => {
    let prev = '';
    for (const w of fold(text.normalize('NFC').toLowerCase()).split(/[^a-z0-9]+/)) {
      if (!w) continue;
      vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
      if (prev) pairs.add(`${prev} ${w}`);
      prev = w;
    }
  };
  for (const d of input.intents) {
    if (d.intent === 'aspect') continue; // (kept out so they change only the aspect reading)
    d.phrases.forEach(addVocab);
    d.keywords?.forEach(addVocab);
    yield;
  }
  let added = 0;
  for (const p of input.procedures) {
    addVocab(p.name);
    p.aliases?.forEach(addVocab);
    if (++added % 64 === 0) yield;
  }
  yield;
  for (const v of Object.values(input.lexicon)) addVocab(v);
  yield;
  const normalizer: Normalizer = yield* normalizerSteps({ lexicon: input.lexicon, vocabulary, pairs });
  yield;
  const norm = (text: string) => normalizer.tokens(text).map((t: Token) => t.f);
  // place names: the lexicon's values written with a capital ("ben tre: Bến Tre"), as folded token runs
  const placeNames = [...new Set(Object.values(input.lexicon).filter((v) => /^\p{Lu}/u.test(v)))].map(norm).filter((t) => t.length > 0);
  // (indexed by first word, longest first: the place named at a word, if any)
  const placesByFirst = new Map<string, string[][]>();
  for (const p of placeNames) placesByFirst.set(p[0], [...(placesByFirst.get(p[0]) ?? []), p].sort((a, b) => b.length - a.length));
  yield;
  const placeHere = (tokens: readonly string[], i: number) => placesByFirst.get(tokens[i])?.find((q) => q.every((w, j) => tokens[i + j] === w));
  const placeAt = (tokens: readonly string[], i: number) => placeHere(tokens, i) !== undefined;
  // (the classifier learns nothing from where a citizen lives: "mình ở Bình Dương cũ … nộp chỗ nào" asks nothing of a
  // passport, whatever phrases of it name Bình Dương — each place name is one placeholder word)
  const feats = (tokens: string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const p = placeHere(tokens, i);
      if (p) { out.push(PLACE); i += p.length - 1; } else out.push(tokens[i]);
    }
    return features(out);
  };

  const known = new Set(input.procedures.map((p) => p.id));
  const training = new NaiveBayesTraining();
  const keywords = new Map<string, Keyword[]>();
  // each procedure's keywords, names and aliases as folded phrases (for `echoes`)
  const ownPhrases = new Map<string, string[]>();
  const addKeyword = (cls: string, typed: Token[], exact = false) => {
    const tokens = typed.map((t) => t.f);
    if (!tokens.length) return;
    const list = keywords.get(tokens[0]) ?? [];
    // an out-of-scope keyword is not what was typed with other diacritics: "rứa tiền nong hết bây nhiêu" (vậy tiền)
    // is no loan ("vay tiền"); any other keyword, when none of its accented words agrees ("bảo tự" is no "báo tử")
    const accents = typed.some((t) => t.a !== undefined) ? typed.map((t) => t.a ?? t.f) : undefined;
    if (!list.some((k) => k.cls === cls && k.tokens.join(' ') === tokens.join(' '))) list.push({ cls, tokens, accents, strict: exact || cls === OOS });
    keywords.set(tokens[0], list);
    if (cls.startsWith(PROC)) {
      const id = cls.slice(PROC.length);
      const own = ownPhrases.get(id);
      if (own) own.push(` ${tokens.join(' ')} `);
      else ownPhrases.set(id, [` ${tokens.join(' ')} `]);
    }
  };
  let phraseCount = 0;
  // out-of-scope markers, by the folded form of their first word (a message tries only those its words start)
  const markers = new Map<string, Marker[]>(); // exact markers: every word as written
  const looseMarkers = new Map<string, Token[][]>();
  const byFirst = <T extends Token[]>(index: Map<string, T[]>, m: T) => index.set(m[0].f, [...(index.get(m[0].f) ?? []), m]);
  const fallbacks = new Set(input.intents.filter((d) => d.fallback && d.procedure).map((d) => `${PROC}${d.procedure}`));
  const onlineByNature = new Set(input.intents.filter((d) => d.onlineByNature && d.procedure).map((d) => d.procedure));
  const bundles = new Map<string, Set<string>>();
  // variant → its base; refinement → the procedures it refines; each with the words that mark it
  const variants = new Map<string, { base: string }>();
  const refined = new Map<string, Set<string>>();
  const marksByFirst = new Map<string, { label: string; mark: Mark }[]>(); // by their first word: one scan
  let scanned = 0;
  for (const d of input.intents) {
    if (++scanned % 64 === 0) yield;
    if (d.procedure && known.has(d.procedure) && d.includes?.length) bundles.set(d.procedure, new Set(d.includes.filter((x) => known.has(x))));
    if (!d.procedure || !known.has(d.procedure) || !d.marks?.length) continue;
    const label = `${PROC}${d.procedure}`;
    const isVariant = !!d.variantOf && known.has(d.variantOf);
    const refines = (d.refines ?? []).filter((x) => known.has(x));
    if (isVariant) variants.set(label, { base: `${PROC}${d.variantOf}` });
    if (refines.length) refined.set(d.procedure, new Set(refines));
    if (!isVariant && !refines.length) continue;
    for (const m of d.marks) {
      const mark = m.split(/…|\.\.\./).map((part) => normalizer.tokens(part)).filter((part) => part.length > 0);
      if (mark.length) marksByFirst.set(mark[0][0].f, [...(marksByFirst.get(mark[0][0].f) ?? []), { label, mark }]);
    }
  }
  // a cue whose word the bot does not know is read as the known word it is one letter from: said, not silently used
  // (a word the lexicon rewrites, "cccd", is read as meant)
  const lexiconWords = new Set(Object.keys(input.lexicon).map((k) => fold(k.normalize('NFC').toLowerCase()).split(/\s+/)[0]));
  const misread: string[] = [];
  function checkReading(text: string, read: readonly Token[]) {
    const words = fold(text.normalize('NFC').toLowerCase()).split(/[^a-z0-9]+/).filter(Boolean);
    if (words.some((w) => lexiconWords.has(w))) return;
    // ("kí" and "ký" are one spelling)
    const got = read.map((t) => t.f.replace(/y$/, 'i'));
    if (words.some((w) => !got.includes(w.replace(/y$/, 'i')))) misread.push(`${text} → ${read.map((t) => t.f).join(' ')}`);
  }
  // how each aspect is asked, learnt from its phrases: read when no cue names the aspect ("có chát không")
  const aspectTraining = new NaiveBayesTraining();
  let aspectPhrases = 0;
  for (const d of input.intents) {
    if (d.intent !== 'aspect' || !d.aspect) continue;
    for (const p of d.phrases) {
      // (one phrase per slice: their words are not in the vocabulary, so each may go through typo correction)
      aspectTraining.add(d.aspect, feats(norm(p)));
      aspectPhrases++;
      yield;
    }
  }
  for (const d of input.intents) {
    if (d.intent === 'aspect') continue;
    const cls = d.intent === 'procedure' ? `${PROC}${d.procedure}` : `${INT}${d.intent}`;
    if (d.intent === 'procedure' && (!d.procedure || !known.has(d.procedure))) continue;
    for (const p of d.phrases) {
      training.add(cls, features(norm(p)));
      if (++phraseCount % 8 === 0) yield;
    }
    for (const m of d.markers ?? []) { const t = normalizer.tokens(m); checkReading(m, t); if (t.length) byFirst(looseMarkers, t); }
    for (const m of d.exactMarkers ?? []) { const t = normalizer.tokens(m); checkReading(m, t); if (t.length) byFirst(markers, t); }
    // (exact keywords are keywords too, matched only as written)
    for (const [k, exact] of [...(d.keywords ?? []).map((k) => [k, false] as const), ...(d.exactKeywords ?? []).map((k) => [k, true] as const)]) {
      const typed = normalizer.tokens(k);
      checkReading(k, typed);
      training.add(cls, features(typed.map((t) => t.f)), 2);
      addKeyword(cls, typed, exact);
    }
  }
  // consecutive words of procedure names and aliases ("can cuoc", "khai sinh")
  const nameBigrams = new Set<string>();
  const ownNameBigrams = new Map<string, Set<string>>(); // from the official name only (aliases are loose)
  for (const p of input.procedures) {
    const cls = `${PROC}${p.id}`;
    const official = norm(p.name);
    ownNameBigrams.set(p.id, new Set(wordPairs(official).filter((b) => !GENERIC_NAME_PAIRS.has(b) && !ACTION_TAILS.has(b.split(' ')[0]))));
    // the official name and each alias typed in full name the procedure
    for (const typed of [p.name, ...(p.aliases ?? [])].map((n) => normalizer.tokens(n))) {
      const name = typed.map((t) => t.f);
      for (const pair of wordPairs(name)) if (!ACTION_PAIRS.includes(pair)) nameBigrams.add(pair);
      training.add(cls, features(name), 2);
      addKeyword(cls, typed);
    }
    yield;
  }
  const nb = yield* training.finish();
  const aspectNb = aspectPhrases ? yield* aspectTraining.finish() : null;

  /**
   * The aspect the learnt phrases favour, when sure enough and not the overview (the default anyway); `tokens` without
   * the words that name procedures.
   */
  function learnedAspect(tokens: readonly string[]): Aspect | null {
    if (!aspectNb) return null;
    const scored = aspectNb.score(feats(tokens.filter((t) => t !== '_')));
    const [top, second] = scored;
    if (!top || top.label === 'overview') return null;
    const p = 1 / scored.reduce((z, x) => z + Math.exp((x.score - top.score) / TEMPERATURE), 0);
    return p >= LEARNED_ASPECT && (!second || top.score > second.score) ? (top.label as Aspect) : null;
  }

  function isRelated(x: string, y: string): boolean {
    if (x === y || bundles.get(x)?.has(y) || bundles.get(y)?.has(x)) return true;
    const a = ownNameBigrams.get(x);
    const b = ownNameBigrams.get(y);
    return !!a && !!b && [...a].some((pair) => b.has(pair));
  }

  function keywordHits(tokens: string[], typed: Token[], denied: readonly { start: number; end: number }[] = []): { strength: Map<string, number>; spans: { cls: string; start: number; end: number }[]; story: { cls: string; start: number; end: number }[] } {
    const hits: { cls: string; start: number; end: number }[] = [];
    const asWritten = (k: Keyword, i: number) => !k.accents || typedAgrees(k.accents, typed, i, k.strict);
    for (let i = 0; i < tokens.length; i++) {
      for (const k of keywords.get(tokens[i]) ?? []) {
        let ok = i + k.tokens.length <= tokens.length;
        for (let j = 1; ok && j < k.tokens.length; j++) ok = tokens[i + j] === k.tokens[j];
        ok &&= asWritten(k, i);
        if (ok) hits.push({ cls: k.cls, start: i, end: i + k.tokens.length });
      }
    }
    // a match inside a longer match of another class does not count ("khai sinh" inside "đăng ký lại khai sinh"),
    // nor one that names a place ("về nơi đăng ký khai sinh hồi xưa")
    const places = [...recordPlaces(tokens, typed.map((t) => t.a)), ...contactedAgencies(tokens)];
    // (nor one the citizen says the matter is not: "chứ không phải cấp lại")
    const kept = hits.filter((h) => !(h.cls.startsWith(PROC) && within(denied, h.start)) && !(h.cls === OOS && (purpose(tokens, h.start) || askedAsRequired(tokens, h.start) || letsAsk(tokens, h.end) || namesPaperOf(tokens, h.start))) && !(h.cls === COMPLAINT && ownLateness(tokens, h.start, h.end)) && !(h.cls === OFFICE && (ownContact(tokens, h.start, h.end) || addressedTo(tokens, h.start))) && !(h.cls === HUMAN && ownStaff(tokens, h.start, h.end)) && !residenceStatement(tokens, h.start, h.end, (i) => placeAt(tokens, i)) && !toldToDoIt(tokens, h.start, h.end) && !renamedPlace(tokens, h.start, h.end) && !thatFile(tokens, h.start, h.end) && !places.some(([s, e]) => h.start >= s && h.end <= e) && !hits.some((o) => o.cls !== h.cls && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
    // "có con chung nhưng chưa đăng ký kết hôn, giờ muốn làm thủ tục nhận con": a procedure not yet done is the
    // situation when another procedure is named for itself
    // (a match overlapping one told as not had is not had either: "không có tài khoản định danh mức 2")
    // (nor one told done, "nhận con xong rồi đổi họ cho nó …": the step after it is asked)
    // (nor one had already, "có VNeID rồi thì nộp hồ sơ trợ cấp online được không": the other is asked)
    // (a span of h's own class that holds h — h itself included — and is told so: the words inside its name go with it)
    const withinOwn = (h: { cls: string; start: number; end: number }, told: (o: { start: number; end: number }) => boolean) =>
      kept.some((o) => o.cls === h.cls && o.start <= h.start && o.end >= h.end && told(o));
    // ("photo công chứng giấy đăng ký kết hôn làm ở đâu": the paper a certified copy is made of, named right after it)
    // (or named just before it: "giấy đăng ký kết hôn e muốn sao y vài bản thì chứng thực ở đâu")
    // (with the paper's own leading words between: "sao y giấy chứng nhận đăng ký hộ kinh doanh 5 bản")
    const afterCopy = (o: { start: number; end: number }) => kept.some((c) => c.cls === `${PROC}${CERTIFIED_COPY}` && ((c.end <= o.start && o.start - c.end <= 4 && tokens.slice(c.end, o.start).every((t) => COPIED_PAPER_WORDS.has(t)))
      || (c.start >= o.end && c.start - o.end <= 3 && tokens.slice(o.end, c.start).every((t) => COPY_LEADS.has(t)))));
    const copied = (h: { cls: string; start: number; end: number }) => h.cls !== `${PROC}${CERTIFIED_COPY}` && withinOwn(h, afterCopy);
    // (nor the words inside a longer name told done: "bao tử" of "bệnh viện đã cấp giấy báo tử, …"; nor a copied paper)
    const notHad = (h: { cls: string; start: number; end: number }) => notYetDone(tokens, h.start) || tokens[h.end] === 'xong' || hadAlready(tokens, h.start, h.end)
      || beingReceived(tokens, h.start)
      || kept.some((o) => o.cls === h.cls && o.start < h.start && o.end > h.start && notYetDone(tokens, o.start))
      || withinOwn(h, (o) => toldDone(tokens, o.start, o.end))
      || copied(h);
    const named = kept.filter((h) => h.cls.startsWith(PROC) && !notHad(h));
    const counted = named.length ? kept.filter((h) => !(h.cls.startsWith(PROC) && notHad(h) && !named.some((o) => o.cls === h.cls))) : kept;
    const byClass = new Map<string, number>();
    for (const h of counted) byClass.set(h.cls, Math.max(byClass.get(h.cls) ?? 0, h.end - h.start));
    // (a procedure told done before another is named is the story: its words are not read for the class either)
    // (every span of a procedure told done that counts no keyword: "vừa đăng ký thành lập công ty TNHH xong")
    // (so is a benefit being received: "đang hưởng trợ cấp người cao tuổi …, giờ muốn làm giấy báo tử")
    const doneClasses = new Set(kept.filter((h) => h.cls.startsWith(PROC) && (toldDone(tokens, h.start, h.end) || beingReceived(tokens, h.start))).map((h) => h.cls));
    const told = named.length ? kept.filter((h) => doneClasses.has(h.cls) && notHad(h) && !named.some((o) => o.cls === h.cls)) : [];
    // (the copied paper's words belong to the copy's span: they ask nothing of their own, "giấy …" no papers; nor are
    // they read for the class: "sao y cái giấy chứng nhận đăng ký hộ kinh doanh 3 bản" asks a copy)
    const copiedPapers = kept.filter((h) => copied(h) && h.cls.startsWith(PROC));
    const copiedSpans = copiedPapers.map((h) => ({ ...h, cls: `${PROC}${CERTIFIED_COPY}` }));
    return { strength: byClass, spans: copiedSpans.length ? [...counted, ...copiedSpans] : counted, story: [...told, ...copiedPapers] };
  }

  /**
   * The aspect, read without the words that name the procedure itself: "VNeID" is the topic of
   * "kích hoạt VNeID mức 2 làm sao", not a question about doing it online. `all`: the aspect of the whole text.
   */
  function aspectWithout(tokens: string[], clauseStarts: ReadonlySet<number>, spans: { cls: string; start: number; end: number }[], cls: string, all: ReturnType<typeof detectAspect>) {
    const mine = spans.filter((s) => s.cls === cls);
    if (!mine.length) return all;
    // when the procedure's own words were the only cue ("lý lịch tư pháp trên VNeID"), they are the question
    // (a record the procedure issues, named as a paper, stays a paper: "có cần giấy chứng tử không" in a chat about
    // registering the death asks for papers, not whether it must be done)
    // (not one lacked: "không có giấy báo tử" is the condition told)
    // (a permit named by the procedure's own words is the procedure: "quán ăn có cần giấy vsattp không" asks whether
    // it is required, not which papers to bring)
    const permits = mine.flatMap((h) => {
      const lead = PERMIT_LEADS.find((w) => tokens.slice(h.start - w.length, h.start).join(' ') === w.join(' '));
      return lead && !RECORD_PAPER.test(tokens.slice(h.start - lead.length, h.end).join(' ')) ? [{ start: h.start - lead.length, end: h.start }] : [];
    });
    const masked = maskSpans(tokens, [...mine, ...permits]).map((t, i) => (t === '_' && tokens[i] === 'giay' && ASKED_PAPER.has(tokens[i - 1]) && mine.some((h) => h.start === i && RECORD_PAPER.test(tokens.slice(i, h.end).join(' '))) ? 'giay' : t));
    const rest = detectAspect(clauseText(masked, clauseStarts));
    // the portal's own name asks nothing about the portal procedure ("muốn nộp hồ sơ trên cổng dịch vụ công mà
    // không biết bắt đầu từ đâu": how to go about it)
    if (!rest && fallbacks.has(cls)) return null;
    // only a weak cue left ("được chưa") after masking "đăng ký kết hôn trực tuyến": the keyword's own words ask
    // (but for a procedure done online by its nature, "làm vneid mức 2 … được không" asks whether it may be done: its own
    // online word is no question of the channel)
    const ownChannel = all?.aspect === 'online' && onlineByNature.has(cls.slice(PROC.length));
    if (!rest || (all && rest.score < 2 && all.score > rest.score && !ownChannel)) return all;
    return rest;
  }

  function analyze(text: string, options: { keywords?: boolean; ownPart?: boolean; receipt?: boolean } = {}): Analysis {
    const clauses = normalizer.clauses(text);
    // (each clause's folded words, made only when a rule reads clauses)
    let folds: string[][] | undefined;
    const clauseWords = () => (folds ??= clauses.map((c) => c.map((t) => t.f)));
    // "nhà bà hàng xóm có mấy đứa cháu lên chơi, bà nói phải báo lưu trú. còn tui thì cho 2 sv thuê phòng trọ thì tui
    // phải làm gì": someone else's matter told, then the citizen's own, after "còn tui" — the own part decides when
    // it names a procedure of its own
    // (the words from a token on, as a text of their own)
    const wordsFrom = (at: number) => clauses.flat().slice(at).map((t) => t.f).join(' ');
    const own = options.ownPart === false ? -1 : ownPartStart(clauses, hasDiacritics(text));
    if (own > 0) {
      const whole = analyze(text, { ...options, ownPart: false });
      const mine = analyze(wordsFrom(own), { ...options, ownPart: false });
      const differs = whole.intent === 'procedure' && mine.intent === 'procedure' && !mine.followup && mine.procedure !== whole.procedure;
      return differs && mine.confidence >= OWN_PART_TRUSTED && (mine.keywordStrength > 0 || mine.marked.length > 0) ? { ...mine, tokens: whole.tokens, normalized: whole.normalized } : whole;
    }
    // what the citizen means instead of what they wrote first decides: the procedure it names, or else its aspect
    const corrected = options.ownPart === false ? null : correction(clauses);
    const meantText = corrected ? wordsFrom(corrected.start) : '';
    if (corrected && meantText) {
      const whole = analyze(text, { ...options, ownPart: false });
      const meant = analyze(meantText, { ...options, ownPart: false });
      const keep = { tokens: whole.tokens, normalized: whole.normalized, accents: whole.accents };
      if (meant.intent === 'procedure' && !meant.followup && (meant.keywordStrength > 0 || (meant.marked.length > 0 && meant.confidence >= OWN_PART_TRUSTED))) {
        // (the question asked first still stands when only the procedure is corrected, in a few words: "làm hộ chiếu mất
        // bao lâu ạ, à không ý em là cấp lại căn cước, …" — not when a story replaces it: "… quá hạn có bị phạt không. À
        // không, ý tôi là con tôi làm khai sinh rồi nhưng mất giấy, …")
        const onlyRenamed = corrected.clauseEnd - corrected.start <= 5;
        const aspect = meant.aspectScore === 0 && whole.aspectScore > 0 && onlyRenamed ? whole.aspect : meant.aspect;
        return { ...meant, ...keep, aspect };
      }
      if (whole.intent === 'procedure' && meant.aspect && meant.aspectScore >= whole.aspectScore) return { ...whole, aspect: meant.aspect };
      return whole;
    }
    const typed = clauses.flat();
    const tokens = typed.map((t) => t.f);
    const clauseStarts = new Set<number>();
    for (let i = 0, at = 0; i < clauses.length; at += clauses[i].length, i++) if (at > 0) clauseStarts.add(at);
    const folded = tokens.join(' ');
    const asking = askingWords(typed);
    const aspectHit = detectAspect(clauseText(asking, clauseStarts));
    const empty: Analysis = {
      intent: 'out_of_scope', procedure: null, aspect: null, confidence: 0, candidates: [], normalized: folded,
      keywordStrength: 0, followup: false, aspectScore: aspectHit?.score ?? 0, tokens, accents: typed.map((t) => t.a),
      outOfScopeEvidence: false, contextMention: false, namedBy: [], voiced: false, marked: [], namesTopic: wordPairs(tokens).some((pair) => nameBigrams.has(pair)),
    };
    // (the application the code is for, when named, is kept as what the status check is about: "tra cứu hồ sơ đăng ký
    // hộ kinh doanh …, biên nhận số HKD-0452/2025" → "nếu bị trả về thì nộp lại ở xã hay lên tỉnh")
    if (options.receipt !== false && extractReceiptCode(text)) {
      const named = analyze(text, { ...options, receipt: false });
      return { ...empty, candidates: named.candidates, keywordStrength: named.keywordStrength, intent: 'status', confidence: 0.97, voiced: true };
    }
    if (!tokens.length) return empty;
    // ("đây là làm lần đầu chứ không phải cấp lại": what the matter is not counts for no procedure, as keyword, mark or word)
    // (nor what the citizen says they asked before, when the rest names a procedure: "lúc nãy em hỏi vụ lý lịch tư pháp
    // rồi, giờ em làm hộ chiếu …")
    const saidNot = deniedSpans(tokens, clauseStarts);
    const earlier = options.keywords === false ? [] : askedEarlierSpans(tokens, clauseStarts);
    let denied = saidNot;
    let hits = options.keywords === false ? { strength: new Map<string, number>(), spans: [], story: [] } : keywordHits(tokens, typed, denied);
    if (earlier.length) {
      const without = keywordHits(tokens, typed, [...saidNot, ...earlier]);
      const marksOutside = typed.some((t, i) => !within(earlier, i) && (marksByFirst.get(t.f) ?? []).some(({ mark }) => markAt(typed, i, mark, clauseStarts)));
      if (marksOutside || [...without.strength].some(([label, n]) => label.startsWith(PROC) && n > 0)) [denied, hits] = [[...saidNot, ...earlier], without];
    }
    // (a marker matches by its letters, unless every word typed with diacritics disagrees: "còn bố tôi" is no "con bò")
    // (a marker told as the purpose of a procedure named or of a question asked, "bao lâu có hộ chiếu, em cần gấp để nộp
    // visa", "bao lâu thì có phiếu, lịch nộp visa gấp lắm", marks nothing: the procedure is asked about)
    const namesOne = [...hits.strength].some(([label, n]) => label.startsWith(PROC) && n > 0);
    // (nor a marketplace one sells on, when registering is asked: "bán hàng online trên shopee có cần đăng ký ko")
    const sellsOn = (i: number) => (tokens[i - 1] === 'tren' || tokens[i - 1] === 'qua') && tokens.slice(Math.max(0, i - 6), i - 1).includes('ban')
      && / (?:dang ky|kinh doanh|giay phep) /.test(` ${folded} `) && !/ tai khoan /.test(` ${folded} `); // (not the shop's account)
    // ("… mất bao lâu để còn kịp xin visa", "e có deadline nộp visa cuối tháng": applied for, or due, after it)
    // (nor an outing told as where a loss happened: "làm căn cước mới thế nào, tối qua đi đá banh bị móc túi mất cả ví")
    const pastOuting = (i: number) => namesOne && tokens[i - 1] === 'di' && tokens.slice(Math.max(0, i - 4), i - 1).some((t) => WHEN_PAST.has(t));
    // ("e muốn vay vốn ngân hàng chính sách, họ bảo phải có giấy chứng nhận hộ cận nghèo": what the marker's business
    // requires, told after it, is asked)
    const requiredAfter = (i: number) => namesOne && REQUIRED_BY_THEM.test(` ${tokens.slice(i, i + 14).join(' ')} `);
    // (nor one inside what the matter is said not to be, or was asked before: "lúc nãy em hỏi về đăng ký sim chính chủ
    // rồi, giờ …")
    // (nor a court named as whose decision is held, when a procedure is named: "ly hôn theo quyết định của tòa án, nay
    // muốn kết hôn lại thì cần giấy gì")
    const courtsPaper = (i: number) => namesOne && tokens[i - 1] === 'cua' && (tokens[i - 2] === 'dinh' || tokens[i - 2] === 'an');
    const asPurpose = (i: number) => within(denied, i) || courtsPaper(i) || ((namesOne || (aspectHit?.score ?? 0) >= 2) && PURPOSE_VERBS.has(tokens[i - 1]) && tokens.slice(Math.max(0, i - 4), i - 1).some((t) => PURPOSE_WORDS.has(t))) || sellsOn(i) || pastOuting(i) || requiredAfter(i);
    // (the exceptions are weighed only where a marker stands)
    const marked = typed.some((t, i) => (markers.get(t.f) ?? []).some((m) => m.every((w, j) => sameWord(typed[i + j], w))) && !asPurpose(i))
      || typed.some((t, i) => (looseMarkers.get(t.f) ?? []).some((m) => m.every((w, j) => typed[i + j]?.f === w.f) && typedAgrees(m.map((w) => w.a ?? w.f), typed, i)
        // ("giấy khai sinh con lon 5 tuoi", typed without marks: the elder child, "con lớn", not a pig)
        && !(m.every((_, j) => typed[i + j]?.a === undefined) && /^\d+$/.test(tokens[i + m.length] ?? '') && tokens[i + m.length + 1] === 'tuoi')) && !asPurpose(i));
    const kw = hits.strength;
    // ("đổi tên xong thì thẻ căn cước có phải làm lại ko": the card made again for new details is a new card, not one
    // lost — "làm lại" marks no re-issue when the details are told changed)
    // (read only when such a mark is found)
    let changed: boolean | undefined;
    const detailsChanged = () => (changed ??= DETAILS_CHANGED.test(` ${folded} `));
    const markedVariants = new Set<string>();
    const markedBeyondAgain = new Set<string>(); // of those, by a mark that says more than "again"
    const markedLost = new Set<string>(); // of those, marked by a paper's loss ("sổ hộ khẩu … mất lâu")
    typed.forEach((t, i) => {
      for (const { label, mark } of marksByFirst.get(t.f) ?? []) {
        if (!markAt(typed, i, mark, clauseStarts) || (isAgainMark(mark) && detailsChanged()) || markToldDone(tokens, i) || within(denied, i) || placeNoLonger(tokens, i) || timeBefore(tokens, i)) continue;
        markedVariants.add(label);
        if (!isAgainMark(mark)) markedBeyondAgain.add(label);
        if (mark.some((part) => part.some((w) => LOSS_WORDS.has(w.f)))) markedLost.add(label);
      }
    });
    // two parts of a combined procedure asked for together ("khai sinh là có luôn thẻ BHYT") name the combined
    // one, more strongly than either part; without a word of togetherness one part is often context
    // ("bố mẹ thường trú ở xã khác thì khai sinh ở đâu")
    const together = new Set<string>();
    if (TOGETHER.test(` ${folded} `)) for (const [whole, parts] of bundles) {
      const named = [...parts].map((x) => kw.get(`${PROC}${x}`) ?? 0).filter((n) => n > 0);
      if (named.length >= 2) {
        kw.set(`${PROC}${whole}`, Math.max(kw.get(`${PROC}${whole}`) ?? 0, named.reduce((x, y) => x + y, 0)));
        together.add(whole);
      }
    }
    // ("hộ khẩu cũ ở quê có phải về cắt không", "… có phải đi xoá ko hay tự động": whether the old registration must be
    // removed, asked with the book named apart from the verb — removing it, not the move that prompts the question;
    // "có phải về quê cắt khẩu trước không" asks a step before the move, and stays as it reads)
    if (folded.includes('khau') && OLD_ONE_REMOVED.test(` ${folded} `) && !/ truoc /.test(` ${folded} `) && known.has(REMOVAL)) {
      kw.set(`${PROC}${REMOVAL}`, Math.max(kw.get(`${PROC}${REMOVAL}`) ?? 0, 2));
    }
    // ("làm liên thông 3 thủ tục cho bé thì bao lâu có thẻ bhyt": the combined procedure named by its own word, one part
    // asked about — the one combined procedure that has that part)
    if (COMBINED.test(` ${folded} `) && !together.size) {
      const holding = [...bundles].filter(([, parts]) => [...parts].some((x) => (kw.get(`${PROC}${x}`) ?? 0) > 0));
      if (holding.length === 1) {
        const [whole, parts] = holding[0];
        kw.set(`${PROC}${whole}`, Math.max(kw.get(`${PROC}${whole}`) ?? 0, 1 + Math.max(...[...parts].map((x) => kw.get(`${PROC}${x}`) ?? 0))));
      }
    }
    const read = intentCue(folded);
    // (a weak grievance cue shouted says the grievance outright: "… TỚI TRƯA BẢO HẾT SỐ THỨ TỰ. Ai chịu nổi???")
    const cue = read && read.intent === 'complaint' && read.weight < OUTRIGHT && shouts(text) ? { intent: read.intent, weight: OUTRIGHT + 1 } : read;
    // a status, a person or a grievance said outright ("hồ sơ xin phiếu lý lịch tư pháp của tôi tới đâu rồi"): the
    // procedure named is what it is about, its keywords no longer count
    const outright = (cue?.weight ?? 0) >= OUTRIGHT;
    const unsaid = [...hits.story, ...denied];
    const scored = nb.score(feats(unsaid.length ? maskSpans(tokens, unsaid) : tokens)).map((s) => ({
      label: s.label,
      // a marker says "whatever procedure it names": the procedure's own keywords no longer count
      score: (s.score + ((marked || outright) && s.label.startsWith(PROC) ? 0 : keywordWeight(s.label) * (kw.get(s.label) ?? 0)) + (cue && s.label === `${INT}${cue.intent}` ? cue.weight : 0)
        + (marked && s.label === `${INT}out_of_scope` ? MARKER_WEIGHT : 0)) / TEMPERATURE,
    }));
    scored.sort((a, b) => b.score - a.score);
    // ("quán tôi nộp hồ sơ xin giấy chứng nhận đủ điều kiện an toàn thực phẩm từ tháng trước, giờ tới đâu rồi": said
    // outright, whatever the length of the story, the procedure's words cannot outvote it)
    if (outright && cue && scored[0].label.startsWith(PROC)) putFirst(scored, `${INT}${cue.intent}`);
    // ("mẹ có phải đi trực tiếp ko, tôi đi thay được không": whether one must come in person, a condition of the matter —
    // not a person asked for, whatever the classifier takes from "trực tiếp")
    if (scored[0].label === HUMAN && cue?.intent !== 'human' && !kw.has(HUMAN) && IN_PERSON_ASKED.test(` ${folded} `)) {
      const next = scored.find((x) => x.label !== HUMAN && x.label !== OOS);
      if (next) putFirst(scored, next.label);
    }
    // (not the parts of a combined procedure listed one per clause: "làm khai sinh, nhập khẩu, thẻ bhyt … nộp ở đâu")
    // ("đkkh thì mang theo gì ạ, cccd với giấy xác nhận độc thân phải ko": the certificate is what the file holds; the
    // procedure named otherwise is the one asked about)
    // (each keyword span checked once, not once per class looked at)
    const named = new Map<string, boolean>(); // label → every span of it is a certificate listed as held
    for (const h of hits.spans) if (h.cls.startsWith(PROC)) named.set(h.cls, (named.get(h.cls) ?? true) && listedInFile(tokens, h.start, h.end));
    if (named.get(scored[0].label) && !outright) {
      const other = scored.find((x) => x.label !== scored[0].label && named.get(x.label) === false);
      if (other) putFirst(scored, other.label);
    }
    const askedOf = together.size ? null : namedInAskingClause(tokens, clauseStarts, hits.spans, (cls) => fallbacks.has(cls));
    if (askedOf && askedOf !== scored[0].label && (kw.get(scored[0].label) ?? 0) > 0
      && !isRelated(askedOf.slice(PROC.length), scored[0].label.slice(PROC.length))) putFirst(scored, askedOf);
    if (fallbacks.has(scored[0].label)) {
      // "cải chính tên trên cổng DVC được không" is about cải chính, asked about doing it online
      const named = scored.findIndex((x) => x.label.startsWith(PROC) && !fallbacks.has(x.label) && (kw.get(x.label) ?? 0) > 0);
      if (named > 0) putFirst(scored, scored[named].label);
    }
    // "quán cơm có đăng ký hộ kinh doanh, giờ muốn nghỉ bán 3 tháng": the base named, a variant's marks told
    // (when the base won by its keyword, "hộ kinh doanh", and nothing names the variant: its words are the classifier's)
    // (but not "làm lại" after a keyword that says the card is wrong: "cccd ghi sai ngày sinh thì làm lại ntn" — the
    // wrong card made again)
    const namedWrong = hits.spans.some((h) => h.cls === scored[0].label && tokens.slice(h.start, h.end).includes('sai'));
    const markedVariant = (kw.get(scored[0].label) ?? 0) > 0 && !namedWrong
      ? [...variants].find(([label, v]) => v.base === scored[0].label && !kw.get(label) && markedVariants.has(label)) : undefined;
    if (markedVariant) putFirst(scored, markedVariant[0]);
    // "mất giấy khai sinh gốc, hỏi xã thì nói sổ lưu cũng bị mất": the copy of the record won, but the words say the
    // register itself is lost — the procedure that refines it
    // (or whatever leads, when what replaces the lost paper is asked: "làm sổ đỏ lần đầu xã kêu nộp hộ khẩu mà sổ hộ
    // khẩu nhà tôi mất lâu rồi, giờ lấy giấy gì thay")
    const replacing = markedLost.size > 0 && REPLACEMENT_ASKED.test(` ${folded} `);
    const refinement = [...markedVariants].find((label) => (replacing && markedLost.has(label) && refined.has(label.slice(PROC.length)))
      || refined.get(label.slice(PROC.length))?.has(scored[0].label.slice(PROC.length)));
    if (refinement) putFirst(scored, refinement);
    // ("Sổ hộ khẩu nhà tôi bị cháy mất rồi, giờ phải làm sao": a paper's loss marks a procedure that refines another,
    // and nothing names whatever the words lean to instead — the marked one)
    else {
      const lostMark = [...markedLost].find((label) => refined.has(label.slice(PROC.length)));
      if (lostMark && lostMark !== scored[0].label && scored[0].label.startsWith(PROC) && !kw.get(scored[0].label)) putFirst(scored, lostMark);
    }
    // ("giấy đăng ký kết hôn … mất, mà sổ còn, xin bản sao được hông": a copy asked of a civil-status paper is the copy
    // from the register, whatever registering the paper's name leans to)
    // (so is a civil-status paper lost, the register kept: "giấy chứng tử của ba bị mất rồi, xin lại ở đâu")
    // (not a loss denied: "hổng phải mất giấy, giờ đi khai sanh trễ")
    if ((COPY_ASKED.test(` ${folded} `) || LOST_CIVIL_PAPER.test(` ${denied.length ? maskSpans(tokens, denied).join(' ') : folded} `)) && CIVIL_PAPER.test(` ${folded} `) && REGISTERING.has(scored[0].label.slice(PROC.length)) && known.has(COPY_FROM_REGISTER)) {
      putFirst(scored, `${PROC}${COPY_FROM_REGISTER}`);
    }
    // ("… giấy khai sinh bản chính trôi hết, cán bộ nói sổ gốc ở xã vẫn còn lưu, giờ làm sao": the register said kept —
    // a copy from it, not a registration again, whatever the loss words lean to — unless that is named)
    else if (REGISTER_KEPT.test(` ${folded} `) && CIVIL_PAPER.test(` ${folded} `) && (REGISTERING.has(scored[0].label.slice(PROC.length)) || (refined.get(scored[0].label.slice(PROC.length))?.has(COPY_FROM_REGISTER) && !kw.get(scored[0].label)))
      && known.has(COPY_FROM_REGISTER)) putFirst(scored, `${PROC}${COPY_FROM_REGISTER}`);
    // ("trích lục khai tử ghi sai tên ba tui, … phải làm gì để sửa": a civil-status record said wrong and a fix asked is
    // its correction, whatever paper of the record is named)
    if ((REGISTERING.has(scored[0].label.slice(PROC.length)) || scored[0].label === `${PROC}${COPY_FROM_REGISTER}`) && CIVIL_RECORD_FIXED.test(` ${folded} `) && known.has(RECORD_CORRECTION)) {
      putFirst(scored, `${PROC}${RECORD_CORRECTION}`);
    }
    // ("tôi vừa nhập hộ khẩu về nhà mới, thẻ căn cước vẫn ghi nơi thường trú cũ, có phải đổi thẻ không": the move is the
    // story, the paper left with the old address is asked)
    // (each table: the first paper whose words the text holds leads, with the procedure that mends it)
    const paperLeads = (table: readonly (readonly [RegExp, string])[]) => {
      const hit = table.find(([re, id]) => known.has(id) && re.test(` ${folded} `));
      if (hit) putFirst(scored, `${PROC}${hit[1]}`);
    };
    if (scored[0].label === `${PROC}${PERMANENT_RESIDENCE}`) paperLeads(OLD_ADDRESS_ON);
    // ("căn cước của em ghi tên … thiếu dấu, khai sinh ghi đúng", "sổ đỏ ghi sai năm sinh": the paper itself is wrong)
    if (scored[0].label === `${PROC}${RECORD_CORRECTION}` && !RECORD_WRONG.test(` ${folded} `)) paperLeads(PAPER_ITSELF_WRONG);
    // ("con gái tui dưới quê lên ở chơi chừng một tuần, có phải đăng ký tạm trú không": a visit of a few days is
    // notified as a stay, whatever the citizen calls it — README conventions)
    if (scored[0].label === `${PROC}${TEMPORARY_RESIDENCE}` && SHORT_VISIT.test(` ${folded} `) && (!RENTS.test(` ${folded} `) || STAYS_WITH_WRITER.test(` ${folded} `)) && known.has(STAY_NOTICE)) {
      putFirst(scored, `${PROC}${STAY_NOTICE}`);
    }
    // ("mình làm rơi căn cước ở bến xe … giờ làm sao đây": the base procedure leads on its words, but a mark says the
    // paper is lost or broken and nothing names the base — its variant)
    const lostVariant = markedLost.size > 0 && [...variants].find(([v, { base }]) => base === scored[0].label && markedLost.has(v) && !(kw.get(base) ?? 0));
    if (lostVariant && !OLD_CARD.test(` ${folded} `) && !detailsChanged() && !DETAILS_OUTDATED.test(` ${folded} `)) putFirst(scored, lostVariant[0]);
    // "căn cước làm bao lâu": nothing says the card is lost or broken — the base procedure, as sure as the variant was
    const variant = variants.get(scored[0].label);
    if (variant && !(kw.get(scored[0].label) ?? 0) && !markedVariants.has(scored[0].label)) putFirst(scored, variant.base);
    // ("cccd vẫn ghi ngày sinh cũ, muốn làm lại cccd cho đúng": made again for details that are out of date or wrong,
    // nothing lost or broken — a new card, whatever "làm lại" names)
    else if (variant && !markedBeyondAgain.has(scored[0].label) && (detailsChanged() || DETAILS_OUTDATED.test(` ${folded} `)) && !PAPER_DAMAGED.test(` ${folded} `)) putFirst(scored, variant.base);
    // ("hộ chiếu cũ của mạ bị mất, muốn làm lại": loss words lean to re-issuing a căn cước, but neither the card nor the
    // variant is named and another paper's procedure is — that one, lost)
    else if (variant && !(kw.get(scored[0].label) ?? 0) && !(kw.get(variant.base) ?? 0) && !/ (?:can cuoc|cccd|cmnd|chung minh|cc) /.test(` ${folded} `)) {
      const namedOther = scored.find((x) => x.label.startsWith(PROC) && x.label !== scored[0].label && (kw.get(x.label) ?? 0) > 0 && !fallbacks.has(x.label));
      if (namedOther) putFirst(scored, namedOther.label);
    }
    const max = scored[0].score;
    let z = 0;
    for (const s of scored) z += Math.exp(s.score - max);
    const prob = (s: { score: number }) => Math.exp(s.score - max) / z;
    const top = scored[0];
    const candidates: Candidate[] = scored.filter((s) => s.label.startsWith(PROC)).slice(0, 3)
      .map((s) => ({ procedure: s.label.slice(PROC.length), score: prob(s) }));
    let keywordStrength = 0;
    for (const [cls, n] of kw) if (cls.startsWith(PROC)) keywordStrength = Math.max(keywordStrength, n);
    // no cue names the aspect: the learnt phrases may (read without the words that name procedures)
    const procedureWords = hits.spans.filter((h) => h.cls.startsWith(PROC));
    const unnamed = () => maskSpans(tokens, procedureWords);
    // (it names the aspect only: `aspectScore` stays the cues', so a statement does not become a question)
    // ("cái của tui bị mất rồi" asks nothing: the refinement names no aspect)
    const learned = aspectHit || !(text.includes('?') || asksInWords(clauseText(asking, clauseStarts))) ? null : learnedAspect(unnamed());
    const base = { ...empty, candidates, keywordStrength, confidence: prob(top), aspect: aspectHit?.aspect ?? learned ?? null, outOfScopeEvidence: marked || kw.has(`${INT}out_of_scope`) || cue?.intent === 'out_of_scope',
      marked: [...markedVariants].map((l) => l.slice(PROC.length)) };
    // "vậy tôi đăng ký thường trú hay tạm trú?", "xin trích lục hay làm khai sinh lại?": which of two procedures — the
    // message ends on the second, named after "hay" — is what each is, their overview
    const procSpans = hits.spans.filter((h) => h.cls.startsWith(PROC));
    const whichOfTwo = () => procSpans.some((b) => {
      if (!tokens.slice(b.end).every((t) => CLOSING_WORDS.has(t)) || tokens.length - b.end > 3) return false;
      const or = tokens.slice(Math.max(0, b.start - 3), b.start).lastIndexOf('hay');
      if (or < 0) return false;
      const at = Math.max(0, b.start - 3) + or;
      // (not a yes-or-no question of the first, "có phải khai báo tạm vắng ko hay phải cắt hộ khẩu", "được đăng ký
      // thường trú không hay chỉ tạm trú": whether one may or must)
      const asksFirst = (a: { start: number }) => tokens.slice(Math.max(0, a.start - 3), at).some((t) => YES_NO_WORDS.has(t)) || tokens[at + 1] === 'chi';
      return procSpans.some((a) => a.cls !== b.cls && a.end <= at && at - a.end <= 3 && !asksFirst(a));
    });
    // a procedure answer, its aspect read without the words that name the procedure
    const asProcedure = (procedure: string, confidence: number): Analysis => {
      const own = aspectWithout(asking, clauseStarts, hits.spans, `${PROC}${procedure}`, aspectHit);
      const all = hits.spans.filter((h) => h.cls === `${PROC}${procedure}`);
      const mine = all.filter((h) => !all.some((o) => o !== h && o.start <= h.start && o.end >= h.end)); // the longest of overlapping ones
      const pastMention = mine.length > 0 && mine.every((h) => doneLongAgo(tokens, h.start));
      const contextMention = pastMention || (mine.length > 0 && mine.every((h) => carriedPaper(tokens, h.start, h.end) || hadAlready(tokens, h.start, h.end) || personRole(tokens, h.start) || householdStanding(tokens, h.start, h.end) || notYetDoneIf(tokens, h) || prerequisite(tokens, h.start, h.end)) && !asksForThatPaper(tokens));
      const namedBy = mine.map((h) => tokens.slice(h.start, h.end).join(' '));
      // ("kích hoạt định danh mức 2 trên VNeID thì làm sao", named: how to do what is done online anyway; but how to
      // log in to the portal is its online side, unless the submitting is asked too: "nộp hồ sơ trên cổng thì đăng
      // nhập kiểu gì")
      const loginOnly = /\bdang nhap\b/.test(folded) && !/\bnop\b/.test(folded);
      const howTo = own?.aspect === 'online' && onlineByNature.has(procedure) && (mine.length > 0 || (keywordStrength === 0 && OWN_ACT.test(` ${folded} `))) && !loginOnly && asksHow(clauseText(asking, clauseStarts));
      // ("làm khai sinh rồi nhập hộ khẩu và thẻ BHYT cho bé 1 lần luôn được không": whether the parts are done together
      // is what the combined procedure is, unless a clear cue asks more)
      // ("có làm luôn cắt hộ khẩu với lãnh tiền mai táng cùng một lúc được không": the same, one part named by the whole's
      // own words)
      const asksIfTogether = (together.has(procedure) || (bundles.has(procedure) && ONE_GO.test(` ${folded} `))) && (own?.score ?? 0) < 3;
      // ("nộp hồ sơ trực tuyến thì vào trang nào": for the portal itself, which website is where it is done)
      const whichSite = own?.aspect === 'online' && fallbacks.has(`${PROC}${procedure}`) && WHICH_SITE.test(` ${folded} `);
      // ("người không có tài khoản VNeID có nộp được trên cổng dịch vụ công không": whether it may be done, the channel
      // being the procedure itself)
      // (but doing it on the app against going to an office, "tự làm trên app được không hay phải ra công an", asks the channel)
      const inPersonOrNot = IN_PERSON_OR_NOT.test(` ${folded} `);
      const beside = own?.aspect === 'online' && onlineByNature.has(procedure) && !howTo && !whichSite && !inPersonOrNot ? aspectBeside(clauseText(asking, clauseStarts), 'online') : null;
      const besideOnline = beside && beside.aspect !== 'overview' && beside.score >= BESIDE_ONLINE ? beside.aspect : undefined;
      const aspect = howTo || asksIfTogether || whichOfTwo() || WHICH_KIND.test(` ${folded} `) ? 'overview' : whichSite ? 'where' : besideOnline ?? own?.aspect;
      // ("nhà có khách … 3 hôm thì phải báo ko", "bé 5 tuổi cũng làm dc chứ": no cue, a yes-or-no question of must or may)
      const mustOrMay = !aspect && (!learned || learned === 'overview') && (MUST_OR_MAY.test(` ${folded} `) || (HAS_IT.test(` ${folded} `) && !CHECKS_GUESS.test(` ${folded} `)) || LEFT_OPEN.test(text.normalize('NFC')));
      return { ...base, intent: 'procedure', procedure, aspect: mustOrMay ? 'eligibility' : aspect ?? learned ?? 'overview', aspectScore: own?.score ?? 0, confidence, contextMention, pastMention, namedBy,
        ...(besideOnline ? { channelAspect: 'online' as Aspect } : {}) };
    };
    if (top.label === `${INT}followup`) {
      return { ...base, intent: 'procedure', procedure: candidates[0]?.procedure ?? null, followup: true };
    }
    // "dạ cho em hỏi với ạ": an opening that announces a question is a greeting
    // (and a letter's salutation sent alone: "kính gửi uỷ ban xã")
    if (isOpening(tokens) || isSalutation(tokens) || (keywordStrength === 0 && asksAboutField(text, tokens))) return { ...base, intent: 'greeting', confidence: Math.max(base.confidence, CLOSING_THANKS) };
    // (a hello, who writes, and questions announced at the end, however long: the opening of the chat)
    if (keywordStrength === 0 && !(cue && cue.intent === 'complaint') && introducesThenAnnounces(text, clauseWords(), asksAnAspect)) {
      return { ...base, intent: 'greeting', confidence: Math.max(base.confidence, CLOSING_THANKS) };
    }
    // ("em có chuyện muốn hỏi, hơi dài xíu": questions announced, no procedure named, no complaint or request said)
    if (announcesQuestions(text, tokens) && keywordStrength === 0 && !(cue && SERVICE_INTENTS.has(cue.intent))) {
      return { ...base, intent: 'greeting', confidence: Math.max(base.confidence, CLOSING_THANKS) };
    }
    // "vâng em đợi ạ", "được, tôi chờ": a short acknowledgement (while staff look into it) thanks, asks nothing
    if (isAcknowledgement(tokens)) {
      return { ...base, intent: 'thanks', confidence: Math.max(base.confidence, CLOSING_THANKS) };
    }
    // "dạ em cảm ơn, để mai em lên xã đăng ký khai sinh", "thôi chắc em lãnh thất nghiệp, cảm ơn ad": a thank-you
    // that names a procedure but asks nothing
    const questionLike = asksSomething(text, tokens);
    // ("chú công an khu vực ơi", "xin lỗi làm phiền ad giờ này khuya rồi ạ 🙏", "con xin lỗi nhắn khuya, mà con lo quá
    // ngủ không được": a call, or an apology for the hour, that asks nothing yet — the chat opened, whatever lean the
    // classifier takes from the courtesy or the worry)
    // (the worry may end like a question, "ngủ không được": no aspect asked is what counts)
    if (keywordStrength === 0 && !outright && ((!questionLike && CALL_ALONE.test(folded)) || (!aspectHit && SORRY_FOR_THE_HOUR.test(folded)))) return { ...base, intent: 'greeting' };
    // (not a request said outright: "thôi cho em nói chuyện với người thật đi ad 🙏")
    if (opensWithThanks(tokens) && !questionLike && !outright) {
      // ("cảm ơn nhé, chào": thanks, then leave taken — a farewell)
      return { ...base, intent: closesWithFarewell(tokens) ? 'goodbye' : 'thanks', confidence: Math.max(base.confidence, CLOSING_THANKS) };
    }
    if (saysFarewell(text, tokens)) return { ...base, intent: 'goodbye', confidence: Math.max(base.confidence, CLOSING_THANKS) };
    // ("ừ rứa thì tốt quá, mệ cảm ơn cháu nhiều lắm nghe. Chừ mấy đứa cháu ở ủy ban dễ thương ghê, hỏi chi cũng chỉ cho
    // tận tình…": thanks in the first clauses, then praise or news — no clause asks anything)
    if (!outright && keywordStrength === 0 && thanksThenTelling(text, clauseWords())) {
      return { ...base, intent: 'thanks', confidence: Math.max(base.confidence, CLOSING_THANKS) };
    }
    // "Chào các cháu ở uỷ ban": a short hello that names no procedure and asks nothing (the classifier's lean on "cháu"
    // is no question about guardianship)
    if (top.label.startsWith(PROC) && opensWithHello(tokens) && tokens.length <= 6 && !questionLike && keywordStrength === 0) return { ...base, intent: 'greeting' };
    // ("cháu chào bác, cháu ở Đức Thọ": a hello, then who writes and from where; the kin words lean to no procedure)
    if (top.label.startsWith(PROC) && opensWithHello(tokens) && tokens.length <= INTRODUCTION_MAX_WORDS && INTRODUCES.test(` ${folded} `) && !questionLike && keywordStrength === 0) {
      return { ...base, intent: 'greeting' };
    }
    // ("Xin chào, cho em hỏi chút ạ. Em đang đi XKLĐ ở Hàn, vợ em mới sanh bé ở quê": a hello, then a situation told —
    // no procedure named, nothing asked or wanted yet: the opening of a story)
    // (or to nothing the words say is out of scope: "… mắt kém nên thằng cháu nội nó cầm điện thoại gõ giùm tôi")
    // ("chào cháu, bác ở Hội An, có mở cái homestay nhỏ. Trước tiên chúc cháu … năm mới vạn điều may mắn", "kính gửi quý
    // cơ quan, lời đầu tiên cho tui gửi lời chúc sức khoẻ…", "… mùa màng được, cháu có khoẻ không": a hello and wishes,
    // and nothing between them asks of us but how one is — the opening of the chat, whatever the news told leans to)
    // (the classifier's lean may be anything, "lời chúc sức khoẻ" even a grievance, as long as no cue or keyword says it)
    if (!cue && !kw.has(top.label) && keywordStrength === 0 && !(aspectHit && aspectHit.score >= 2) && !text.includes('?')
      && opensWithHello(tokens) && (OPENING_WISH.test(` ${folded} `) || HOW_ONE_IS.test(` ${folded} `))
      // (a clause of wishes asks nothing, "chúc một năm mới nhiều niềm vui"; a question word is read as the aspect
      // detector reads it: "có mở cái homestay", "ở Hội An" ask nothing)
      && clauseWords().every((words) => { const c = ` ${words.join(' ')} `; return OPENING_WISH.test(c) || HOW_ONE_IS.test(c) || !asksInWords(c.trim()); })) {
      return { ...base, intent: 'greeting' };
    }
    const unplacedOpening = top.label === OOS && !base.outOfScopeEvidence;
    if ((top.label.startsWith(PROC) || unplacedOpening) && keywordStrength === 0 && !aspectHit && tellsAfterHello(text, tokens)) return { ...base, intent: 'greeting' };
    if (top.label.startsWith(PROC)) {
      const id = top.label.slice(PROC.length);
      // ("ai cũng nộp online được hả hay phải có tk định danh mức 2": the account named only as what submitting online
      // requires; the portal, where one submits, is asked about)
      if (onlineByNature.has(id) && SUBMITS_ONLINE.test(` ${folded} `) && ACCOUNT_REQUIRED.test(` ${folded} `) && !GETS_ACCOUNT.test(` ${folded} `)) {
        const portal = scored.find((x) => fallbacks.has(x.label));
        if (portal) return asProcedure(portal.label.slice(PROC.length), Math.max(prob(portal), 0.5));
      }
      return asProcedure(id, base.confidence);
    }
    const intent = top.label.slice(INT.length) as Intent;
    // "…mất căn cước, làm lại thế nào, cảm ơn ad": the closing courtesy does not make it a thank-you
    const social = intent === 'greeting' || intent === 'thanks' || intent === 'goodbye';
    // ("cảm ơn cán bộ đã hướng dẫn tận tình", "cảm ơn, để mai em lên xã" ask nothing: no question word)
    // ("ok vậy mai e mang giấy chứng sinh lên nộp, cám ơn nhiều nghen": "nhiều" in the closing thanks asks nothing)
    const thanksAtEnd = closingThanksAt(tokens);
    const asksBeforeThanks = thanksAtEnd > 0 ? asksSomething(text, tokens.slice(0, thanksAtEnd)) : questionLike;
    const longQuestion = tokens.length > 8 && (aspectHit?.score ?? 0) >= 2 && asksBeforeThanks;
    // "chào ad, em muốn hỏi việc nhận cha cho con": the greeting opens a question about a procedure
    const asksAbout = tokens.includes('hoi') && (candidates[0]?.score ?? 0) >= ASKS_ABOUT;
    // ("thôi chắc em lãnh thất nghiệp, cảm ơn ad": a procedure named in a thank-you that asks nothing)
    if (social && ((keywordStrength >= 2 && asksBeforeThanks) || longQuestion || asksAbout) && candidates[0]) {
      return asProcedure(candidates[0].procedure, Math.max(candidates[0].score, 0.5));
    }
    // "dạ em chào anh chị, em muốn hỏi về căn cước ạ": a greeting, then a question about a topic — the question
    // ("ad ơi cho em hỏi về căn cước": what it asks about follows "hỏi về")
    const hello = tokens.indexOf('chao');
    // ("cho hỏi chút về căn cước": a word between)
    const gap = (i: number) => (['chut', 'xiu', 'ti', 'them', 'thu'].includes(tokens[i + 1]) ? 1 : 0);
    // ("hỏi vụ thẻ căn cước", "hỏi việc nhận cha", "hỏi chuyện tạm trú", "hỏi cái thẻ bảo hiểm")
    const about = tokens.findIndex((t, i) => t === 'hoi' && ABOUT_WORDS.has(tokens[i + 1 + gap(i)]));
    const from = hello >= 0 && tokens.indexOf('hoi', hello) > hello ? hello + 1 : about >= 0 ? about + 2 + gap(about) : -1;
    if (social && from > 0 && base.namesTopic) {
      const question = analyze(tokens.slice(from).join(' '), options);
      if (question.intent === 'procedure' || (question.intent === 'out_of_scope' && question.namesTopic)) return question;
    }
    // "xin online được không ad 🙏": a question closed with thanks asks the question
    const closing = social && asksBeforeThanks ? thanksAtEnd : -1;
    if (closing > 0) {
      const question = analyze(tokens.slice(0, closing).join(' '), options);
      // (a question that asks something: "hả, cảm ơn" or "haha cảm ơn" is thanks)
      const asks = question.intent === 'procedure' && (question.aspectScore >= 2 || question.keywordStrength > 0);
      // ("có anh chị nào trực ko ạ, em cần hỏi gấp 🙏": a request for staff, the 🙏 its courtesy)
      const service = SERVICE_INTENTS.has(question.intent) && (question.voiced || question.confidence >= 0.8);
      if (asks || service || (question.intent === 'out_of_scope' && question.outOfScopeEvidence)) return question;
    }
    // ("chào ad em đi làm đây", "thôi em đi ngủ đây": leaving now, said — a goodbye, whatever hello it opens with)
    if (intent === 'greeting' && LEAVING_NOW.test(` ${folded} `)) return { ...base, intent: 'goodbye' };
    // "chào ad 🙏": an opening with a courtesy is a greeting; so is "chào bộ phận một cửa", which names the office
    // but asks nothing about it
    // (so is "kính gửi anh/chị cán bộ trực, em chào anh chị ạ": the staff addressed, not asked for)
    if (opensWithHello(tokens) && (intent === 'thanks' || ((intent === 'office' || intent === 'human') && !questionLike && !outright))) return { ...base, intent: 'greeting' };
    // ("chào anh chị ạ, chúc ad khoẻ", "chào ạ, chúc cán bộ ngày mới khoẻ", "cán bộ khoẻ hông": a hello with wishes
    // for health or a good day; no word takes leave — "chào nhé", "chúc cán bộ làm việc vui vẻ" do)
    const wishes = (!questionLike && GREETING_WISH.test(` ${folded} `)) || HOW_ONE_IS.test(` ${folded} `);
    if (opensWithHello(tokens) && intent === 'goodbye' && wishes && !TAKES_LEAVE.test(` ${folded} `)) return { ...base, intent: 'greeting' };
    // ("Em chào cán bộ, nhà em ở Can Lộc Hà Tĩnh", "Dạ em chào cán bộ. Mệ em ở Phú Vang…": a hello, then who is writing
    // and from where — the opening of a story, nothing said of leaving)
    if (opensWithHello(tokens) && intent === 'goodbye' && INTRODUCES.test(` ${folded} `) && !LEAVES.test(` ${folded} `)) return { ...base, intent: 'greeting' };
    // "alo có ai không", "ad ơi có ai ko", "có đó hông ad": knocking on the door, a greeting (not yet a request for staff)
    if (KNOCK.test(folded) || KNOCK_CALL.test(folded) || CALL_ALONE.test(folded)) return { ...base, intent: 'greeting' };
    // a complaint, a request for staff, a status or an office question says so in words (a cue or a keyword);
    // the classifier's weak lean alone ("trận MU tối nay ai thắng" → complaint at 0.3) is not such a request
    const voiced = cue?.intent === intent || kw.has(top.label);
    if (SERVICE_INTENTS.has(intent) && base.confidence < WEAK_SERVICE && !voiced) return base;
    // "cắt khẩu thì lên công an xã hay ubnd xã": agencies named as the place to go for a named procedure, not a
    // question about the office itself (no word asks for its hours, address or phone)
    if (intent === 'office' && !voiced && keywordStrength > 0 && (aspectHit?.score ?? 0) >= 2 && candidates[0]) {
      return asProcedure(candidates[0].procedure, Math.max(candidates[0].score, 0.5));
    }
    // (unless words outright say out of scope, and the question's clause names nothing else: "thẻ ATM ngân hàng bị khoá
    // rồi mất luôn, làm lại thẻ ở đâu")
    if (intent === 'out_of_scope' && !marked && clauses.length >= 2 && !(outright && cue?.intent === 'out_of_scope')) {
      // "…thẻ ATM em gọi ngân hàng khoá rồi, còn căn cước làm lại cần giấy tờ gì": an out-of-scope word in the
      // story, the question in a clause of its own
      const asking = [...clauseWords()].reverse().find((words) => asksAnAspect(words) && asksSomething('', words));
      // (not a clause that goes on with the out-of-scope matter by its words: "em gái tôi muốn ly hôn chồng nó, làm giấy
      // ly hôn ở xã được không")
      const goesOn = asking && hits.spans.some((h) => h.cls === OOS && ` ${asking.join(' ')} `.includes(` ${tokens.slice(Math.max(h.start, h.end - 2), h.end).join(' ')} `));
      const alone = asking && !goesOn ? analyze(asking.join(' '), options) : null;
      if (alone && alone.intent === 'procedure' && !alone.followup && alone.confidence >= QUESTION_CLAUSE) return alone;
      // ("Hạn chót là bao nhiêu ngày kể từ lúc mất vậy ạ,, nhà đang lo tang lễ nên chưa đi đc": the question a bare
      // follow-up of the chat's topic, the out-of-scope word in the story told after it)
      if (alone && alone.intent === 'procedure' && alone.keywordStrength === 0 && asking === clauseWords()[0]) return alone;
    }
    return { ...base, intent: (INTENTS as readonly string[]).includes(intent) ? intent : 'out_of_scope', voiced };
  }

  return {
    analyze,
    procedureIds: [...known],
    includes: (whole, part) => bundles.get(whole)?.has(part) ?? false,
    related: isRelated,
    isChannel: (id) => fallbacks.has(`${PROC}${id}`),
    bundleOf: (a, b) => [...bundles].find(([, parts]) => parts.has(a) && parts.has(b))?.[0] ?? null,
    leaning: (tokens, topic) => {
      const scored = nb.score(feats([...tokens]));
      const own = scored.find((s) => s.label === `${PROC}${topic}`);
      if (!own) return null;
      // the words' own best procedure, if it is a related one and well ahead of the topic
      const top = scored.find((s) => s.label.startsWith(PROC) && s.label !== own.label && isRelated(topic, s.label.slice(PROC.length)));
      return top && top.score >= own.score + LEANING_MARGIN ? top.label.slice(PROC.length) : null;
    },
    // (a full name of more than two words names its own procedure: "đăng ký thường trú" is not an echo of "xoá đăng ký thường trú")
    // (the paper's name, not the loss words a variant's name holds: "bị mất, hư hỏng")
    namesOwnName: (tokens, id) => { const own = ownNameBigrams.get(id); return !!own && wordPairs(tokens).some((pair) => own.has(pair) && !pair.split(' ').some((w) => LOSS_WORDS.has(w) || w === 'bi' || w === 'hu' || w === 'hong')); },
    echoes: (topic, namedBy) => namedBy.length > 0 && namedBy.every((p) => p.split(' ').length <= 2 && (ownPhrases.get(topic) ?? []).some((k) => k.includes(` ${p} `))),
    marginPerWord: (tokens, topic, other) => {
      const scored = nb.score(feats([...tokens]));
      const of = (id: string) => scored.find((s) => s.label === `${PROC}${id}`)?.score ?? -Infinity;
      return tokens.length ? (of(other) - of(topic)) / tokens.length : 0;
    },
    movesTo: (topic, marked) => variants.get(`${PROC}${marked}`)?.base === `${PROC}${topic}` || (refined.get(marked)?.has(topic) ?? false),
    baseOf: (variant) => variants.get(`${PROC}${variant}`)?.base.slice(PROC.length) ?? null,
    stats: { classes: nb.classCount, phrases: phraseCount, vocabulary: vocabulary.size },
    misread,
  };
}
