// Every command of `bin/landmark`, in the order `--help` lists them.
import type { Command } from './command.ts';
import { assessCommand } from './assess.command.ts';
import { classifyCommand } from './classify.command.ts';
import { exportCommand } from './export.command.ts';
import { extractCommand } from './extract.command.ts';
import { importCommand } from './import.command.ts';
import { periodCommand } from './period.command.ts';
import { remindCommand } from './remind.command.ts';
import { reportCommand } from './report.command.ts';
import { restoreCommand } from './restore.command.ts';
import { serveCommand } from './serve.command.ts';
import { taxonomyCommand } from './taxonomy.command.ts';
import { userCommand } from './user.command.ts';

export const COMMANDS: readonly Command[] = [
  serveCommand,
  importCommand,
  extractCommand,
  classifyCommand,
  assessCommand,
  periodCommand,
  reportCommand,
  exportCommand,
  restoreCommand,
  userCommand,
  taxonomyCommand,
  remindCommand,
];
