export { project } from './project';
export type { ProjectionInput } from './projection-input';
export { countParticipation } from './project-control';
export { diffNotices } from './notices';
export { visibilityFor, type Visibility } from './visibility';
