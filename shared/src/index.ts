export * from './protocol/index';
export * from './scenario/index';
