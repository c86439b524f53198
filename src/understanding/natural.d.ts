// natural ships types for its root only; we import submodules to avoid loading its database adapters.
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_vi' {
  export default class AggressiveTokenizerVi {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export function DamerauLevenshteinDistance(a: string, b: string, options?: { restricted?: boolean }): number;
}
