export * from './protocol/index';
export * from './scenario/index';
export * from './report/index';
export * from './text/index';
