// Applies the migrations to DATABASE_URL (or the embedded database) and exits.
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/connect.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, command: 'migrate' });
await database.close();
