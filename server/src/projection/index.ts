export { project, projectPersonal } from './project';
export { projectWhatIf } from './project-what-if';
export type { ProjectionInput } from './projection-input';
export { countParticipation } from './project-control';
export { visibilityFor, type Visibility } from './visibility';
export { trackThresholds, type TrackThreshold } from './track-thresholds';
