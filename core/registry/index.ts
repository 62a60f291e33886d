/** 一标三实 registers (issue 7): import parsing and validation, freshness shares, CSV output. Pure. */
export * from '../contracts/check-id-number';
export * from './parse-registry-file';
export * from './validate-registry-rows';
export * from './summarise-freshness';
export * from './format-csv';
export * from './read-place-rows';
export * from './registry-problem';
