import type { Command } from 'commander';
import { registerList } from './list.js';
import { registerRender } from './render.js';
import { registerValidate } from './validate.js';

/** Every subcommand, in the order `--help` lists them. Each module adds one command to the program. */
export const COMMANDS: ((program: Command) => void)[] = [registerList, registerValidate, registerRender];
