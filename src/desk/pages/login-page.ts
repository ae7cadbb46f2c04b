import { html, type SafeHtml } from './html.ts';

/** The sign-in form: an API token (from `pulse editors add`), with the sign-in CSRF token. */
export function loginPage(opts: { csrf: string; next: string; error?: string | null }): SafeHtml {
  return html`<div class="login">
<h1>Sign in to the desk</h1>
${opts.error ? html`<div class="error-box" role="alert">${opts.error}</div>` : ''}
<form method="post" action="/desk/login">
<input type="hidden" name="_csrf" value="${opts.csrf}">
<input type="hidden" name="next" value="${opts.next}">
<label for="token">API token</label>
<input id="token" type="password" name="token" autocomplete="current-password" required aria-describedby="token-hint">
<div id="token-hint" class="small muted">Your token was printed once by <code>pulse editors add NAME</code>.</div>
<div class="actions"><button type="submit">Sign in</button></div>
</form>
</div>`;
}
