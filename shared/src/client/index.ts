export * from './headless-client';
export * from './http-client';
