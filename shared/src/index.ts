export * from './protocol/index';
export * from './scenario/index';
export * from './report/index';
