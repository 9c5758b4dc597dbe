import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's git-ignored data folder for dev-fga, wherever a command is run from. */
export const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '.data', 'fga');
