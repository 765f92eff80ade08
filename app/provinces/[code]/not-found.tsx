// The same, found by the page itself (a client navigation that changed ?edition=).
export { default } from '../province-not-found';
