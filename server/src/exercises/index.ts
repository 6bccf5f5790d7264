export { checkPost, MAX_MESSAGE_LENGTH } from './chat-policy';
export { realClock, type Clock } from './clock';
export type { CreatedExercise, RestoreReport } from './exercise-lifecycle';
export { SNAPSHOT_EVERY, type ApplyResult } from './exercise-runtime';
export { ExerciseService } from './exercise-service';
export type { ExerciseInfo, ExerciseState, ProjectionSource } from './exercise-view';
export type { ForkedExercise } from './fork-exercise';
export type { Draft } from './live-exercise';
export type { Participation } from './participation';
export { PROJECTOR_NAME, type ProjectorSeat } from './projector-seat';
export {
  ExerciseReplay,
  ReplayRefusal,
  type ReplayFrame,
  type ReplayRefusalCode,
} from './replay-exercise';
export { CONTROL_READER, perspectivesOf, type ReplayReader } from './replay-reader';
export { hashSecret, realSecrets, secretMatches, type Secrets } from './secrets';
export { BOT_ID_PREFIX, MAX_NAME_LENGTH } from './seat-roster';
export type { JoinedPlayer, PlayerSeat } from './seating';
export type {
  ChangeListener,
  ExerciseChange,
  ExerciseServiceDeps,
  ServiceLogger,
} from './service-deps';
export { ExerciseServiceError, type ServiceErrorCode } from './service-error';
export type { CreateSettings, ExerciseSettings } from './settings';
export type { CommandOutcome } from './submit-command';
export type { CommandSender, EntrySender, ServiceEntry, StoredPayload } from './stored-entry';
