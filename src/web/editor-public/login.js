/* Sign-in for the editor console (same accounts and sessions as the staff console). */
(function () {
  'use strict';
  var form = document.getElementById('login-form');
  var err = document.getElementById('login-error');
  function next() {
    var n = new URLSearchParams(window.location.search).get('next') || '/editor';
    return /^\/editor(\/|$|\?)/.test(n) ? n : '/editor';
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    err.hidden = true;
    fetch('/console/api/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ username: document.getElementById('username').value.trim(), password: document.getElementById('password').value }),
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) throw new Error((data.error && data.error.message) || 'Đăng nhập không thành công');
        window.location.assign(next());
      });
    }).catch(function (e2) {
      err.textContent = e2.message;
      err.hidden = false;
    });
  });
})();
