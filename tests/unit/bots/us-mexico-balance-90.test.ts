import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { describeBalance } from './describe-balance';

/** The balance of the first scenario in its 90-minute format (see us-mexico-balance.test.ts). */
describeBalance(loadScenario(path.join(scenariosRoot, 'us-mexico-2026')), 'seminar-90');
