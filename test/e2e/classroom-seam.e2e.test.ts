/** Classroom mode through the browser seam in Chromium (test/e2e/specs/classroom.spec.ts; Firefox runs the same spec). */
import { launchChromiumSeam } from './lib/chromium-seam';
import { describeClassroom } from './specs/classroom.spec';

describeClassroom(launchChromiumSeam);
