// The demo IdP's sign-in page: a plain form posted back to the interaction URL it came from.
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function loginPage({ action, client, user = '', error = '' }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo IdP: sign in</title>
<style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem}
label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.4rem;box-sizing:border-box}
button{margin-top:1rem;padding:.5rem 1.2rem}.error{color:#b00020}.hint{color:#555;font-size:.9rem}</style></head>
<body>
<h1>Demo IdP</h1>
<p>${escape(client)} asks you to sign in.</p>
${error ? `<p class="error">${escape(error)}</p>` : ''}
<form method="post" action="${escape(action)}">
<label for="username">User name (any)</label>
<input id="username" name="username" value="${escape(user)}" autofocus required>
<label for="password">Password</label>
<input id="password" name="password" type="password" required>
<button type="submit">Sign in</button>
</form>
<p class="hint">A local development IdP: any user name works with the password the demo printed.</p>
</body></html>
`;
}
