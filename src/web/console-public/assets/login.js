/* Sign-in page of the consoles. Vanilla JS; CSP allows only same-origin scripts. */
(function () {
  'use strict';
  var form = document.getElementById('login-form');
  var error = document.getElementById('login-error');
  var button = document.getElementById('login-submit');

  function target() {
    var next = new URLSearchParams(window.location.search).get('next') || '';
    // only our own console pages: never an absolute or protocol-relative address
    return /^\/console(\/|$)/.test(next) && next.indexOf('//') === -1 && next.indexOf('\\') === -1 ? next : '/console/';
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
        window.location.assign(target());
      });
    }).catch(function (err) {
      error.textContent = err && err.message ? err.message : 'Không đăng nhập được';
      button.disabled = false;
    });
  });
})();
