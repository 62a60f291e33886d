/** The product's measures: their words (glossary) and the one rounding of a share and of a rate per 1,000. Pure. */
export * from './glossary';
export * from './share-of';
export * from './per-thousand';
