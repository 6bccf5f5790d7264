export * from './analyse-what-if';
export { findBranchPoints, type BranchPoint } from './branch-points';
