#!/usr/bin/env node
import { buildProgram } from './program.js';

buildProgram()
  .parseAsync(process.argv)
  .catch((err: Error) => {
    process.stderr.write(`Fout: ${err.message}\n`);
    process.exitCode = 1;
  });
