/** Asia/Shanghai local time (issue 13): date keys, day and week starts, local fields. Pure. */
export * from './shanghai-time';
