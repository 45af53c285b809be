import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run migration:create -- AddSuppliers`: writes an empty, reversible
 * migration and registers it in migrations/all-migrations.ts.
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('Usage: npm run migration:create -- PascalCaseName');
  process.exit(2);
}
const timestamp = Date.now();
const className = `${name}${timestamp}`;
const dir = join(__dirname, '..', '..', 'migrations');
const file = `${timestamp}-${name}`;

writeFileSync(
  join(dir, `${file}.ts`),
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(db: QueryRunner): Promise<void> {
    // Name every constraint and index yourself: <table>_<column>_<kind>.
  }

  async down(db: QueryRunner): Promise<void> {
    // Undo exactly what up() did, in reverse order.
  }
}
`,
);

const registry = join(dir, 'all-migrations.ts');
const source = readFileSync(registry, 'utf8');
const afterImports = source.indexOf('\n', source.lastIndexOf('\nimport ') + 1) + 1;
writeFileSync(
  registry,
  (source.slice(0, afterImports) + `import { ${className} } from './${file}';\n` + source.slice(afterImports)).replace(
    /\];\s*$/,
    `, ${className}];\n`,
  ),
);
console.log(`Created migrations/${file}.ts and registered it in migrations/all-migrations.ts`);
