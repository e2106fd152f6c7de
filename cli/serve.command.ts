import { loadConfig } from '../server/config.ts';
import { stringOpt, write, type Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the web app and API (PGlite in LANDMARK_DATA_DIR, or DATABASE_URL)',
  usage: ['Usage: landmark serve [--port N]', '', '  --port N   listen on N (default: PORT or 3000; 0 picks a free port)'].join('\n'),
  options: { port: { type: 'string' } },
  async run(args, io) {
    const port = stringOpt(args, 'port');
    const config = loadConfig(port === undefined ? process.env : { ...process.env, PORT: port });
    const { startServer } = await import('../server/main.ts');
    const server = await startServer(config);
    write(io.stderr, `Landmark is serving ${server.url} (database: ${server.database.dialect}${server.database.dialect === 'pglite' ? `, data in ${config.dataDir}` : ''})`);
    await new Promise<void>((resolve) => {
      const shutdown = () => {
        process.off('SIGINT', shutdown);
        process.off('SIGTERM', shutdown);
        void server.stop().then(resolve);
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    });
    return 0;
  },
};
