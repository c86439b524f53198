/* Trợ lý Một cửa — web chat. Vanilla JS, no dependencies; text is only ever set through textContent / text nodes. */
(function () {
  'use strict';

  var API = '/api/v1/chat';
  var FEEDBACK_API = '/api/v1/feedback';
  var ID_KEY = 'motcua.conversation';
  var LOG_KEY = 'motcua.log.';
  var MAX_SAVED = 60;
  var TIMEOUT_MS = 20000;

  var log = document.getElementById('log');
  var quick = document.getElementById('quick');
  var typing = document.getElementById('typing');
  var form = document.getElementById('form');
  var input = document.getElementById('q');
  var sendBtn = document.getElementById('send');
  var resetBtn = document.getElementById('reset');

  var busy = false;
  var transcript = [];
  var conversation = '';

  // ---- storage (may be unavailable: private mode, blocked cookies) ----
  function store(kind) {
    try {
      var s = window[kind];
      var k = '__motcua_test__';
      s.setItem(k, '1');
      s.removeItem(k);
      return s;
    } catch (e) {
      return null;
    }
  }
  var local = store('localStorage');
  var session = store('sessionStorage');

  function newId() {
    var bytes = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    var hex = '';
    for (var i = 0; i < bytes.length; i++) hex += ('0' + bytes[i].toString(16)).slice(-2);
    return 'w-' + hex;
  }

  function loadConversation() {
    var id = local && local.getItem(ID_KEY);
    if (!id || !/^[A-Za-z0-9_.:-]{1,100}$/.test(id)) {
      id = newId();
      if (local) local.setItem(ID_KEY, id);
    }
    return id;
  }

  function saveTranscript() {
    if (!session) return;
    try {
      session.setItem(LOG_KEY + conversation, JSON.stringify(transcript.slice(-MAX_SAVED)));
    } catch (e) { /* quota: ignore */ }
  }

  function loadTranscript() {
    if (!session) return [];
    try {
      var v = JSON.parse(session.getItem(LOG_KEY + conversation) || '[]');
      return Array.isArray(v) ? v : [];
    } catch (e) {
      return [];
    }
  }

  // ---- rendering ----
  function safeUrl(url) {
    try {
      var u = new URL(String(url), window.location.href);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function anchor(url, title) {
    var a = document.createElement('a');
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = title;
    return a;
  }

  /** Text with http(s) addresses turned into links — built from text nodes, never parsed as HTML. */
  function appendLinkified(el, text) {
    var re = /https?:\/\/[^\s<>"']+/g;
    var last = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      var raw = m[0].replace(/[.,;:!?)\]]+$/, '');
      if (m.index > last) el.appendChild(document.createTextNode(text.slice(last, m.index)));
      var url = safeUrl(raw);
      el.appendChild(url ? anchor(url, raw) : document.createTextNode(raw));
      last = m.index + raw.length;
      re.lastIndex = last;
    }
    if (last < text.length) el.appendChild(document.createTextNode(text.slice(last)));
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function render(entry) {
    var wrap = document.createElement('div');
    wrap.className = entry.role === 'staff' ? 'msg bot staff' : 'msg ' + entry.role;
    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    var who = document.createElement('span');
    who.className = 'sr';
    who.textContent = entry.role === 'user' ? 'Bạn: ' : entry.role === 'error' ? 'Lỗi: ' : entry.role === 'staff' ? 'Cán bộ: ' : 'Trợ lý: ';
    bubble.appendChild(who);
    if (entry.role === 'bot' || entry.role === 'staff') appendLinkified(bubble, String(entry.text || ''));
    else bubble.appendChild(document.createTextNode(String(entry.text || '')));
    wrap.appendChild(bubble);
    if (entry.links && entry.links.length) {
      var links = document.createElement('div');
      links.className = 'links';
      entry.links.forEach(function (l) {
        var url = l && safeUrl(l.url);
        if (url) links.appendChild(anchor(url, String(l.title || url)));
      });
      if (links.childNodes.length) wrap.appendChild(links);
    }
    // answers (they carry the official link) get a thumbs-down: the editors see what missed
    if (entry.role === 'bot' && entry.links && entry.links.length && !entry.voted) {
      var fb = document.createElement('button');
      fb.type = 'button';
      fb.className = 'feedback';
      fb.textContent = 'Câu trả lời này chưa đúng ý';
      fb.addEventListener('click', function () {
        fb.disabled = true;
        fetch(FEEDBACK_API, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ conversation: conversation, vote: 'down' }),
          credentials: 'same-origin',
        }).then(function () {
          entry.voted = true;
          saveTranscript();
          var thanks = document.createElement('span');
          thanks.className = 'feedback-thanks';
          thanks.textContent = 'Cảm ơn Quý khách đã góp ý.';
          if (fb.parentNode) fb.parentNode.replaceChild(thanks, fb);
        }).catch(function () {
          fb.disabled = false;
        });
      });
      wrap.appendChild(fb);
    }
    log.appendChild(wrap);
    scrollDown();
    return wrap;
  }

  function add(entry, persist) {
    var node = render(entry);
    if (persist !== false && entry.role !== 'error') {
      transcript.push(entry);
      saveTranscript();
    }
    return node;
  }

  /**
   * After a turn (and after the quick replies took their room): show the whole turn when it fits,
   * otherwise scroll to where it starts so a long answer is read from its first line.
   */
  function reveal(start) {
    var bottom = log.scrollHeight - log.clientHeight;
    log.scrollTop = start ? Math.min(bottom, Math.max(0, start.offsetTop - 8)) : bottom;
  }

  var shownChoices = [];
  function showChoices(choices) {
    shownChoices = choices || [];
    while (quick.firstChild) quick.removeChild(quick.firstChild);
    (choices || []).forEach(function (c) {
      if (!c || typeof c.title !== 'string' || typeof c.payload !== 'string') return;
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'chip';
      b.textContent = c.title;
      b.addEventListener('click', function () {
        send({ text: c.title, payload: c.payload }, c.title);
      });
      quick.appendChild(b);
    });
  }

  function setBusy(on) {
    busy = on;
    typing.hidden = !on;
    sendBtn.disabled = on;
    Array.prototype.forEach.call(quick.querySelectorAll('button'), function (b) { b.disabled = on; });
    if (on) scrollDown();
  }

  // ---- network ----
  function post(body) {
    return request(API, { 'Content-Type': 'application/json' }, JSON.stringify(body));
  }

  /** A photo or PDF for the conversation: the server answers like a turn. */
  function postFile(file) {
    var url = API + '/' + encodeURIComponent(conversation) + '/files?name=' + encodeURIComponent(file.name || '');
    return request(url, { 'Content-Type': file.type || 'application/octet-stream' }, file);
  }

  function request(url, headers, body) {
    var ctrl = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = ctrl ? setTimeout(function () { ctrl.abort(); }, TIMEOUT_MS) : null;
    headers.Accept = 'application/json';
    return fetch(url, {
      method: 'POST',
      headers: headers,
      body: body,
      credentials: 'same-origin',
      signal: ctrl ? ctrl.signal : undefined,
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) {
          var msg = data && data.error && data.error.message;
          var e = new Error(msg || '');
          e.status = res.status;
          throw e;
        }
        return data;
      });
    }).finally(function () {
      if (timer) clearTimeout(timer);
    });
  }

  /**
   * Sends one turn. `shown` is the user bubble (typed text or the tapped button's title);
   * null for the silent greeting at the start.
   */
  function send(body, shown) {
    var payload = { conversation: conversation };
    if (body.text) payload.text = body.text;
    if (body.payload) payload.payload = body.payload;
    return turn(function () { return post(payload); }, shown);
  }

  /** One exchange: the user bubble, then the bot's messages (or a clear error). */
  function turn(call, shown) {
    if (busy) return Promise.resolve();
    var start = shown ? add({ role: 'user', text: shown }) : null;
    var before = shownChoices;
    showChoices([]);
    setBusy(true);
    return call().then(function (data) {
      var messages = Array.isArray(data.messages) ? data.messages : [];
      var lastChoices = [];
      messages.forEach(function (m) {
        if (!m || typeof m.text !== 'string') return;
        var node = add({ role: 'bot', text: m.text, links: Array.isArray(m.links) ? m.links : undefined });
        if (!start) start = node;
        if (Array.isArray(m.choices) && m.choices.length) lastChoices = m.choices;
      });
      var lastEntry = transcript[transcript.length - 1];
      if (lastEntry && lastEntry.role === 'bot') {
        lastEntry.choices = lastChoices;
        saveTranscript();
      }
      setBusy(false);
      showChoices(lastChoices);
      reveal(start);
    }).catch(function (err) {
      setBusy(false);
      var offline = err && (err.name === 'AbortError' || err.name === 'TypeError');
      // server messages are "Vietnamese / English": the citizen reads the Vietnamese half
      var reason = err && err.message ? String(err.message).split(' / ')[0].replace(/[.\s]+$/, '') : '';
      add({
        role: 'error',
        text: offline
          ? 'Không kết nối được tới máy chủ. Quý khách vui lòng kiểm tra mạng và thử lại.'
          : reason
            ? 'Xin lỗi, tin nhắn chưa gửi được: ' + reason + '.'
            : 'Xin lỗi, tin nhắn chưa gửi được' + (err && err.status ? ' (mã lỗi ' + err.status + ')' : '') + '. Quý khách vui lòng thử lại sau ít phút.',
      }, false);
      showChoices(before); // the quick replies stay usable for another try
      reveal(null);
    });
  }

  // ---- messages sent outside a turn (staff replies, hand-off notices), polled while the page is open ----
  var CURSOR_KEY = 'motcua.cursor.';
  var POLL_MS = 2000;
  var polling = false;
  var memCursor = null;
  var seenPushed = [];

  function getCursor() {
    var v = session ? session.getItem(CURSOR_KEY + conversation) : null;
    if (v !== null && v !== undefined && /^\d+$/.test(v)) return Number(v);
    return memCursor;
  }

  function setCursor(n) {
    memCursor = n;
    if (session) {
      try { session.setItem(CURSOR_KEY + conversation, String(n)); } catch (e) { /* quota: ignore */ }
    }
  }

  function poll() {
    if (polling || document.hidden) return;
    polling = true;
    var forConversation = conversation;
    var cursor = getCursor();
    // re-read a few numbers back: a message can become visible after a later one (seen ones are skipped)
    var url = API + '/' + encodeURIComponent(conversation) + '/messages' + (cursor === null ? '' : '?after=' + Math.max(0, cursor - 10));
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (data) {
        if (!data || forConversation !== conversation) return;
        var max = typeof data.last === 'number' ? data.last : 0;
        var lastChoices = null;
        if (cursor !== null) {
          (Array.isArray(data.messages) ? data.messages : []).forEach(function (m) {
            if (!m || typeof m.text !== 'string' || typeof m.seq !== 'number') return;
            if (m.seq > max) max = m.seq;
            if (seenPushed.indexOf(m.seq) >= 0 || isShown(m.seq)) return;
            seenPushed.push(m.seq);
            add({ role: m.author === 'staff' ? 'staff' : 'bot', text: m.text, seq: m.seq });
            if (Array.isArray(m.choices) && m.choices.length) lastChoices = m.choices;
          });
          if (seenPushed.length > 50) seenPushed = seenPushed.slice(-50);
        }
        if (lastChoices && !busy) { showChoices(lastChoices); scrollDown(); }
        setCursor(Math.max(cursor || 0, max));
      })
      .catch(function () { /* offline: try again later */ })
      .then(function () { polling = false; });
  }

  function isShown(seq) {
    for (var i = 0; i < transcript.length; i++) if (transcript[i].seq === seq) return true;
    return false;
  }

  function start() {
    memCursor = null;
    seenPushed = [];
    while (log.firstChild) log.removeChild(log.firstChild);
    showChoices([]);
    transcript = loadTranscript();
    if (transcript.length) {
      transcript.forEach(function (e) { render(e); });
      var last = transcript[transcript.length - 1];
      showChoices(last && last.choices);
      scrollDown();
    } else {
      send({ payload: 'intent:greeting' }, null);
    }
  }

  // ---- composer ----
  function autogrow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 140) + 'px';
  }

  var fileInput = document.getElementById('file');
  if (fileInput) {
    fileInput.addEventListener('change', function () {
      var file = fileInput.files && fileInput.files[0];
      fileInput.value = '';
      if (!file) return;
      if (file.size > 5 * 1024 * 1024) {
        add({ role: 'error', text: 'Tệp quá lớn (tối đa 5 MB). Quý khách vui lòng chọn ảnh nhỏ hơn.' }, false);
        return;
      }
      turn(function () { return postFile(file); }, '📎 ' + (file.name || 'Tệp đính kèm'));
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    autogrow();
    send({ text: text }, text);
  });

  input.addEventListener('keydown', function (e) {
    // Vietnamese input methods (Telex/VNI) compose: never send in the middle of a composition.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      if (typeof form.requestSubmit === 'function') form.requestSubmit();
      else form.dispatchEvent(new Event('submit', { cancelable: true }));
    }
  });
  input.addEventListener('input', autogrow);

  resetBtn.addEventListener('click', function () {
    if (busy) return;
    if (session) session.removeItem(LOG_KEY + conversation);
    conversation = newId();
    if (local) local.setItem(ID_KEY, conversation);
    start();
    input.focus();
  });

  conversation = loadConversation();
  start();
  poll();
  setInterval(poll, POLL_MS);
  document.addEventListener('visibilitychange', poll);
})();
