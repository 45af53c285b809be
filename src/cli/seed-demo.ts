import { DemoSeeder } from '../demo/demo-seeder.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/demo-world';
import { run, withRantai } from './app-context';

/** `npm run seed:demo`: loads the demo world into the configured database; repeating it adds nothing. */
run(async () => {
  const counts = await withRantai({ DEMO_DATA: 'true' }, (app) => app.get(DemoSeeder).counts());
  console.log(`Demo world: ${JSON.stringify(counts)}`);
  console.log(
    `Accounts (password ${DEMO_PASSWORD}): ${Object.values(DEMO_ACCOUNTS)
      .map((a) => a.email)
      .join(', ')}`,
  );
});
