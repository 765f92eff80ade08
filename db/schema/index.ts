// The store's schema: the single source of truth, one file per area. Migrations in
// db/migrations are generated from it with `npm run db:generate`; never edit them by hand.
//
// Dates are ISO text (YYYY-MM-DD) so that they sort and compare as strings and read plainly in
// a SQL shell; timestamps are ISO text in UTC. Every count is an INTEGER (checked), since every
// Project 06 figure is a count of records, applications, parcels or units.
export * from './reference';
export * from './observations';
export * from './audit';
export * from './accounts';
export * from './meetings';
export * from './actions';
