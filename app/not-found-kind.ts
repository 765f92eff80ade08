// How proxy.ts tells app/not-found.tsx which unit of a requested page does not exist (a province,
// or a commune of it), when it answers that page with the not-found page (app/provinces/missing-unit.ts).
export const NOT_FOUND_HEADER = 'x-not-found';
/** Where such a request is sent: a path no route matches, so Next renders app/not-found.tsx with status 404. */
export const NOT_FOUND_PATH = '/_khong-tim-thay';
