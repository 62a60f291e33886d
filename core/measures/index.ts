/** The product's measures: their words (glossary) and the one rounding of a share. Pure. */
export * from './glossary';
export * from './share-of';
