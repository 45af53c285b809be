/**
 * The architecture rules `npm run check` enforces (dependency-cruiser):
 * modules (the folders under src/) depend on each other one way, and
 * persistence does not reach into HTTP.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycle',
      comment: 'A module (a folder under src/) may not import one that imports it back, directly or further round.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-file-cycle',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'held-certificates-through-the-rules',
      comment:
        'Which certificates count as held is a rule of suppliers, applied by the eligibility rules (matching/eligibility-rules.ts); other modules ask those.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(matching|suppliers)/' },
      to: { path: '^src/suppliers/held-certificate\\.ts$' },
    },
    {
      name: 'repositories-without-http',
      comment: 'Repositories work with entities and their own result types, never with HTTP DTOs.',
      severity: 'error',
      from: { path: '\\.repository\\.ts$' },
      to: { path: '/dto/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '__tests__' },
  },
};
