/** The request header by which proxy.ts passes ?lang= to the root layout (app/locale.ts). */
export const LANG_HEADER = 'x-lang';
