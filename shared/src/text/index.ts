export * from './glossary';
export * from './name-in-sentence';
export * from './spreadsheet-cells';
