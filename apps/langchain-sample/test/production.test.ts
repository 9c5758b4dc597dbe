// The built app in production (the deployed copy global-setup built): it refuses a development configuration
// under NODE_ENV=production, and it starts outside the repository from its own .env.local (@repo/devtools).
import { describeProductionChecks } from '@repo/devtools/production-checks';

describeProductionChecks();
