import { measure, report, startServer } from './support';

/**
 * Login latency with the chosen Argon2id parameters (19 MiB, t=2, p=1):
 * `npm run bench:login [-- --n 200]`. Sequential logins show the cost of one
 * verification; four in flight show how the two cores share it.
 */
async function main(): Promise<void> {
  const n = Number(process.argv[process.argv.indexOf('--n') + 1]) || 100;
  const server = await startServer();
  try {
    const post = (path: string, body: unknown) =>
      fetch(`${server.baseUrl}/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const credentials = { email: `bench-${Date.now()}@bench.rantai.id`, password: 'Bench-Password-2026' };
    const registered = await post('/auth/register', { ...credentials, fullName: 'Bench', role: 'ikm_owner' });
    if (registered.status !== 201) throw new Error(`register: ${registered.status}`);
    const login = async () => {
      const res = await post('/auth/login', credentials);
      if (res.status !== 200) throw new Error(`login: ${res.status}`);
      await res.arrayBuffer();
    };
    const wrong = async () => {
      const res = await post('/auth/login', { email: 'nobody@bench.rantai.id', password: 'Bench-Password-2026' });
      if (res.status !== 401) throw new Error(`unknown email: ${res.status}`);
      await res.arrayBuffer();
    };
    await measure(5, 1, login); // warm-up
    console.log(`Login benchmark on ${server.database}, Node ${process.version}`);
    report('login, sequential', await measure(n, 1, login));
    report('login, 4 in flight', await measure(n, 4, login));
    report('unknown email, sequential', await measure(n, 1, wrong));
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
