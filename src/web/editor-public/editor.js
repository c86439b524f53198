/* Editor console (Một cửa). Vanilla JS; every text goes through textContent (never parsed as HTML). */
(function () {
  'use strict';

  var API = '/editor/api';
  var me = null;
  var csrf = '';

  // ---------- helpers ----------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'text') e.textContent = v;
      else if (k === 'onclick') e.addEventListener('click', v);
      else if (k === 'oninput') e.addEventListener('input', v);
      else if (k === 'value') e.value = v;
      else if (k === 'checked') e.checked = !!v;
      else e.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function $(id) { return document.getElementById(id); }
  function flash(text, kind) {
    var f = $('flash');
    f.textContent = text;
    f.className = kind || 'ok';
    f.hidden = false;
    clearTimeout(flash.t);
    flash.t = setTimeout(function () { f.hidden = true; }, 6000);
  }
  function api(method, path, body, raw) {
    var headers = { Accept: 'application/json' };
    if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
    if (body !== undefined && !raw) headers['Content-Type'] = 'application/json';
    if (raw) headers['Content-Type'] = 'application/octet-stream';
    return fetch(API + path, { method: method, headers: headers, credentials: 'same-origin', body: body === undefined ? undefined : raw ? body : JSON.stringify(body) })
      .then(function (res) {
        if (res.status === 401) { window.location.assign('/console/login.html?next=' + encodeURIComponent('/editor')); throw new Error('Vui lòng đăng nhập'); }
        return res.json().catch(function () { return {}; }).then(function (data) {
          if (!res.ok) {
            var err = new Error((data.error && data.error.message) || ('Lỗi ' + res.status));
            err.issues = data.error && data.error.issues;
            throw err;
          }
          return data;
        });
      });
  }
  function fail(e) { flash(e.message + (e.issues ? ': ' + e.issues.map(function (i) { return i.message; }).join('; ') : ''), 'err'); }
  function fmt(d) { return d ? new Date(d).toLocaleString('vi-VN') : ''; }
  function show(x) {
    if (x === undefined || x === null || x === '') return '—';
    if (typeof x === 'boolean') return x ? 'có' : 'không';
    if (typeof x === 'string') return x;
    if (x.number && x.title) return x.number + ' — ' + x.title + (x.effectiveFrom ? ' (hiệu lực ' + x.effectiveFrom + ')' : '');
    if (x.name) return x.name + (x.note ? ' (' + x.note + ')' : '');
    if (x.from !== undefined) return x.from + ' → ' + x.to;
    return JSON.stringify(x);
  }
  var STATUS = { draft: 'Nháp', submitted: 'Chờ duyệt', returned: 'Bị trả lại', scheduled: 'Đã hẹn ngày', published: 'Đã xuất bản', discarded: 'Đã bỏ', publishing: 'Đang xuất bản' };
  var LEVELS = [['xa', 'Cấp xã'], ['tinh', 'Cấp tỉnh'], ['trung-uong', 'Trung ương']];
  var ROLES = { admin: 'Quản trị', editor: 'Biên tập', reviewer: 'Duyệt nội dung', staff: 'Cán bộ hỗ trợ' };
  var INTENTS = { procedure: 'Hỏi về thủ tục', complaint: 'Phản ánh, kiến nghị', human: 'Gặp cán bộ', status: 'Tra cứu tình trạng hồ sơ', office: 'Giờ làm việc, địa chỉ', greeting: 'Chào hỏi', thanks: 'Cảm ơn', goodbye: 'Chào tạm biệt', out_of_scope: 'Ngoài phạm vi', followup: 'Hỏi tiếp về thủ tục đang nói', aspect: 'Cách hỏi về một nội dung' };
  var KINDS = { answer: 'Trả lời ngay', clarify: 'Hỏi lại để chọn đúng thủ tục', ask_topic: 'Hỏi người dân cần thủ tục nào', intent: 'Trả lời theo ý định' };
  var LEXICONS = { abbreviations: 'Từ viết tắt', regional: 'Từ địa phương', teencode: 'Cách viết trên mạng (teencode)' };
  var CONTENT_KINDS = { procedure: 'thủ tục', intent: 'câu mẫu', lexicon: 'từ điển' };
  var procedureNames = {};
  function intentLabel(key) {
    // "_aspect-fee": phrases that teach how an aspect is asked
    if (key.indexOf('_aspect-') === 0) {
      var a = ASPECTS.filter(function (x) { return x[0] === key.slice(8); })[0];
      return 'Cách hỏi: ' + (a ? a[1] : key.slice(8));
    }
    if (key.charAt(0) === '_') return INTENTS[key.slice(1)] || key;
    return procedureNames[key] || key;
  }
  var currentProc = null;
  var currentDraft = null;
  /** Highlights the open item of a list (buttons carrying `attr`). */
  function markCurrent(listId, attr, value) {
    Array.prototype.forEach.call($(listId).querySelectorAll('button[' + attr + ']'), function (b) {
      var on = b.getAttribute(attr) === value;
      b.classList.toggle('current', on);
      if (on) b.setAttribute('aria-current', 'true'); else b.removeAttribute('aria-current');
    });
  }
  function percent(x) { return typeof x === 'number' ? Math.round(x * 100) + '%' : '—'; }
  /** One column (phone): the detail sits below the list, bring it into view. */
  function reveal(node) {
    if (window.matchMedia && window.matchMedia('(max-width: 800px)').matches) node.scrollIntoView({ block: 'start' });
  }
  var ASPECTS = [['overview', 'Tổng quan'], ['documents', 'Giấy tờ'], ['fee', 'Lệ phí'], ['duration', 'Thời gian'], ['where', 'Nơi nộp'], ['online', 'Nộp online'], ['eligibility', 'Điều kiện']];

  // ---------- tabs ----------
  function openTab(name) {
    Array.prototype.forEach.call(document.querySelectorAll('.tabs button'), function (b) { b.classList.toggle('active', b.getAttribute('data-tab') === name); });
    Array.prototype.forEach.call(document.querySelectorAll('.tab'), function (s) { s.hidden = s.id !== 'tab-' + name; });
    var loaders = { procedures: loadProcedures, review: loadReview, training: loadTraining, misses: loadMisses, audit: loadAudit };
    if (loaders[name]) loaders[name]();
  }
  Array.prototype.forEach.call(document.querySelectorAll('.tabs button'), function (b) {
    b.addEventListener('click', function () { openTab(b.getAttribute('data-tab')); });
  });

  // ---------- procedures ----------
  var searchTimer;
  $('q').addEventListener('input', function () { clearTimeout(searchTimer); searchTimer = setTimeout(loadProcedures, 200); });
  function loadProcedures() {
    return api('GET', '/procedures?q=' + encodeURIComponent($('q').value)).then(function (data) {
      var list = clear($('proc-list'));
      data.procedures.forEach(function (p) {
        procedureNames[p.id] = p.name;
        var tags = [];
        if (!p.live) tags.push(el('span', { class: 'tag', text: 'mới' }));
        if (p.draft) tags.push(el('span', { class: 'tag', text: STATUS[p.draft.status] }));
        p.scheduled.forEach(function (s) { tags.push(el('span', { class: 'tag', text: 'hiệu lực ' + s.effectiveDate })); });
        list.appendChild(el('li', {}, [el('button', { type: 'button', class: 'item', 'data-id': p.id, onclick: function () { openProcedure(p.id); } }, [el('span', { text: p.name }), el('small', { class: 'muted', text: ' ' + p.id })].concat(tags))]));
      });
      markCurrent('proc-list', 'data-id', currentProc);
      if (!data.procedures.length) list.appendChild(el('li', { class: 'muted', text: $('q').value.trim() ? 'Không tìm thấy thủ tục nào khớp. Thử từ khác, hoặc bấm “+ Thủ tục mới”.' : 'Chưa có thủ tục nào. Bấm “+ Thủ tục mới” để thêm.' }));
    }).catch(fail);
  }

  function listField(label, name, items) {
    return el('label', { class: 'field' }, [label + ' (mỗi dòng một mục)', el('textarea', { name: name, rows: Math.min(8, Math.max(2, (items || []).length + 1)), value: (items || []).join('\n') })]);
  }
  function textField(label, name, value, type) {
    return el('label', { class: 'field' }, [label, el(type === 'area' ? 'textarea' : 'input', { name: name, type: type === 'area' ? undefined : type || 'text', rows: type === 'area' ? 3 : undefined, value: value || '' })]);
  }
  function checkField(label, name, value) {
    return el('label', { class: 'check' }, [el('input', { type: 'checkbox', name: name, checked: !!value }), ' ' + label]);
  }
  function rowsEditor(title, cls, rows, columns) {
    var box = el('fieldset', { class: 'rows ' + cls }, [el('legend', { text: title })]);
    var body = el('div', { class: 'rows-body' });
    function addRow(r) {
      var row = el('div', { class: 'rowline' });
      columns.forEach(function (c) {
        var v = (r && r[c[0]]) || '';
        // long names wrap in a textarea; dates stay date inputs
        row.appendChild(c[2] ? el('input', { 'data-key': c[0], placeholder: c[1], type: c[2], value: v, 'aria-label': c[1] })
          : el('textarea', { 'data-key': c[0], placeholder: c[1], rows: 1, value: v, 'aria-label': c[1], oninput: function (e) { fit(e.target); } }));
      });
      row.appendChild(el('button', { type: 'button', class: 'small', text: '✕', 'aria-label': 'Xóa dòng', onclick: function () { row.remove(); } }));
      body.appendChild(row);
    }
    (rows || []).forEach(addRow);
    box.appendChild(body);
    box.appendChild(el('button', { type: 'button', class: 'small', text: '+ Thêm dòng', onclick: function () { addRow(null); } }));
    return box;
  }
  /** A row's textarea as tall as its text (style set through the CSSOM, which the CSP allows). */
  function fit(t) {
    t.style.height = 'auto';
    t.style.height = (t.scrollHeight + 2) + 'px';
  }
  function fitAll(root) { Array.prototype.forEach.call(root.querySelectorAll('.rowline textarea'), fit); }
  var fitTimer;
  window.addEventListener('resize', function () { clearTimeout(fitTimer); fitTimer = setTimeout(function () { fitAll(document); }, 150); });
  function readRows(form, cls) {
    return Array.prototype.map.call(form.querySelectorAll('.' + cls + ' .rowline'), function (row) {
      var o = {};
      Array.prototype.forEach.call(row.querySelectorAll('input, textarea'), function (i) { var t = i.value.replace(/\s*\n\s*/g, ' ').trim(); if (t) o[i.getAttribute('data-key')] = t; });
      return o;
    }).filter(function (o) { return Object.keys(o).length; });
  }
  function lines(v) { return v.split('\n').map(function (s) { return s.trim(); }).filter(Boolean); }

  function procedureForm(p) {
    p = p || {};
    var ch = p.channels || {};
    var fee = p.fee || {};
    var form = el('form', { id: 'proc-form', class: 'form' }, [
      el('div', { class: 'grid2' }, [
        textField('Mã thủ tục', 'id', p.id),
        textField('Tên thủ tục', 'name', p.name),
        textField('Lĩnh vực', 'domain', p.domain),
        el('label', { class: 'field' }, ['Cấp thẩm quyền', el('select', { name: 'level' }, [el('option', { value: '', text: '— chọn —' })].concat(LEVELS.map(function (l) { var o = el('option', { value: l[0], text: l[1] }); if (p.level === l[0]) o.selected = true; return o; })))]),
        textField('Cơ quan giải quyết', 'authority', p.authority),
        textField('Nơi nộp', 'where', p.where, 'area'),
      ]),
      listField('Tên gọi khác', 'aliases', p.aliases),
      el('fieldset', {}, [el('legend', { text: 'Cách nộp' }), checkField('Trực tiếp', 'channels.inPerson', ch.inPerson), checkField('Qua bưu chính', 'channels.post', ch.post), checkField('Trực tuyến', 'channels.online', ch.online), textField('Hướng dẫn nộp trực tuyến', 'channels.onlineNote', ch.onlineNote, 'area')]),
      rowsEditor('Thành phần hồ sơ', 'documents', p.documents, [['name', 'Tên giấy tờ'], ['note', 'Ghi chú (nếu có)']]),
      el('fieldset', {}, [el('legend', { text: 'Lệ phí' }), textField('Lệ phí (một dòng người dân đọc trước)', 'fee.text', fee.text, 'area'), checkField('Mức do HĐND tỉnh quy định', 'fee.setByProvince', fee.setByProvince), listField('Miễn / giảm', 'fee.exemptions', fee.exemptions)]),
      textField('Thời gian giải quyết', 'duration.text', (p.duration || {}).text, 'area'),
      listField('Điều kiện, thời hạn', 'eligibility', p.eligibility),
      listField('Các bước', 'steps', p.steps),
      rowsEditor('Căn cứ pháp lý', 'legal', p.legalBasis, [['number', 'Số hiệu (123/2015/NĐ-CP)'], ['title', 'Tên văn bản'], ['effectiveFrom', 'Ngày hiệu lực', 'date']]),
      el('div', { class: 'grid2' }, [
        textField('Ngày hiệu lực của thủ tục', 'effectiveFrom', p.effectiveFrom, 'date'),
        textField('Ngày kiểm tra thông tin', 'verifiedOn', p.verifiedOn, 'date'),
      ]),
      textField('Đường dẫn chính thức (Cổng Dịch vụ công)', 'officialUrl', p.officialUrl, 'url'),
      listField('Lưu ý', 'notes', p.notes),
    ]);
    if (p.id) form.querySelector('[name="id"]').readOnly = true;
    return form;
  }

  function readProcedure(form) {
    function v(n) { var i = form.querySelector('[name="' + n + '"]'); return i ? i.value.trim() : ''; }
    function c(n) { var i = form.querySelector('[name="' + n + '"]'); return !!(i && i.checked); }
    var out = {
      id: v('id'), name: v('name'), aliases: lines(v('aliases')), domain: v('domain'), level: v('level') || undefined, authority: v('authority'), where: v('where'),
      channels: { inPerson: c('channels.inPerson'), post: c('channels.post'), online: c('channels.online') },
      documents: readRows(form, 'documents'),
      fee: { text: v('fee.text'), setByProvince: c('fee.setByProvince'), exemptions: lines(v('fee.exemptions')) },
      duration: { text: v('duration.text') }, eligibility: lines(v('eligibility')), steps: lines(v('steps')),
      legalBasis: readRows(form, 'legal'), effectiveFrom: v('effectiveFrom'), officialUrl: v('officialUrl'), verifiedOn: v('verifiedOn'), notes: lines(v('notes')),
    };
    if (v('channels.onlineNote')) out.channels.onlineNote = v('channels.onlineNote');
    return out;
  }

  function issuesBox(issues) {
    if (!issues || !issues.length) return el('p', { class: 'ok-line', text: 'Đủ điều kiện để gửi duyệt.' });
    return el('div', { class: 'issues' }, [el('strong', { text: 'Chưa đủ điều kiện xuất bản:' }), el('ul', {}, issues.map(function (i) { return el('li', { text: (i.path ? i.path + ': ' : '') + i.message }); }))]);
  }

  function previewBox(preview) {
    function bubble(text) { return el('div', { class: 'bubble', text: text }); }
    var web = el('div', { class: 'phone web' }, [el('h4', { text: 'Trang web' })]);
    preview.web.forEach(function (m) {
      web.appendChild(bubble(m.text));
      if (m.links) web.appendChild(el('div', { class: 'chips' }, m.links.map(function (l) { return el('span', { class: 'link', text: l.title + ' ↗' }); })));
      if (m.choices) web.appendChild(el('div', { class: 'chips' }, m.choices.map(function (c) { return el('span', { class: 'chip', text: c.title }); })));
    });
    var zalo = el('div', { class: 'phone zalo' }, [el('h4', { text: 'Zalo' })]);
    preview.zalo.forEach(function (m) {
      if (m.text) zalo.appendChild(bubble(m.text));
      var btns = m.attachment && m.attachment.payload && m.attachment.payload.buttons;
      if (btns) zalo.appendChild(el('div', { class: 'chips' }, btns.map(function (b) { return el('span', { class: 'chip', text: b.title }); })));
    });
    var fb = el('div', { class: 'phone messenger' }, [el('h4', { text: 'Messenger' })]);
    preview.messenger.forEach(function (m) {
      if (m.text) fb.appendChild(bubble(m.text));
      var t = m.attachment && m.attachment.payload;
      if (t && t.template_type === 'button') {
        fb.appendChild(bubble(t.text));
        fb.appendChild(el('div', { class: 'chips' }, t.buttons.map(function (b) { return el('span', { class: 'link', text: b.title }); })));
      }
      if (m.quick_replies) fb.appendChild(el('div', { class: 'chips' }, m.quick_replies.map(function (q) { return el('span', { class: 'chip', text: q.title }); })));
    });
    return el('div', { class: 'previews' }, [web, zalo, fb]);
  }

  function openProcedure(id, fresh) {
    var detail = clear($('proc-detail'));
    currentProc = id;
    markCurrent('proc-list', 'data-id', id);
    reveal(detail);
    var load = id ? api('GET', '/procedures/' + encodeURIComponent(id)) : Promise.resolve({ live: null, draft: null, versions: [], scheduled: [] });
    return load.then(function (data) {
      var current = data.draft ? data.draft.data : data.live || fresh;
      detail.appendChild(el('h2', { text: (current && current.name) || 'Thủ tục mới' }));
      if (data.draft) {
        detail.appendChild(el('p', { class: 'state', id: 'draft-state' }, ['Bản nháp: ', el('strong', { text: STATUS[data.draft.status] }), ' — ' + data.draft.author + ', ' + fmt(data.draft.updatedAt)]));
        if (data.draft.status === 'returned') detail.appendChild(el('p', { class: 'returned', text: 'Người duyệt trả lại: ' + (data.draft.reviewComment || '') }));
        detail.appendChild(issuesBox(data.draft.issues));
      }
      data.scheduled.forEach(function (s) { detail.appendChild(el('p', { class: 'state', text: 'Đã duyệt, tự xuất bản ngày ' + s.effectiveDate })); });
      var form = procedureForm(current);
      detail.appendChild(form);
      fitAll(form);
      if (me.can.edit) {
        detail.appendChild(el('div', { class: 'actions sticky' }, [
          el('button', { type: 'button', id: 'save-draft', text: 'Lưu nháp', onclick: function () { saveProcedure(form, false); } }),
          el('button', { type: 'button', id: 'submit-draft', class: 'primary', text: 'Gửi duyệt', onclick: function () { saveProcedure(form, true); } }),
          data.draft ? el('button', { type: 'button', id: 'discard-draft', text: 'Bỏ bản nháp', onclick: function () { api('POST', '/drafts/' + data.draft.id + '/discard', {}).then(function () { flash('Đã bỏ bản nháp'); openProcedure(id); loadProcedures(); }).catch(fail); } }) : null,
        ]));
      }
      // preview as citizens see it
      var aspect = el('select', { id: 'preview-aspect', 'aria-label': 'Nội dung người dân hỏi' }, ASPECTS.map(function (a) { return el('option', { value: a[0], text: a[1] }); }));
      var pv = el('div', { id: 'preview' });
      detail.appendChild(el('h3', { text: 'Xem trước câu trả lời' }));
      detail.appendChild(el('p', { class: 'muted', text: 'Chọn nội dung người dân hỏi rồi bấm “Xem trước” để thấy câu trả lời theo bản đang sửa (chưa cần lưu).' }));
      detail.appendChild(el('div', { class: 'row' }, [aspect, el('button', { type: 'button', id: 'preview-btn', text: 'Xem trước', onclick: function () {
        api('POST', '/procedures/' + encodeURIComponent(readProcedure(form).id || 'new') + '/preview', { data: readProcedure(form), aspect: aspect.value })
          .then(function (r) { clear(pv).appendChild(previewBox(r.preview)); }).catch(fail);
      } })]));
      detail.appendChild(pv);
      // versions
      if (data.versions.length) {
        detail.appendChild(el('h3', { text: 'Các phiên bản đã xuất bản' }));
        detail.appendChild(el('table', { class: 'grid', id: 'versions' }, [el('tbody', {}, data.versions.map(function (v) {
          return el('tr', { 'data-version': v.version }, [
            el('td', { text: 'Phiên bản ' + v.version + (v.isLive ? ' (đang dùng)' : '') }), el('td', { text: fmt(v.publishedAt) }), el('td', { text: v.publishedBy }),
            el('td', { text: v.note || (v.effectiveDate ? 'hiệu lực ' + v.effectiveDate : '') }),
            el('td', {}, [me.can.review && !v.isLive ? el('button', { type: 'button', class: 'small restore', text: 'Khôi phục', onclick: function () {
              if (!window.confirm('Khôi phục phiên bản ' + v.version + ' thành phiên bản mới?')) return;
              api('POST', '/versions/procedure/' + encodeURIComponent(id) + '/' + v.version + '/restore', {}).then(function (r) { flash('Đã khôi phục thành phiên bản ' + r.version); openProcedure(id); }).catch(fail);
            } }) : null]),
          ]);
        }))]));
      }
    }).catch(fail);
  }

  function saveProcedure(form, submit) {
    var data = readProcedure(form);
    if (!data.id) return flash('Nhập mã thủ tục (a-z, 0-9, dấu -)', 'err');
    return api('PUT', '/procedures/' + encodeURIComponent(data.id) + '/draft', { data: data, submit: submit }).then(function () {
      flash(submit ? 'Đã gửi duyệt' : 'Đã lưu nháp');
      loadProcedures();
      openProcedure(data.id);
      refreshCount();
    }).catch(fail);
  }
  $('new-procedure').addEventListener('click', function () { openProcedure(null, { channels: { inPerson: true } }); });

  // ---------- review ----------
  function refreshCount() {
    api('GET', '/drafts?status=submitted').then(function (d) { $('review-count').textContent = d.drafts.length ? String(d.drafts.length) : ''; }).catch(function () {});
  }
  function loadReview() {
    return api('GET', '/drafts?status=submitted,scheduled,returned').then(function (data) {
      var list = clear($('review-list'));
      data.drafts.forEach(function (d) {
        list.appendChild(el('li', {}, [el('button', { type: 'button', class: 'item', 'data-draft': d.id, onclick: function () { openDraft(d.id); } }, [
          el('span', { text: d.title }), el('small', { class: 'muted', text: ' ' + (CONTENT_KINDS[d.kind] || d.kind) + ' · ' + d.author }), el('span', { class: 'tag', text: STATUS[d.status] + (d.effectiveDate ? ' ' + d.effectiveDate : '') }),
        ])]));
      });
      markCurrent('review-list', 'data-draft', currentDraft);
      if (!data.drafts.length) list.appendChild(el('li', { class: 'muted', text: 'Không có bản nào chờ duyệt. Bản nháp gửi duyệt từ các mục “Thủ tục” và “Câu mẫu & từ điển” sẽ hiện ở đây.' }));
    }).catch(fail);
  }
  function openDraft(id) {
    var box = clear($('review-detail'));
    currentDraft = String(id);
    markCurrent('review-list', 'data-draft', currentDraft);
    reveal(box);
    return api('GET', '/drafts/' + id).then(function (r) {
      box.appendChild(el('h2', { text: r.draft.title }));
      box.appendChild(el('p', { class: 'muted', text: 'Người soạn: ' + r.draft.author + ' · ' + STATUS[r.draft.status] + (r.draft.baseVersion ? ' · sửa từ phiên bản ' + r.draft.baseVersion : ' · nội dung mới') }));
      if (r.baseChanged) box.appendChild(el('p', { class: 'returned', text: 'Lưu ý: bản đang xuất bản đã thay đổi kể từ khi soạn bản nháp này.' }));
      box.appendChild(el('table', { class: 'grid diff', id: 'diff' }, [
        el('thead', {}, [el('tr', {}, [el('th', { text: 'Mục' }), el('th', { text: 'Bản đang xuất bản' }), el('th', { text: 'Bản nháp' })])]),
        el('tbody', {}, r.changes.map(function (c) {
          return el('tr', { class: c.kind }, [el('td', { text: c.label + (c.kind === 'added' ? ' (thêm)' : c.kind === 'removed' ? ' (bỏ)' : '') }), el('td', { class: 'old', text: c.kind === 'added' ? '' : show(c.old) }), el('td', { class: 'new', text: c.kind === 'removed' ? '' : show(c.new) })]);
        })),
      ]));
      if (!r.changes.length) box.appendChild(el('p', { class: 'muted', text: 'Không có thay đổi so với bản đang xuất bản.' }));
      box.appendChild(issuesBox(r.issues));
      if (r.draft.status === 'submitted' && me.can.review) {
        var date = el('input', { type: 'date', id: 'effective-date', 'aria-label': 'Ngày hiệu lực' });
        var comment = el('textarea', { id: 'review-comment', rows: 2, placeholder: 'Nêu rõ cần sửa gì để người soạn biết' });
        box.appendChild(el('div', { class: 'actions' }, [
          el('label', { class: 'field inline' }, ['Ngày áp dụng (để trống nếu áp dụng ngay) ', date]),
          el('button', { type: 'button', id: 'approve', class: 'primary', text: 'Duyệt và xuất bản', onclick: function () {
            api('POST', '/drafts/' + id + '/approve', { effectiveDate: date.value || null }).then(function (res) {
              flash(res.draft.status === 'scheduled' ? 'Đã duyệt, sẽ tự xuất bản ngày ' + res.draft.effectiveDate : 'Đã xuất bản phiên bản ' + res.draft.publishedVersion);
              loadReview(); openDraft(id); refreshCount();
            }).catch(fail);
          } }),
        ]));
        box.appendChild(el('div', { class: 'actions' }, [el('label', { class: 'field grow' }, ['Lý do trả lại cho người soạn', comment]), el('button', { type: 'button', id: 'return', text: 'Trả lại', onclick: function () {
          api('POST', '/drafts/' + id + '/return', { comment: comment.value }).then(function () { flash('Đã trả lại cho người soạn'); loadReview(); openDraft(id); refreshCount(); }).catch(fail);
        } })]));
      }
      box.appendChild(el('p', { class: 'state', id: 'review-state', text: 'Trạng thái: ' + STATUS[r.draft.status] + (r.draft.publishedVersion ? ' (phiên bản ' + r.draft.publishedVersion + ')' : '') }));
    }).catch(fail);
  }

  // ---------- training phrases and lexicons ----------
  var intents = [];
  $('intent-q').addEventListener('input', renderIntents);
  function renderIntents() {
    var q = $('intent-q').value.toLowerCase();
    var list = clear($('intent-list'));
    intents.filter(function (i) { return !q || i.key.indexOf(q) >= 0 || intentLabel(i.key).toLowerCase().indexOf(q) >= 0; }).forEach(function (i) {
      list.appendChild(el('li', {}, [el('button', { type: 'button', class: 'item', onclick: function () { openIntent(i.key); } }, [el('span', { text: intentLabel(i.key) }), el('small', { class: 'muted', text: ' ' + i.phrases + ' câu · ' + i.key }), i.draft ? el('span', { class: 'tag', text: STATUS[i.draft] }) : null])]));
    });
    if (!list.firstChild) list.appendChild(el('li', { class: 'muted', text: 'Không có nhóm câu mẫu nào khớp.' }));
  }
  function loadTraining() {
    api('GET', '/lexicons').then(function (d) {
      var list = clear($('lexicon-list'));
      d.lexicons.forEach(function (l) { list.appendChild(el('li', {}, [el('button', { type: 'button', class: 'item', onclick: function () { openLexicon(l.name); } }, [el('span', { text: LEXICONS[l.name] || l.name }), el('small', { class: 'muted', text: ' ' + l.entries + ' mục · ' + l.name }), l.draft ? el('span', { class: 'tag', text: STATUS[l.draft] }) : null])])); });
    }).catch(fail);
    api('GET', '/intents').then(function (d) { intents = d.intents; renderIntents(); }).catch(fail);
  }
  function openIntent(key) {
    var box = clear($('training-detail'));
    reveal(box);
    api('GET', '/intents/' + encodeURIComponent(key)).then(function (r) {
      var data = r.draft ? r.draft.data : r.live;
      box.appendChild(el('h2', { text: 'Câu mẫu: ' + intentLabel(key) }));
      box.appendChild(el('p', { class: 'muted', text: data.procedure ? 'Thủ tục ' + (procedureNames[data.procedure] || data.procedure) + ' (' + data.procedure + ')' : 'Ý định: ' + (INTENTS[data.intent] || data.intent) + ' (' + key + ')' }));
      if (r.draft) box.appendChild(el('p', { class: 'state', text: 'Bản nháp: ' + STATUS[r.draft.status] }));
      var phrases = el('textarea', { id: 'phrases', rows: 14, value: (data.phrases || []).join('\n'), 'aria-label': 'Câu mẫu' });
      var keywords = el('textarea', { id: 'keywords', rows: 5, value: (data.keywords || []).join('\n'), 'aria-label': 'Từ khóa' });
      box.appendChild(el('label', { class: 'field' }, ['Câu mẫu (mỗi dòng một câu, viết như người dân nhắn)', phrases]));
      // phrases that teach how an aspect is asked have no keywords (they name no procedure)
      var teachesAspect = data.intent === 'aspect';
      if (!teachesAspect) box.appendChild(el('label', { class: 'field' }, ['Từ khóa (cụm từ gọi đúng tên thủ tục)', keywords]));
      function save(submit) {
        var next = Object.assign({}, data, teachesAspect ? { phrases: lines(phrases.value) } : { phrases: lines(phrases.value), keywords: lines(keywords.value) });
        api('PUT', '/intents/' + encodeURIComponent(key) + '/draft', { data: next, submit: submit }).then(function () { flash(submit ? 'Đã gửi duyệt' : 'Đã lưu nháp'); openIntent(key); refreshCount(); }).catch(fail);
      }
      if (me.can.edit) box.appendChild(el('div', { class: 'actions' }, [el('button', { type: 'button', text: 'Lưu nháp', onclick: function () { save(false); } }), el('button', { type: 'button', class: 'primary', text: 'Gửi duyệt', onclick: function () { save(true); } })]));
    }).catch(fail);
  }
  function openLexicon(name) {
    var box = clear($('training-detail'));
    reveal(box);
    api('GET', '/lexicons/' + encodeURIComponent(name)).then(function (r) {
      var entries = r.draft ? r.draft.data : r.live;
      box.appendChild(el('h2', { text: 'Từ điển: ' + (LEXICONS[name] || name) }));
      var area = el('textarea', { id: 'lexicon-entries', rows: 20, value: entries.map(function (e) { return e.from + ' = ' + e.to; }).join('\n'), 'aria-label': 'Các mục từ điển' });
      box.appendChild(el('label', { class: 'field' }, ['Mỗi dòng: cách viết của người dân = nghĩa chuẩn (ví dụ: ko = không)', area]));
      function save(submit) {
        var list = lines(area.value).map(function (l) { var i = l.indexOf('='); return { from: l.slice(0, i).trim(), to: l.slice(i + 1).trim() }; });
        api('PUT', '/lexicons/' + encodeURIComponent(name) + '/draft', { entries: list, submit: submit }).then(function () { flash(submit ? 'Đã gửi duyệt' : 'Đã lưu nháp'); openLexicon(name); refreshCount(); }).catch(fail);
      }
      if (me.can.edit) box.appendChild(el('div', { class: 'actions' }, [el('button', { type: 'button', text: 'Lưu nháp', onclick: function () { save(false); } }), el('button', { type: 'button', class: 'primary', text: 'Gửi duyệt', onclick: function () { save(true); } })]));
    }).catch(fail);
  }

  // ---------- unanswered questions ----------
  var procedureOptions = [];
  var MISS_REASONS = { out_of_scope: 'Ngoài phạm vi', low_confidence: 'Trợ lý chưa đủ chắc chắn', abandoned_clarification: 'Người dân bỏ dở khi trợ lý hỏi lại', thumbs_down: 'Người dân đánh giá chưa đúng ý' };
  function loadMisses() {
    return Promise.all([api('GET', '/misses'), api('GET', '/procedures')]).then(function (res) {
      procedureOptions = res[1].procedures.filter(function (p) { return p.live; });
      var box = clear($('miss-groups'));
      if (!res[0].groups.length) box.appendChild(el('p', { class: 'empty', text: 'Hiện không có câu hỏi nào cần xử lý. Khi trợ lý không trả lời được một câu hỏi, câu đó sẽ hiện ở đây.' }));
      res[0].groups.forEach(function (g) {
        var select = el('select', {}, [el('option', { value: '', text: '— Chọn thủ tục —' })].concat(procedureOptions.map(function (p) { return el('option', { value: p.id, text: p.name }); })));
        var newId = el('input', { placeholder: 'Mã thủ tục mới (vd: cap-phep-abc)', 'aria-label': 'Mã thủ tục mới' });
        var newName = el('input', { placeholder: 'Tên thủ tục mới', 'aria-label': 'Tên thủ tục mới' });
        box.appendChild(el('article', { class: 'card miss', 'data-group': g.id }, [
          el('h3', {}, [el('span', { class: 'count', text: g.count + ' tin' }), ' “' + (g.examples[0] ? g.examples[0].text : g.topTerms.join(' ')) + '”']),
          el('p', { class: 'muted', text: g.reasons.map(function (r) { return (MISS_REASONS[r.reason] || r.label) + ': ' + r.count; }).join(' · ') + ' · gần nhất ' + fmt(g.lastAt) + ' · từ khóa chung: ' + g.topTerms.join(', ') }),
          el('ul', {}, g.examples.map(function (e) { return el('li', { text: e.text }); })),
          me.can.edit ? el('div', { class: 'row wrap' }, [el('label', { class: 'field grow' }, ['Thêm các câu trên làm câu mẫu của thủ tục', select]), el('button', { type: 'button', class: 'small', text: 'Thêm làm câu mẫu', onclick: function () {
            if (!select.value) { select.focus(); return flash('Vui lòng chọn thủ tục để thêm câu mẫu', 'err'); }
            api('POST', '/misses/' + g.id + '/train', { procedure: select.value }).then(function (r) { flash('Đã tạo bản chờ duyệt với ' + r.phrases.length + ' câu mẫu'); loadMisses(); refreshCount(); }).catch(fail);
          } })]) : null,
          me.can.edit ? el('p', { class: 'hint', text: 'Hoặc tạo thủ tục mới từ các câu này:' }) : null,
          me.can.edit ? el('div', { class: 'row wrap' }, [newId, newName, el('button', { type: 'button', class: 'small', text: 'Tạo thủ tục mới', onclick: function () {
            api('POST', '/misses/' + g.id + '/new-procedure', { id: newId.value.trim(), name: newName.value.trim() }).then(function () { flash('Đã tạo bản nháp thủ tục mới; hãy bổ sung thông tin rồi gửi duyệt'); loadMisses(); }).catch(fail);
          } })]) : null,
          me.can.edit ? el('button', { type: 'button', class: 'small', text: 'Bỏ qua nhóm này', onclick: function () { api('POST', '/misses/' + g.id + '/dismiss', {}).then(loadMisses).catch(fail); } }) : null,
        ]));
      });
    }).catch(fail);
  }

  // ---------- try it ----------
  $('try-form').addEventListener('submit', function (e) {
    e.preventDefault();
    if (!$('try-text').value.trim()) { $('try-text').focus(); return flash('Nhập một câu hỏi để thử', 'err'); }
    var box = clear($('try-result'));
    var aspectName = {};
    ASPECTS.forEach(function (a) { aspectName[a[0]] = a[1]; });
    api('POST', '/try', { text: $('try-text').value }).then(function (r) {
      box.appendChild(el('table', { class: 'grid', id: 'try-table' }, [el('tbody', {}, [
        ['Ý định', INTENTS[r.intent] || r.intent], ['Thủ tục', r.procedureName ? r.procedureName + ' (' + r.procedure + ')' : '—'], ['Nội dung hỏi', r.aspect ? aspectName[r.aspect] || r.aspect : '—'],
        ['Độ tin cậy', percent(r.confidence)], ['Cách xử lý', KINDS[r.kind] || r.kind], ['Câu sau chuẩn hóa', r.normalized],
        ['Thủ tục gần giống', r.candidates.length ? r.candidates.map(function (c) { return c.name + ' (' + percent(c.score) + ')'; }).join(' · ') : '—'],
      ].map(function (row) { return el('tr', {}, [el('th', { text: row[0] }), el('td', { text: row[1] })]); }))]));
      box.appendChild(previewBox(r.answer));
    }).catch(fail);
  });

  // ---------- import / export ----------
  $('import-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var file = $('import-file').files[0];
    if (!file) return flash('Vui lòng chọn tệp bảng tính (.xlsx)', 'err');
    var out = clear($('import-result'));
    var bar = $('import-progress');
    bar.hidden = false; bar.value = 0;
    file.arrayBuffer().then(function (buf) { return api('POST', '/import', buf, true); }).then(function (r) {
      function poll() {
        api('GET', '/import/' + r.job).then(function (j) {
          var job = j.job;
          bar.max = job.total || 1; bar.value = job.processed;
          if (job.status === 'running') return setTimeout(poll, 300);
          bar.hidden = true;
          if (job.status === 'done') {
            out.appendChild(el('p', { class: 'ok-line', text: 'Đã nhập: ' + job.result.changed.length + ' thủ tục thay đổi (đã gửi duyệt), ' + job.result.unchanged + ' không đổi.' }));
            refreshCount();
          } else {
            out.appendChild(el('p', { class: 'error', text: 'Không nhập gì cả — sửa các dòng sau rồi nhập lại:' }));
            out.appendChild(el('table', { class: 'grid' }, [el('tbody', {}, job.errors.map(function (er) { return el('tr', {}, [el('th', { text: 'Dòng ' + er.row }), el('td', { text: (er.id ? er.id + ': ' : '') + er.messages.join('; ') })]); }))]));
          }
        }).catch(fail);
      }
      poll();
    }).catch(fail);
  });
  $('export-files').addEventListener('click', function () {
    api('POST', '/export/files', {}).then(function (r) { clear($('export-result')).appendChild(el('p', { class: 'ok-line', text: 'Đã ghi ' + r.files + ' tệp vào thư mục dữ liệu của máy chủ: ' + r.dir })); }).catch(fail);
  });

  // ---------- audit ----------
  var ACTIONS = { draft: 'lưu nháp', submit: 'gửi duyệt', 'return': 'trả lại', approve: 'duyệt', schedule: 'hẹn ngày xuất bản', publish: 'xuất bản', restore: 'khôi phục', discard: 'bỏ nháp', 'import': 'nhập bảng tính', miss_train: 'thêm câu mẫu từ câu hỏi chưa trả lời', miss_new: 'tạo thủ tục từ câu hỏi chưa trả lời', miss_dismiss: 'bỏ qua câu hỏi', 'export': 'ghi tệp dữ liệu' };
  function loadAudit() {
    return api('GET', '/audit?limit=200').then(function (d) {
      var rows = clear($('audit-rows'));
      d.entries.forEach(function (e) { rows.appendChild(el('tr', {}, [el('td', { text: fmt(e.at) }), el('td', { text: e.user }), el('td', { text: ACTIONS[e.action] || e.action }), el('td', { text: (e.kind ? (CONTENT_KINDS[e.kind] || e.kind) + ' ' : '') + (e.key || '') + (e.version ? ' (phiên bản ' + e.version + ')' : '') }), el('td', { text: e.detail || '' })])); });
      if (!d.entries.length) rows.appendChild(el('tr', {}, [el('td', { colspan: 5, class: 'muted', text: 'Chưa có thao tác nào được ghi lại.' })]));
    }).catch(fail);
  }

  // ---------- start ----------
  $('logout').addEventListener('click', function () {
    fetch('/console/api/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf } }).finally(function () { window.location.assign('/console/login.html?next=' + encodeURIComponent('/editor')); });
  });
  api('GET', '/me').then(function (d) {
    me = d; csrf = d.csrfToken;
    $('whoami').textContent = d.user.displayName + ' (' + d.user.username + ' · ' + d.user.roles.map(function (r) { return ROLES[r] || r; }).join(', ') + ')';
    document.body.classList.toggle('can-edit', d.can.edit);
    document.body.classList.toggle('can-review', d.can.review);
    loadProcedures();
    refreshCount();
  }).catch(fail);
})();
