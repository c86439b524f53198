/**
 * Text normalisation for citizen messages: NFC, lowercase, stretched letters, Telex left unconverted,
 * teencode/abbreviation/regional lexicon, and one-edit typo correction against the known vocabulary.
 * Pure: the lexicon and vocabulary are passed in.
 */
import AggressiveTokenizerVi from 'natural/lib/natural/tokenizers/aggressive_tokenizer_vi';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { canonicalSyllable, decodeTelex, decodeVni, fold, hasDiacritics, isSyllable } from './vietnamese';
import { runSteps } from './steps';

const tokenizer = new AggressiveTokenizerVi();

export interface Token {
  /** Folded form used for matching: "dang". */
  f: string;
  /** Canonical accented form when the citizen typed diacritics: "đăng" → "đăng"; else undefined. */
  a?: string;
  /** The diacritics were decoded from Telex or VNI keys left as letters ("ddang" → "đang", meant "đăng"): a guess. */
  decoded?: true;
}

/** Lexicon as data: key (as typed, possibly several words) → meaning. See data/lexicon/README.md. */
export type Lexicon = Record<string, string>;

interface LexEntry { keys: string[]; accented: boolean; value: Token[] }

export interface NormalizerOptions {
  lexicon: Lexicon;
  /** Folded syllables the matcher knows, with a frequency; used for Telex and typo correction. */
  vocabulary: Map<string, number>;
  /**
   * Folded syllable pairs seen next to each other ("khai sinh"): a glued word ("khaisinh") is split only
   * into syllables known to follow each other, so "youtube" never becomes "you tu be". Without it nothing
   * is split.
   */
  pairs?: ReadonlySet<string>;
}

export interface Normalizer {
  tokens(text: string): Token[];
  /** The tokens of each clause ("cần giấy gì, có làm online được không" → two clauses). */
  clauses(text: string): Token[][];
  vocabulary: ReadonlyMap<string, number>;
}

/** Where a clause ends: , ; ! ? … or a full stop before a space (not inside "1.000" or a receipt code). */
const CLAUSE_BREAK = /[;!?…\n]+|,(?!\d)|\.(?=\s|$)/;
/** Words that already ask (folded): a question mark after them adds nothing. */
const YES_NO_ASKED = new Set(['khong', 'chua', 'gi', 'sao', 'dau', 'nao', 'nhieu', 'may', 'ha', 'hong', 'hok', 'nhi', 'ai', 'khi', 'chi', 'mo', 'rang', 'hen', 'ta', 'a', 'ah', 'ak', 'chu', 'ne', 'the', 'lau', 'gio']);

/** Syllables repeat endlessly: remember each one's folded and canonical forms (bounded). */
const tokenCache = new Map<string, Token>();
const TOKEN_CACHE_MAX = 50_000;

/** A combining mark set apart from its letter ("cha ̀o", decomposed text pasted with a space) belongs to that letter. */
const LOOSE_MARK = /\s+(?=\p{M})/gu;
/**
 * Letters typed one by one ("x i n c h à o", "x i n  c h à o"): five or more single letters in a row are words, a
 * wider space between them, or else one word split like a glued one.
 */
const SPELT_OUT = /(?<!\S)(?:\p{L}\p{M}* +){4,}\p{L}\p{M}*(?!\S)/gu;

/**
 * The prefix of a Highland name ("H'Nga", "K’Bôn", "R'Mah"): part of the name, not a word — "h" alone reads as "giờ".
 */
const NAME_PREFIX = /(?<![\p{L}\p{M}])[HKRhkr]['’](?=\p{Lu})/gu;

function rawTokens(text: string): Token[] {
  const nfc = text.replace(NAME_PREFIX, '').replace(LOOSE_MARK, '').replace(SPELT_OUT, (run) => run.split(/ {2,}/).map((word) => word.replace(/ /g, '')).join(' ')).normalize('NFC').toLowerCase();
  return tokenizer.tokenize(nfc).map((t: string) => {
    const cached = tokenCache.get(t);
    if (cached) return cached;
    const token = rawToken(t);
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
    tokenCache.set(t, token);
    return token;
  });
}

/** "kí", "lí", "qui" are spelt "ký", "lý", "quy" too ("đăng kí", "lí lịch", "qui định"): one spelling for the letters. */
const I_AS_Y: Record<string, string> = { ki: 'ky', li: 'ly', qui: 'quy' };

function rawToken(t: string): Token {
  const accented = hasDiacritics(t);
  const folded = fold(t);
  // stretched letters: "oiii" → "oi", "ạaa" → "a" (two letters may be Telex: keep them); a word without a vowel
  // is an abbreviation, not stretched ("đddt" is định danh điện tử, not "dt", điện thoại)
  const unstretched = /[aeiouy]/.test(folded) ? folded.replace(/([a-z])\1{2,}/g, '$1') : folded;
  const stretched = unstretched !== folded;
  const f = I_AS_Y[unstretched] ?? unstretched;
  return accented && !stretched ? { f, a: canonicalSyllable(t) } : { f };
}

function valueTokens(value: string): Token[] {
  return rawTokens(value);
}

/** `word` with one of its letters struck twice typed once ("sinhh" → "sinh", "okee" → "oke"), each way in order. */
function* struckOnce(word: string): Generator<string> {
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) yield word.slice(0, i) + word.slice(i + 1);
}

/** `typed` is `word` with one of its letters struck twice ("okee", "oke"). */
const struckTwice = (typed: string, word: string): boolean => [...struckOnce(typed)].includes(word);

/** Build a normaliser at once (the lexicon has a few hundred keys; the vocabulary a few thousand words, or tens of thousands for a province). */
export function createNormalizer(options: NormalizerOptions): Normalizer {
  return runSteps(normalizerSteps(options));
}

/**
 * The build as a generator that yields between chunks (see buildMatcherAsync): a province's vocabulary makes
 * the one-deletion index several milliseconds of work, too long to run between two answers during a live reload.
 */
export function* normalizerSteps(options: NormalizerOptions): Generator<void, Normalizer, void> {
  const vocab = options.vocabulary;
  const entries = new Map<string, LexEntry[]>();
  let maxKeyLen = 1;
  // keys without letters (emoji such as 👍 🙏) are replaced in the raw text before tokenising
  const symbols: [string, string][] = [];
  let read = 0;
  for (const [key, value] of Object.entries(options.lexicon)) {
    if (++read % 256 === 0) yield;
    if (!/[\p{L}\p{N}]/u.test(key)) { symbols.push([key, ` ${value} `]); continue; }
    const keyTokens = rawTokens(key);
    if (keyTokens.length === 0) continue;
    const accented = keyTokens.some((t) => t.a !== undefined);
    const entry: LexEntry = { keys: keyTokens.map((t) => (accented ? t.a ?? t.f : t.f)), accented, value: valueTokens(value) };
    const list = entries.get(entry.keys[0]) ?? [];
    list.push(entry);
    list.sort((x, y) => y.keys.length - x.keys.length);
    entries.set(entry.keys[0], list);
    maxKeyLen = Math.max(maxKeyLen, keyTokens.length);
  }

  // one-deletion index for typo correction (symmetric delete, edit distance 1)
  const deletes = new Map<string, string[]>();
  const addDelete = (variant: string, word: string) => {
    const list = deletes.get(variant);
    if (list) list.push(word);
    else deletes.set(variant, [word]);
  };
  let indexed = 0;
  for (const word of vocab.keys()) {
    if (word.length < 3) continue;
    addDelete(word, word);
    for (let i = 0; i < word.length; i++) addDelete(word.slice(0, i) + word.slice(i + 1), word);
    if (++indexed % 1024 === 0) yield;
  }

  const corrected = new Map<string, string>();
  function correct(word: string): string {
    if (word.length < 3 || vocab.has(word) || /\d/.test(word)) return word;
    const known = corrected.get(word);
    if (known !== undefined) return known;
    const best = closest(word);
    if (corrected.size > 20_000) corrected.clear();
    corrected.set(word, best);
    return best;
  }

  function closest(word: string): string {
    // a letter struck twice ("phíi", "sinhh") is the word with it once, however common a neighbour ("phai") is
    for (const once of struckOnce(word)) if (vocab.has(once)) return once;
    // "mag", "nhữg": the "n" of a final "ng" dropped, a slip more common than any other letter changed
    if (/[aeiouy]g$/.test(word) && vocab.has(`${word.slice(0, -1)}ng`)) return `${word.slice(0, -1)}ng`;
    const found = new Map<string, number>();
    const consider = (variant: string) => {
      for (const w of deletes.get(variant) ?? []) found.set(w, vocab.get(w) ?? 0);
    };
    consider(word); // missing letter in the input ("nhiu" → "nhieu")
    for (let i = 0; i < word.length; i++) consider(word.slice(0, i) + word.slice(i + 1)); // extra or wrong letter
    let best = word;
    let bestFreq = 0;
    for (const [w, freq] of found) {
      if (DamerauLevenshteinDistance(w, word) > 1) continue;
      if (freq > bestFreq) { best = w; bestFreq = freq; }
    }
    return best;
  }

  /**
   * Words typed glued together ("khaisinh", "dktamtru"): the fewest known syllables or unaccented lexicon
   * keys that make up the token, best-known first; null when it does not split (names, foreign words).
   */
  const splits = new Map<string, Token[] | null>();
  const pairs = options.pairs;
  /** A one-word lexicon key typed without diacritics ("dk", "gks"). */
  const isAbbreviation = (word: string) => entries.get(word)?.some((e) => !e.accented && e.keys.length === 1) ?? false;
  function split(word: string): Token[] | null {
    if (!pairs || word.length < 5 || !/^[a-z]+$/.test(word)) return null;
    const cached = splits.get(word);
    if (cached !== undefined) return cached;
    // a part is a known syllable as typed, or typed in Telex ("cancuowc" → căn|cước);
    // an abbreviation only leads ("dk|tamtru"): short keys inside a word ("chelsea" → "che|ls|ea") are chance
    const syllable = (part: string): Token | null => {
      if (part.length >= 2 && vocab.has(part) && isSyllable(part)) return { f: part };
      return part.length >= 3 ? knownSyllable(decodeTelex(part)) : null;
    };
    const known = (part: string, first: boolean): Token | null => syllable(part) ?? (first && isAbbreviation(part) ? { f: part } : null);
    const score = (t: Token) => Math.log(1 + (vocab.get(t.f) ?? 1));
    // best[i]: fewest parts for word[0..i), then the best-known ones
    const best: ({ parts: Token[]; score: number } | null)[] = [{ parts: [], score: 0 }];
    for (let i = 1; i <= word.length; i++) {
      best[i] = null;
      for (let j = Math.max(0, i - 7); j < i; j++) {
        const prev = best[j];
        if (!prev || prev.parts.length >= 4) continue;
        const part = known(word.slice(j, i), j === 0);
        if (!part) continue;
        const cand = { parts: [...prev.parts, part], score: prev.score + score(part) };
        const cur = best[i];
        if (!cur || cand.parts.length < cur.parts.length || (cand.parts.length === cur.parts.length && cand.score > cur.score)) best[i] = cand;
      }
    }
    const found = best[word.length];
    const chained = (parts: Token[]) => parts.every((p, k) => k === 0 || (k === 1 && isAbbreviation(parts[0].f)) || pairs!.has(`${parts[k - 1].f} ${p.f}`));
    const out = found && found.parts.length >= 2 && chained(found.parts) ? found.parts : null;
    if (splits.size > 10_000) splits.clear();
    splits.set(word, out);
    return out;
  }

  /** A decoded syllable as a token, when the vocabulary knows it. */
  function knownSyllable(decoded: string | null): Token | null {
    if (!decoded) return null;
    const folded = fold(decoded);
    const f = I_AS_Y[folded] ?? folded;
    return vocab.has(f) ? { f, a: canonicalSyllable(decoded), decoded: true } : null;
  }

  function lexiconAt(tokens: Token[], i: number): LexEntry | undefined {
    const t = tokens[i];
    const candidates = [...(entries.get(t.f) ?? []), ...(t.a ? entries.get(t.a) ?? [] : [])];
    candidates.sort((x, y) => y.keys.length - x.keys.length);
    for (const e of candidates) {
      let ok = true;
      for (let k = 0; k < e.keys.length && ok; k++) {
        const tk = tokens[i + k];
        if (!tk) ok = false;
        else if (e.accented) ok = (tk.a ?? tk.f) === e.keys[k] || (tk.a === undefined && tk.f === e.keys[k]);
        // an unaccented key only matches what was typed without diacritics ("ko"), so "mở" is never "mo";
        // đ is a letter, not a diacritic: "đkks" is the abbreviation "dkks"
        else ok = tk.f === e.keys[k] && (tk.a === undefined || fold(e.keys[k]) === tk.a || tk.a.replaceAll('đ', 'd') === e.keys[k]);
      }
      if (ok) return e;
    }
    return undefined;
  }

  const normalizer: Normalizer = {
    vocabulary: vocab,
    clauses(text: string): Token[][] {
      const out: Token[][] = [];
      const breaks = new RegExp(CLAUSE_BREAK.source, 'g');
      let at = 0;
      for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
        const clause = normalizer.tokens(text.slice(at, m ? m.index : text.length));
        // "thay mái tôn cần xin phép?": a question mark after a clause with no question word asks yes or no
        // (the last clause only, of a few words: "… mới được làm?? vậy chứ lệ phí là bao nhiêu" is outrage told; "giá?" asks the price)
        const last = !m || !text.slice(m.index + m[0].length).trim();
        if (last && m?.[0].includes('?') && clause.length >= 3 && !clause.some((t) => YES_NO_ASKED.has(t.f))) clause.push({ f: 'khong' });
        if (clause.length) out.push(clause);
        if (!m) return out;
        at = m.index + m[0].length;
      }
    },
    tokens(text: string): Token[] {
      for (const [symbol, meaning] of symbols) if (text.includes(symbol)) text = text.split(symbol).join(meaning);
      const raw = rawTokens(text).flatMap((t): Token | Token[] => {
        // half converted: the hat typed, the tone key left as a letter ("tưr" → "tử", "nghiêpj" → "nghiệp")
        const half = t.a !== undefined && !isSyllable(t.f) && /[^\d]$/.test(t.a) ? knownSyllable(decodeTelex(t.a)) : null;
        if (half) return half;
        // "f" typed for "ph" ("giấy fép", "fải", "lệ fí"), when the word is no other
        const ph = t.f.startsWith('f') && !vocab.has(t.f) && !entries.has(t.f) ? `ph${t.f.slice(1)}` : null;
        if (ph && vocab.has(ph) && isSyllable(ph)) return { f: ph, ...(t.a !== undefined ? { a: `ph${t.a.slice(1)}` } : {}) };
        // words typed glued together with their diacritics ("tạmvắng"): split by their letters
        if (t.a !== undefined && !isSyllable(t.f) && !vocab.has(t.f)) return split(t.f) ?? t;
        // (a lexicon key typed as written is that key, not Telex: "hoso" is "hồ sơ", not "hố")
        if (t.a !== undefined || vocab.has(t.f) || entries.has(t.f)) return t;
        // typed with the input method off: Telex ("lamf") or VNI ("la2m")
        const decoded = knownSyllable(decodeTelex(t.f)) ?? knownSyllable(decodeVni(t.f));
        if (decoded) return decoded;
        // a VNI key that makes no syllable ("cuo8c" for "cước"): the word without it
        const keyless = /^[a-z]+\d[a-z]+$/.test(t.f) ? t.f.replace(/\d/, '') : null;
        if (keyless && vocab.has(keyless)) return { f: keyless };
        // glued words, when they are not simply a typo of one word
        if (!entries.has(t.f) && correct(t.f) === t.f) return split(t.f) ?? t;
        return t;
      });
      const out: Token[] = [];
      for (let i = 0; i < raw.length; ) {
        const e = lexiconAt(raw, i);
        if (e) {
          out.push(...e.value);
          i += e.keys.length;
          continue;
        }
        const t = raw[i];
        // a word typed with diacritics that is a well-formed syllable was meant as typed ("vừa", "trận")
        let c = t.a !== undefined && isSyllable(t.f) ? t.f : correct(t.f);
        // a real but unknown syllable with a letter struck or dropped that follows its neighbour ("khai tửu" → "khai
        // tử"); another letter in its place makes another word, a name perhaps ("Chợ Rẫy" is not "chợ mấy")
        const prev = out.length ? out[out.length - 1].f : undefined;
        if (c === t.f && t.a !== undefined && !vocab.has(t.f) && prev && pairs) {
          const near = correct(t.f);
          if (near !== t.f && near.length !== t.f.length && pairs.has(`${prev} ${near}`)) c = near;
        }
        // a misspelt lexicon word ("onlinee") means what the word means (not a short abbreviation: "đkkd" is not "dkkh",
        // unless only a letter struck twice was dropped: "okee" is "oke")
        const fixed = c === t.f || (c.length < 5 && !struckTwice(t.f, c)) ? undefined : lexiconAt([{ f: c }], 0);
        if (fixed) out.push(...fixed.value);
        else out.push(c === t.f ? t : { f: c });
        i++;
      }
      return out;
    },
  };
  return normalizer;
}
