/*
 * Staff console: queue, case view, replies, notes, canned answers, status, hand-back/close, application
 * statuses, accounts. Vanilla JS, no build step; every text is set through textContent (never parsed as HTML).
 * Live updates: one EventSource on /console/api/events (server-sent events fed from the store).
 */
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var csrf = '';
  var me = null;
  var current = null;      // id of the open case
  var currentCase = null;
  var lastSeq = 0;
  var queueItems = [];
  var canned = [];

  var STATUS = { new: 'Mới', in_progress: 'Đang xử lý', waiting: 'Chờ người dân', resolved: 'Đã xong' };
  var CHANNEL = { web: 'Web', zalo: 'Zalo', messenger: 'Messenger', cli: 'CLI' };
  var AUTHOR = { citizen: 'Người dân', bot: 'Trợ lý', staff: 'Cán bộ', system: 'Thông báo', note: 'Ghi chú nội bộ' };
  var ACTION = { read: 'xem', take: 'nhận xử lý', assign: 'giao cho', reply: 'trả lời', note: 'ghi chú', status: 'đổi trạng thái', handback: 'trả lại cho trợ lý', close: 'đóng' };
  var ROLE = { admin: 'Quản trị', staff: 'Cán bộ hỗ trợ người dân', editor: 'Biên tập nội dung', reviewer: 'Duyệt nội dung' };
  var APP_STATUS = { received: 'Đã tiếp nhận', processing: 'Đang giải quyết', supplement: 'Cần bổ sung hồ sơ', ready: 'Đã có kết quả, chờ trả', returned: 'Đã trả kết quả', rejected: 'Không đủ điều kiện' };

  // ---------------------------------------------------------------- helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
    return fetch('/console/api' + path, { method: method, headers: headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (data) {
          if (res.status === 401) {
            window.location.assign('/console/login.html?next=' + encodeURIComponent('/console/'));
            throw new Error('Phiên đăng nhập đã hết');
          }
          if (!res.ok) throw new Error((data && data.error && data.error.message) || 'Lỗi ' + res.status);
          return data;
        });
      });
  }

  function flash(text) {
    var f = $('flash');
    f.textContent = text;
    f.hidden = false;
    clearTimeout(flash.t);
    flash.t = setTimeout(function () { f.hidden = true; }, 4000);
  }

  function ago(iso) {
    if (!iso) return '';
    var s = Math.max(0, (Date.now() - new Date(iso).getTime()) / 1000);
    if (s < 60) return 'dưới 1 phút';
    var m = Math.floor(s / 60);
    if (m < 60) return m + ' phút';
    var h = Math.floor(m / 60);
    if (h < 24) return h + ' giờ ' + (m % 60) + ' phút';
    return Math.floor(h / 24) + ' ngày ' + (h % 24) + ' giờ';
  }

  function when(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return two(d.getHours()) + ':' + two(d.getMinutes()) + ' ' + two(d.getDate()) + '/' + two(d.getMonth() + 1);
  }

  function safeUrl(url) {
    try {
      var u = new URL(String(url), window.location.href);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch (e) { return null; }
  }

  function windowText(w) {
    if (!w) return null;
    if (w.state === 'open') return (w.closingSoon ? 'Sắp hết thời hạn nhắn tin cho người dân: ' : 'Có thể nhắn tin cho người dân đến ') + when(w.closesAt);
    if (w.state === 'human_agent') return (w.closingSoon ? 'Sắp hết hẳn thời hạn nhắn tin: ' : 'Đã quá 24 giờ: chỉ cán bộ còn nhắn được cho người dân, đến ') + when(w.closesAt);
    return 'Đã hết thời hạn nhắn tin qua kênh này: vui lòng liên hệ người dân bằng cách khác (ví dụ qua điện thoại)';
  }

  function windowClass(w) {
    if (!w) return '';
    if (w.state === 'closed') return 'win-closed';
    if (w.closingSoon || w.state === 'human_agent') return 'win-warn';
    return 'win-open';
  }

  // ---------------------------------------------------------------- queue
  function loadQueue() {
    return api('GET', '/queue?status=' + encodeURIComponent($('filter').value)).then(function (data) {
      queueItems = data.items || [];
      renderQueue();
    }).catch(function (e) { flash(e.message); });
  }

  function renderQueue() {
    var list = $('queue');
    clear(list);
    $('queue-empty').hidden = queueItems.length > 0;
    var filter = $('filter').value;
    $('queue-empty').textContent = filter === 'resolved' ? 'Chưa có yêu cầu nào đã xử lý xong.'
      : filter === 'all' ? 'Chưa có yêu cầu nào từ người dân.'
      : 'Hiện không có yêu cầu nào đang chờ. Phản ánh và yêu cầu gặp cán bộ mới sẽ tự hiện ở đây.';
    queueItems.forEach(function (it) {
      var li = el('li', 'item' + (it.id === current ? ' selected' : ''));
      li.tabIndex = 0;
      li.setAttribute('data-id', it.id);
      li.setAttribute('role', 'button');
      var head = el('div', 'item-head');
      head.appendChild(el('strong', 'code', it.code || 'Gặp cán bộ'));
      head.appendChild(el('span', 'badge ch-' + it.channel, CHANNEL[it.channel] || it.channel));
      head.appendChild(el('span', 'badge st-' + it.status, STATUS[it.status] || it.status));
      if (it.human) head.appendChild(el('span', 'badge human', 'Cán bộ trả lời'));
      li.appendChild(head);
      if (it.preview) li.appendChild(el('div', 'preview', it.preview));
      var meta = el('div', 'item-meta');
      meta.appendChild(el('span', 'assignee', it.assignee ? 'Phụ trách: ' + it.assignee.name : 'Chưa ai nhận'));
      if (it.waitingSince) meta.appendChild(el('span', 'waiting', 'chờ ' + ago(it.waitingSince)));
      var wt = windowText(it.window);
      if (wt && it.window.state !== 'open') meta.appendChild(el('span', 'win ' + windowClass(it.window), wt));
      else if (wt && it.window.closingSoon) meta.appendChild(el('span', 'win win-warn', wt));
      li.appendChild(meta);
      li.addEventListener('click', function () { openCase(it.id); });
      li.addEventListener('keydown', function (e) { if (e.key === 'Enter') openCase(it.id); });
      list.appendChild(li);
    });
  }

  var queueTimer = null;
  function refreshQueueSoon() {
    if (queueTimer) return;
    queueTimer = setTimeout(function () { queueTimer = null; loadQueue(); }, 250);
  }

  // ---------------------------------------------------------------- case view
  function openCase(id) {
    current = id;
    lastSeq = 0;
    clear($('transcript'));
    $('form-error').textContent = '';
    $('close-box').hidden = true;
    $('case').hidden = false;
    $('case-empty').hidden = true;
    renderQueue();
    // one column (phone, small tablet): the case opens below the queue, bring it into view
    if (window.matchMedia && window.matchMedia('(max-width: 860px)').matches) $('case').scrollIntoView({ block: 'start' });
    return Promise.all([loadCase(), loadMessages()]);
  }

  function loadCase() {
    if (!current) return Promise.resolve();
    var id = current;
    return api('GET', '/cases/' + encodeURIComponent(id)).then(function (data) {
      if (id !== current) return;
      currentCase = data.case;
      renderCase(data.case, data.audit || []);
    }).catch(function (e) { flash(e.message); });
  }

  function renderCase(c, audit) {
    $('case-title').textContent = (c.code ? 'Phản ánh ' + c.code : 'Yêu cầu gặp cán bộ') + ' — ' + (CHANNEL[c.channel] || c.channel);
    var meta = [STATUS[c.status] || c.status, c.assignee ? 'Phụ trách: ' + c.assignee.name : 'Chưa ai nhận', 'Vào hàng chờ ' + when(c.queuedAt)];
    if (c.human) meta.push('Trợ lý tự động tạm dừng, cán bộ trả lời');
    else meta.push('Trợ lý tự động đang trả lời');
    if (c.waitingSince) meta.push('Người dân chờ ' + ago(c.waitingSince));
    if (c.resolution) meta.push('Kết quả: ' + c.resolution);
    $('case-meta').textContent = meta.join(' · ');
    var wt = windowText(c.window);
    $('case-window').hidden = !wt;
    $('case-window').textContent = wt || '';
    $('case-window').className = 'window ' + windowClass(c.window);

    var resolved = c.status === 'resolved';
    var mine = c.assignee && me && c.assignee.username === me.username;
    $('take').hidden = resolved || (mine && c.human);
    $('handback').hidden = resolved || !c.human;
    $('close').hidden = resolved;
    $('assign').disabled = resolved;
    $('status').disabled = resolved;
    $('send').disabled = resolved;
    if (!resolved) $('status').value = c.status;

    var dl = $('complaint');
    clear(dl);
    var k = c.complaint;
    dl.hidden = !k;
    if (k) {
      var rows = [
        ['Sự việc', k.description],
        ['Địa điểm', k.location ? [k.location.text, k.location.latitude !== undefined ? k.location.latitude + ', ' + k.location.longitude : null].filter(Boolean).join(' — ') : null],
        ['Thời gian', k.when],
        ['Điện thoại', k.phone],
        ['Đồng ý liên hệ', k.consent === true ? 'Có' : k.consent === false ? 'Không' : 'Chưa trả lời'],
      ];
      rows.forEach(function (r) {
        dl.appendChild(el('dt', null, r[0]));
        dl.appendChild(el('dd', null, r[1] || '—'));
      });
      if (k.location && k.location.latitude !== undefined) {
        var dd = el('dd');
        var a = el('a', null, 'Xem bản đồ');
        a.href = 'https://www.openstreetmap.org/?mlat=' + encodeURIComponent(k.location.latitude) + '&mlon=' + encodeURIComponent(k.location.longitude) + '#map=17/' + encodeURIComponent(k.location.latitude) + '/' + encodeURIComponent(k.location.longitude);
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        dd.appendChild(a);
        dl.appendChild(el('dt', null, 'Vị trí'));
        dl.appendChild(dd);
      }
      if (k.attachments && k.attachments.length) {
        dl.appendChild(el('dt', null, 'Tệp đính kèm'));
        var ad = el('dd');
        ad.appendChild(attachmentList(k.attachments));
        dl.appendChild(ad);
      }
    }

    var ol = $('audit');
    clear(ol);
    audit.forEach(function (a) {
      ol.appendChild(el('li', null, when(a.at) + ' — ' + a.username + ' ' + (ACTION[a.action] || a.action) + (a.detail ? ' ' + a.detail : '')));
    });
  }

  function attachmentList(list) {
    var ul = el('ul', 'attachments');
    list.forEach(function (a) {
      var li = el('li');
      if (a.kind === 'location') {
        li.textContent = 'Vị trí: ' + a.latitude + ', ' + a.longitude;
      } else {
        var url = a.url && safeUrl(a.url);
        if (url) {
          var link = el('a', null, (a.kind === 'image' ? 'Ảnh' : 'Tệp') + (a.name ? ': ' + a.name : ''));
          link.href = url;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          li.appendChild(link);
          if (a.kind === 'image') {
            var img = el('img', 'thumb');
            img.alt = 'Ảnh người dân gửi';
            img.loading = 'lazy';
            img.referrerPolicy = 'no-referrer';
            img.src = url;
            li.appendChild(img);
          }
        } else {
          li.textContent = (a.kind || 'tệp') + (a.name ? ': ' + a.name : '');
        }
      }
      ul.appendChild(li);
    });
    return ul;
  }

  var loadingMessages = null;
  function loadMessages() {
    if (!current) return Promise.resolve();
    if (loadingMessages) { loadMessages.again = true; return loadingMessages; }
    var id = current;
    loadingMessages = api('GET', '/cases/' + encodeURIComponent(id) + '/messages?after=' + lastSeq).then(function (data) {
      if (id !== current) return;
      (data.messages || []).forEach(function (m) {
        if (m.seq <= lastSeq) return;
        lastSeq = m.seq;
        $('transcript').appendChild(messageItem(m));
      });
      var t = $('transcript');
      t.scrollTop = t.scrollHeight;
    }).catch(function (e) { flash(e.message); }).then(function () {
      loadingMessages = null;
      if (loadMessages.again) { loadMessages.again = false; loadMessages(); }
    });
    return loadingMessages;
  }

  function messageItem(m) {
    var li = el('li', 'msg author-' + m.author);
    li.setAttribute('data-seq', m.seq);
    var head = el('div', 'msg-head');
    head.appendChild(el('span', 'who', (AUTHOR[m.author] || m.author) + (m.staffName ? ' ' + m.staffName : '')));
    head.appendChild(el('time', null, when(m.at)));
    li.appendChild(head);
    if (m.text) li.appendChild(el('div', 'text', m.text));
    if (m.attachments && m.attachments.length) li.appendChild(attachmentList(m.attachments));
    if (m.choices && m.choices.length) li.appendChild(el('div', 'choices', 'Lựa chọn gửi kèm: ' + m.choices.join(' | ')));
    return li;
  }

  function act(path, body, done) {
    if (!current) return Promise.resolve();
    $('form-error').textContent = '';
    return api('POST', '/cases/' + encodeURIComponent(current) + path, body || {}).then(function (data) {
      if (done) done(data);
      return Promise.all([loadCase(), loadMessages(), loadQueue()]);
    }).catch(function (e) { $('form-error').textContent = e.message; });
  }

  // ---------------------------------------------------------------- live updates
  function connectEvents() {
    if (typeof EventSource !== 'function') return;
    var es = new EventSource('/console/api/events');
    es.onopen = function () { setLive(true); loadQueue(); if (current) { loadCase(); loadMessages(); } };
    es.onerror = function () { setLive(false); };
    var onEvent = function (e) {
      var d = {};
      try { d = JSON.parse(e.data); } catch (err) { /* ignore */ }
      refreshQueueSoon();
      if (current && d.caseId === current) {
        loadMessages();
        if (e.type === 'case') loadCase();
      }
    };
    es.addEventListener('case', onEvent);
    es.addEventListener('message', onEvent);
  }

  function setLive(on) {
    var l = $('live');
    l.className = 'live ' + (on ? 'on' : 'off');
    l.textContent = on ? 'Tự cập nhật' : 'Mất kết nối, đang thử lại…';
  }

  /** A table body with no rows gets one row that says so. */
  function emptyRow(tbody, columns, text) {
    var tr = el('tr', 'empty-row');
    var td = el('td', null, text);
    td.colSpan = columns;
    tr.appendChild(td);
    tbody.appendChild(tr);
  }

  // ---------------------------------------------------------------- other tabs
  function loadApps() {
    return api('GET', '/applications').then(function (data) {
      var tb = $('apps');
      clear(tb);
      (data.applications || []).forEach(function (a) {
        var tr = el('tr');
        [a.code, APP_STATUS[a.status] || a.status, a.procedure || '', a.dueDate || '', when(a.updatedAt)].forEach(function (v) { tr.appendChild(el('td', null, v)); });
        tb.appendChild(tr);
      });
      if (!tb.firstChild) emptyRow(tb, 5, 'Chưa có hồ sơ nào. Nhập mã hồ sơ và trạng thái ở trên để người dân tra cứu được.');
    }).catch(function (e) { $('app-error').textContent = e.message; });
  }

  function loadAdmin() {
    api('GET', '/users').then(function (data) {
      var tb = $('users');
      clear(tb);
      (data.users || []).forEach(function (u) {
        var tr = el('tr');
        [u.username, u.displayName, (u.roles || []).map(function (r) { return ROLE[r] || r; }).join(', ')].forEach(function (v) { tr.appendChild(el('td', null, v)); });
        tb.appendChild(tr);
      });
    }).catch(function (e) { $('user-error').textContent = e.message; });
    renderCannedAdmin();
  }

  function loadCanned() {
    return api('GET', '/canned').then(function (data) {
      canned = data.canned || [];
      var sel = $('canned');
      while (sel.options.length > 1) sel.remove(1);
      canned.forEach(function (c) {
        var o = el('option', null, c.title);
        o.value = c.id;
        sel.appendChild(o);
      });
      renderCannedAdmin();
    }).catch(function () { /* optional */ });
  }

  function renderCannedAdmin() {
    var ul = $('canned-list');
    if (!ul || !me || me.roles.indexOf('admin') < 0) return;
    clear(ul);
    $('canned-empty').hidden = canned.length > 0;
    canned.forEach(function (c) {
      var li = el('li');
      li.appendChild(el('strong', null, c.title));
      li.appendChild(el('span', null, ' — ' + c.text));
      var b = el('button', 'small', 'Xóa');
      b.type = 'button';
      b.addEventListener('click', function () {
        api('DELETE', '/canned/' + encodeURIComponent(c.id)).then(loadCanned).catch(function (e) { $('canned-error').textContent = e.message; });
      });
      li.appendChild(b);
      ul.appendChild(li);
    });
  }

  function loadStaff() {
    return api('GET', '/staff').then(function (data) {
      var sel = $('assignee');
      clear(sel);
      (data.staff || []).forEach(function (s) {
        var o = el('option', null, s.name + ' (' + s.username + ')');
        o.value = s.username;
        sel.appendChild(o);
      });
    }).catch(function () { /* optional */ });
  }

  function showTab(name) {
    Array.prototype.forEach.call(document.querySelectorAll('.tab'), function (b) { b.classList.toggle('active', b.getAttribute('data-tab') === name); });
    $('view-queue').hidden = name !== 'queue';
    $('view-apps').hidden = name !== 'apps';
    $('view-admin').hidden = name !== 'admin';
    if (name === 'apps') loadApps();
    if (name === 'admin') loadAdmin();
  }

  // ---------------------------------------------------------------- wiring
  $('filter').addEventListener('change', loadQueue);
  Array.prototype.forEach.call(document.querySelectorAll('.tab'), function (b) {
    b.addEventListener('click', function () { showTab(b.getAttribute('data-tab')); });
  });
  $('take').addEventListener('click', function () { act('/take'); });
  $('assign').addEventListener('click', function () { act('/assign', { username: $('assignee').value }); });
  $('status').addEventListener('change', function () { act('/status', { status: $('status').value }); });
  $('handback').addEventListener('click', function () { act('/handback', {}, function () { flash('Đã trả cuộc trò chuyện cho trợ lý tự động'); }); });
  $('close').addEventListener('click', function () { $('close-box').hidden = false; $('close-note').focus(); });
  $('close-cancel').addEventListener('click', function () { $('close-box').hidden = true; });
  $('close-confirm').addEventListener('click', function () {
    var note = $('close-note').value.trim();
    if (!note) { $('form-error').textContent = 'Vui lòng ghi kết quả xử lý'; return; }
    act('/close', { note: note }, function () { $('close-box').hidden = true; $('close-note').value = ''; flash('Đã đóng yêu cầu'); });
  });
  $('canned').addEventListener('change', function () {
    var c = canned.filter(function (x) { return x.id === $('canned').value; })[0];
    if (c) {
      var r = $('reply');
      r.value = r.value ? r.value + '\n' + c.text : c.text;
      r.focus();
    }
    $('canned').value = '';
  });
  $('reply-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var text = $('reply').value.trim();
    if (!text) return;
    $('send').disabled = true;
    act('/reply', { text: text }, function () { $('reply').value = ''; }).then(function () { $('send').disabled = currentCase && currentCase.status === 'resolved'; });
  });
  $('add-note').addEventListener('click', function () {
    var text = $('reply').value.trim();
    if (!text) return;
    act('/notes', { text: text }, function () { $('reply').value = ''; });
  });
  $('app-form').addEventListener('submit', function (e) {
    e.preventDefault();
    $('app-error').textContent = '';
    var body = { code: $('app-code').value, status: $('app-status').value };
    if ($('app-procedure').value.trim()) body.procedure = $('app-procedure').value;
    if ($('app-due').value.trim()) body.dueDate = $('app-due').value;
    if ($('app-note').value.trim()) body.note = $('app-note').value;
    api('POST', '/applications', body).then(function () { $('app-form').reset(); loadApps(); flash('Đã lưu'); }).catch(function (err) { $('app-error').textContent = err.message; });
  });
  $('user-form').addEventListener('submit', function (e) {
    e.preventDefault();
    $('user-error').textContent = '';
    api('POST', '/users', { username: $('user-name').value.trim(), displayName: $('user-display').value.trim(), roles: [$('user-role').value], password: $('user-password').value })
      .then(function () { $('user-form').reset(); loadAdmin(); loadStaff(); flash('Đã tạo tài khoản'); })
      .catch(function (err) { $('user-error').textContent = err.message; });
  });
  $('canned-form').addEventListener('submit', function (e) {
    e.preventDefault();
    $('canned-error').textContent = '';
    api('POST', '/canned', { title: $('canned-title').value, text: $('canned-text').value })
      .then(function () { $('canned-form').reset(); loadCanned(); })
      .catch(function (err) { $('canned-error').textContent = err.message; });
  });
  $('logout').addEventListener('click', function () {
    api('POST', '/logout', {}).catch(function () { /* ignore */ }).then(function () { window.location.assign('/console/login.html'); });
  });
  setInterval(renderQueue, 30000); // waiting times move on

  api('GET', '/me').then(function (data) {
    me = data.user;
    csrf = data.csrfToken;
    $('me').textContent = me.displayName + ' (' + me.username + ')';
    $('logout').title = 'Đăng xuất khỏi tài khoản ' + me.username;
    $('tab-admin').hidden = me.roles.indexOf('admin') < 0;
    loadQueue();
    loadStaff();
    loadCanned();
    connectEvents();
  }).catch(function (e) { flash(e.message); });
})();
