export {
  repoRoot,
  startServerProcess as startServer,
  type RunningServer,
} from '../../server/src/simulate/server-process';
