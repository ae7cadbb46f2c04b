/**
 * The compose form's script (issue 11 point 4: no lost work). The form works without it; with it:
 * - a live size counter against the 1 MiB limit, and a save that would exceed it is stopped
 *   before sending (the text stays in the form);
 * - every change is kept in localStorage (per form), so a failed, refused or oversized save loses
 *   nothing: on reload the kept text is offered back;
 * - an existing analysis is autosaved to the server (PATCH with its version) a few seconds after
 *   typing stops; a stale version is refused by the server and reported, never written over.
 * Served from /desk/assets/compose.js (CSP script-src 'self': no inline script).
 */
export const COMPOSE_SCRIPT = String.raw`(function () {
  'use strict';
  var form = document.getElementById('compose');
  if (!form) return;
  var limit = Number(form.getAttribute('data-limit')) || 1048576;
  var key = 'pulse-draft:' + form.getAttribute('data-key');
  var autosaveUrl = form.getAttribute('data-autosave');
  var meter = document.getElementById('size-meter');
  var state = document.getElementById('save-state');
  var restore = document.getElementById('restore');
  var timer = null;
  var cleared = form.getAttribute('data-clear');
  // The analysis exists now: what was kept while composing it has been saved.
  if (cleared && /[?&]notice=/.test(location.search)) { try { localStorage.removeItem('pulse-draft:' + cleared); } catch (e) {} }
  var dirty = false;

  function fields() {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === '_csrf' || el.name === 'version' || el.type === 'submit' || el.type === 'button') return;
      if (el.type === 'checkbox' || el.type === 'radio') { if (el.checked) out[el.name] = el.value; else if (el.type === 'checkbox') out[el.name] = ''; return; }
      out[el.name] = el.value;
    });
    return out;
  }
  function encodedSize() {
    var params = new URLSearchParams(new FormData(form));
    return new Blob([params.toString()]).size;
  }
  function fmt(n) { return n.toLocaleString('en-US'); }
  function updateMeter() {
    var size = encodedSize();
    var over = size > limit;
    meter.textContent = 'Size: ' + fmt(size) + ' of ' + fmt(limit) + ' bytes (1 MiB limit)' + (over ? ' — too large to save: shorten the body. Your text is kept in this browser.' : '');
    meter.className = over ? 'small field-error' : 'small muted';
    meter.setAttribute('data-over', over ? '1' : '0');
    return over;
  }
  function stash() {
    try { localStorage.setItem(key, JSON.stringify({ at: new Date().toISOString(), fields: fields() })); } catch (e) { /* quota: the form still holds the text */ }
  }
  function differs(saved) {
    var now = fields();
    return Object.keys(saved).some(function (k) { return k in now && now[k] !== saved[k]; });
  }
  function apply(saved) {
    Object.keys(saved).forEach(function (name) {
      var els = form.querySelectorAll('[name="' + name.replace(/"/g, '') + '"]');
      Array.prototype.forEach.call(els, function (el) {
        if (el.type === 'checkbox') el.checked = saved[name] !== '';
        else if (el.type === 'radio') el.checked = el.value === saved[name];
        else el.value = saved[name];
      });
    });
    updateMeter();
  }
  function offerRestore() {
    var raw = null;
    try { raw = localStorage.getItem(key); } catch (e) { return; }
    if (!raw) return;
    var saved;
    try { saved = JSON.parse(raw); } catch (e) { return; }
    if (!saved || !saved.fields || !differs(saved.fields)) { try { localStorage.removeItem(key); } catch (e) {} return; }
    restore.hidden = false;
    restore.textContent = 'This browser kept text you had not saved (' + new Date(saved.at).toLocaleString() + '). ';
    var yes = document.createElement('button'); yes.type = 'button'; yes.textContent = 'Restore it'; yes.id = 'restore-yes';
    var no = document.createElement('button'); no.type = 'button'; no.className = 'secondary'; no.textContent = 'Discard'; no.id = 'restore-no';
    yes.addEventListener('click', function () { apply(saved.fields); restore.hidden = true; dirty = true; schedule(); });
    no.addEventListener('click', function () { try { localStorage.removeItem(key); } catch (e) {} restore.hidden = true; });
    restore.appendChild(yes); restore.appendChild(document.createTextNode(' ')); restore.appendChild(no);
  }
  function say(text) { if (state) state.textContent = text; }
  function autosave() {
    if (!autosaveUrl || !dirty) return;
    if (updateMeter()) { say('Not autosaved: over the 1 MiB limit (kept in this browser)'); return; }
    var data = new URLSearchParams(new FormData(form));
    data.set('action', 'autosave');
    dirty = false;
    say('Saving…');
    fetch(autosaveUrl, { method: 'PATCH', body: data, credentials: 'same-origin', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
      .then(function (res) { return res.json().then(function (body) { return { res: res, body: body }; }, function () { return { res: res, body: {} }; }); })
      .then(function (r) {
        if (r.res.ok) {
          var v = form.querySelector('input[name="version"]');
          if (v) v.value = String(r.body.version);
          say('Autosaved ' + new Date().toLocaleTimeString() + ' (version ' + r.body.version + ')');
          try { localStorage.removeItem(key); } catch (e) {}
        } else {
          dirty = true;
          say((r.body && r.body.error && r.body.error.message) || ('Not autosaved (' + r.res.status + '); your text is kept in this browser'));
        }
      }, function () { dirty = true; say('Not autosaved: offline? Your text is kept in this browser'); });
  }
  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(autosave, 4000);
  }
  form.addEventListener('input', function () { dirty = true; stash(); updateMeter(); schedule(); });
  form.addEventListener('change', function () { dirty = true; stash(); });
  form.addEventListener('submit', function (ev) {
    stash();
    var submitter = ev.submitter;
    if (submitter && submitter.value && submitter.value.indexOf('stat-') === 0) return;
    if (updateMeter()) {
      ev.preventDefault();
      meter.focus && meter.setAttribute('tabindex', '-1');
      meter.focus && meter.focus();
      say('Not sent: the form is over the 1 MiB limit. Nothing is lost: your text is in the form and kept in this browser.');
    }
  });
  updateMeter();
  offerRestore();
})();
`;
