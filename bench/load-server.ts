import { startFloor } from './floor';
import { startServer } from './support';

/**
 * The process `npm run bench:load` puts under load, apart from the load generator: Rantai as `npm start` runs
 * it, and beside it the floor (bench/floor.ts). Prints one line of JSON with both addresses.
 */
async function main(): Promise<void> {
  const server = await startServer();
  const floor = await startFloor(server.app);
  console.log(JSON.stringify({ url: server.baseUrl, floorUrl: floor.url, database: server.database }));

  // The driver's memory readings: after a full collection (the process runs with --expose-gc), so that they
  // compare what is kept, not how much garbage a moment of load left.
  process.on('message', () => {
    global.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ rssMiB: Math.round(rss / 2 ** 20), heapMiB: Math.round(heapUsed / 2 ** 20) });
  });

  process.on('SIGTERM', () => {
    void floor
      .close()
      .then(() => server.close())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
