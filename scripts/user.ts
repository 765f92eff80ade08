// npm run user -- add --email a@b.vn --role reporter --unit 79 [--unit 2024:74]
//                  list | disable --email … | enable --email … | set-password --email … [--password-stdin]
//                  token --email … (prints a new API token once) | revoke-token --id N
// No default password exists: set-password without --password-stdin makes a random one and
// prints it once.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openExistingStore } from './open-store';
import {
  addUser, createApiToken, listUsers, revokeApiToken, setDisabled, setPassword, UserError,
} from '@/db/users';

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string', multiple: true },
      id: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const store = openExistingStore('user');
  const email = () => {
    if (!values.email) throw new UserError('--email is required');
    return values.email;
  };
  try {
    switch (command) {
      case 'add': {
        const user = addUser(store, { email: email(), role: values.role ?? '', units: values.unit });
        console.log(`user: added ${user.email} (${user.role}${user.scope ? `: ${[...user.scope].join(', ')}` : ''}); set a password with: npm run user -- set-password --email ${user.email}`);
        return 0;
      }
      case 'list':
        for (const u of listUsers(store)) console.log(`${u.email}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\t${u.units.join(' ')}`);
        return 0;
      case 'disable':
      case 'enable':
        setDisabled(store, email(), command === 'disable');
        console.log(`user: ${email()} ${command}d`);
        return 0;
      case 'set-password': {
        const given = values['password-stdin'] ? readFileSync(0, 'utf8').trim() : null;
        const password = given ?? randomBytes(15).toString('base64url');
        await setPassword(store, email(), password);
        console.log(given ? `user: password set for ${email()}` : `user: password for ${email()} (shown once): ${password}`);
        return 0;
      }
      case 'token': {
        const { id, token } = createApiToken(store, email());
        console.log(`user: API token ${id} for ${email()} (shown once; revoke with revoke-token --id ${id}):\n${token}`);
        return 0;
      }
      case 'revoke-token':
        if (!values.id || !revokeApiToken(store, Number(values.id))) throw new UserError(`no active token with --id ${values.id}`);
        console.log(`user: token ${values.id} revoked`);
        return 0;
      default:
        throw new UserError(`unknown command "${command ?? ''}": add, list, disable, enable, set-password, token, revoke-token`);
    }
  } catch (e) {
    if (e instanceof UserError || (e as Error).name === 'TypeError') {
      console.error(`user: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  } finally {
    store.sqlite.close();
  }
}

main().then((code) => (process.exitCode = code));
