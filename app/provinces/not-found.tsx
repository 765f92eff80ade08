// A province code that is not a unit of the edition asked for, found by the layout of
// app/provinces/[code] (for its pages and its communes' pages alike).
export { default } from './province-not-found';
