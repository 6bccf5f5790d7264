export * from './headless-client';
export * from './http-client';
export * from './view-stream';
export * from './unpack-frame';
