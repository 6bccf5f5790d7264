export * from './chat';
export * from './http';
export * from './roster';
