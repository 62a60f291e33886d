export * from './admin';
export * from './grids';
export * from './police';
export * from './people';
export * from './work';
export * from './auth';
export * from './residents';
export * from './live';
