/** Disputes (issue 7): the workflow and the 民转刑 early-warning rules. Pure. */
export * from './workflow';
export * from './early-warning';
