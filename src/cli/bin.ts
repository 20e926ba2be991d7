#!/usr/bin/env node
/// <reference types="node" />
// The package's bin: `werkmatch <command> [flags]`. The exit code is set, not forced, so piped output is flushed first.
import { main, processIo } from './main.js';

process.exitCode = await main(process.argv.slice(2), processIo());
