export * from './glossary';
export * from './name-in-sentence';
