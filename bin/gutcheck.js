#!/usr/bin/env node
// The command runs the TypeScript sources through tsx, so `npx gutcheck` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../claims/cli/main.ts');
