// A real OpenID Connect provider (the npm package `oidc-provider`) for Sammen's tests.
// The Rust tests start it (tests/common/oidc.rs) on a free port of 127.0.0.1 and read the
// first line it prints: `ready http://127.0.0.1:PORT MS` — the issuer and its clock.
//
// Its clients come from the environment, as JSON:
//   OIDC_CLIENTS='[{"client_id":"sammen","client_secret":"…","redirect_uris":["http://…/login/oidc/callback"]}]'
// A client may carry "id_token_audience": "<another client id>": its ID tokens are then
// issued (and signed with the provider's own key) as if for that other client — a provider
// that gives Sammen a token meant for another system, for the wrong-audience test.
//
// OIDC_PORT makes it listen on a given port (to come back with new keys where one was);
// OIDC_ID_TOKEN_SECONDS sets the ID tokens' lifetime (default an hour).
//
// Its people sign in with devInteractions (the package's own login and consent pages,
// which take any password); the login name picks the person below.

import crypto from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

const PEOPLE = {
  // A staff member in the administrators' group.
  anne: { email: 'anne.admin@odsherred.example', email_verified: true, name: 'Anne Admin', groups: ['sammen-admins'] },
  // The same group, but the provider has not verified the address.
  bent: { email: 'bent@odsherred.example', email_verified: false, name: 'Bent Ubekræftet', groups: ['sammen-admins'] },
  // Verified, in a group Sammen's map does not name.
  carla: { email: 'carla@odsherred.example', email_verified: true, name: 'Carla Andet', groups: ['andet-hold'] },
  // Verified, in a mapped group, with no account in Sammen yet.
  dorte: { email: 'dorte.ny@odsherred.example', email_verified: true, name: 'Dorte Ny', groups: ['sammen-redaktion'] },
};

const clients = JSON.parse(process.env.OIDC_CLIENTS || '[]');
const audienceOf = new Map();
for (const c of clients) {
  if (c.id_token_audience) audienceOf.set(c.client_id, c.id_token_audience);
}

const server = http.createServer();
// OIDC_PORT: listen where a provider before it listened (a provider that came back with
// new keys); else on a free port.
await new Promise((resolve) => server.listen(Number(process.env.OIDC_PORT) || 0, '127.0.0.1', resolve));

// A signing key of its own for each run (the package's quick-start keys are the same
// everywhere): a provider started again has new keys, as after a rotation.
const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = {
  ...privateKey.export({ format: 'jwk' }),
  kid: crypto.randomUUID(),
  use: 'sig',
  alg: 'RS256',
};
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: clients.map(({ id_token_audience: _, ...c }) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...c,
  })),
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
    groups: ['groups'],
  },
  scopes: ['openid', 'email', 'profile', 'groups'],
  // The claims asked for go into the ID token (Sammen reads them there), as many
  // municipal providers are set up to do.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  jwks: { keys: [signingKey] },
  cookies: { keys: ['sammen-test-provider-only'] },
  // A test of expiry makes them short-lived (OIDC_ID_TOKEN_SECONDS); else an hour.
  ttl: { IdToken: Number(process.env.OIDC_ID_TOKEN_SECONDS) || 3600 },
  async findAccount(_ctx, id) {
    const person = PEOPLE[id] || {};
    return {
      accountId: id,
      async claims() {
        return { sub: id, ...person };
      },
    };
  },
});

// The wrong-audience client: its ID tokens are issued for the other client.
const issue = provider.IdToken.prototype.issue;
provider.IdToken.prototype.issue = async function issueFor(options) {
  const other = options?.use === 'idtoken' && audienceOf.get(this.client?.clientId);
  if (other) {
    this.client = await provider.Client.find(other);
  }
  return issue.call(this, options);
};

server.on('request', provider.callback());
// The issuer, and the provider's clock (ms since 1970) for the test to set the program's
// clock to: the two must agree, as a municipality's servers and its provider do.
process.stdout.write(`ready ${issuer} ${Date.now()}\n`);

// Ends with the test that started it: when its standard input closes.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
