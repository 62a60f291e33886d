/** The product's measures: their words (glossary), the one rounding of a share, of a rate per 1,000 and of a change, and the periods a change compares. Pure. */
export * from './glossary';
export * from './share-of';
export * from './per-thousand';
export * from './change-pct';
export * from './compare-periods';
export * from './last-days-range';
