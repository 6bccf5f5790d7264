import { runCheck } from './check-command';

// npm runs workspace scripts from the workspace folder; INIT_CWD is where the user typed the command.
process.exitCode = runCheck(process.argv.slice(2), {
  out: (line) => console.log(line),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
