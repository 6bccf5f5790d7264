import { runMsel } from './msel-command';

// npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
process.exitCode = runMsel(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
