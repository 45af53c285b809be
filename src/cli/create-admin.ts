import { createInterface } from 'node:readline';
import { read } from 'read';
import { AuthService } from '../auth/auth.service';
import { CreateStaffDto } from '../auth/dto/admin.dto';
import { ValidationProblem } from '../common/errors/problem';
import { validationPipe } from '../common/validation/validation-pipe';
import { option, run, withRantai } from './app-context';

/**
 * `npm run admin:create -- --email ops@rantai.id --name "Nama Lengkap"`: adds an
 * admin account. The password is asked for on the terminal (not echoed), or read
 * from the first line of standard input, so it never lands in the shell history.
 */
run(async () => {
  const email = option('email');
  const fullName = option('name') ?? 'Administrator';
  if (!email) throw new Error('Usage: npm run admin:create -- --email <email> [--name "<full name>"]');
  const password = await readPassword();
  const body = (await validationPipe
    .transform({ email, fullName, password, role: 'admin' }, { type: 'body', metatype: CreateStaffDto })
    .catch((error: unknown) => {
      if (error instanceof ValidationProblem) {
        throw new Error(error.fieldErrors.map((e) => `${e.field}: ${e.message}`).join('\n'));
      }
      throw error;
    })) as CreateStaffDto;
  await withRantai({}, (app) => app.get(AuthService).createAccount(body, { actorUserId: null }));
  console.log(`Created the admin account ${body.email}.`);
});

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) return read({ prompt: 'Password: ', silent: true, replace: '*' });
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) return line;
  return '';
}
