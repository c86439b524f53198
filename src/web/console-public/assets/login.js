/* Sign-in page shared by both consoles (staff console /console, editor console /editor): one account system.
   Vanilla JS; CSP allows only same-origin scripts. */
(function () {
  'use strict';
  var form = document.getElementById('login-form');
  var error = document.getElementById('login-error');
  var button = document.getElementById('login-submit');

  /** Where to go back to: only our own /console or /editor pages, never an absolute or protocol-relative
   *  address, no backslashes, control characters, whitespace or dot segments. Anything else → null. */
  function safeNext() {
    var next = new URLSearchParams(window.location.search).get('next') || '';
    if (!/^\/(console|editor)(\/|\?|#|$)/.test(next)) return null;
    if (next.indexOf('//') !== -1 || next.indexOf('\\') !== -1 || /[\u0000-\u0020\u007f]/.test(next)) return null;
    if (/(^|\/)(\.|%2e){1,2}(\/|\?|#|$)/i.test(next)) return null;
    try {
      // belt and braces: the browser's own reading of it must stay on this origin and under /console or /editor
      var u = new URL(next, window.location.origin);
      if (u.origin !== window.location.origin || !/^\/(console|editor)(\/|$)/.test(u.pathname)) return null;
      return u.pathname + u.search + u.hash;
    } catch (e) {
      return null;
    }
  }

  /** No (valid) `next`: the console the account can use. */
  function home(user) {
    var roles = (user && user.roles) || [];
    var editorOnly = roles.indexOf('admin') === -1 && roles.indexOf('staff') === -1 && (roles.indexOf('editor') !== -1 || roles.indexOf('reviewer') !== -1);
    return editorOnly ? '/editor' : '/console/';
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    error.textContent = '';
    button.disabled = true;
    fetch('/console/api/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ username: document.getElementById('username').value.trim(), password: document.getElementById('password').value }),
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) throw new Error((data && data.error && data.error.message) || 'Lỗi ' + res.status);
        window.location.assign(safeNext() || home(data && data.user));
      });
    }).catch(function (err) {
      error.textContent = err && err.message ? err.message : 'Không đăng nhập được';
      button.disabled = false;
    });
  });
})();
