export * from './bot-policy';
export * from './objective-value';
export * from './temperament';
export * from './alignment';
export * from './next-bot-event';
