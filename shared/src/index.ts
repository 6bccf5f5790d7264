export * from './scenario/index';
