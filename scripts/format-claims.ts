/** Rewrites every claim file in canonical form (schema key order, 2-space indent). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatClaim } from '../claims/database';
import { DATA_DIR, loadDatabase } from '../claims/cli/load-database';

for (const claim of loadDatabase()) writeFileSync(join(DATA_DIR, `${claim.id}.json`), formatClaim(claim));
