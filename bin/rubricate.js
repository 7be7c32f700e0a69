#!/usr/bin/env node
// The CLI bundled at build time (scripts/bundle.mjs): one file per command instead of ~150 modules.
import '../dist/bundle/cli.js';
