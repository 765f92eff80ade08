// A message in both of the interface's languages: what a validator, a reader or a rule says about
// an input (a problem with a row, a field, a parameter). The one type and the one helper, with no
// imports, so that every module may use it without depending on any other.
export interface Message {
  vi: string;
  en: string;
}

/** A message from its Vietnamese and English text. */
export const msg = (vi: string, en: string): Message => ({ vi, en });
