// A province code that is not a unit of the edition asked for, found by the layout of
// app/provinces/[code] before the page streams (so the answer is a real 404).
export { default } from './province-not-found';
