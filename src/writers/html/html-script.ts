/**
 * The worksheet's inline script (plain ES2017, no dependencies): keeps answers in the browser's local
 * storage keyed by rubric id, edition, kind and the document's own id (a digest of its pre-filled page, so two
 * districts' packets opened on one computer never share answers), says on the page when it restored some;
 * mirrors them into the markup so that "Save page as" keeps
 * them; and saves a responses YAML file that `rubricate score` and `rubricate extract` read unchanged.
 */
export const HTML_SCRIPT = `
(function () {
  'use strict';
  var meta = JSON.parse(document.getElementById('rubricate-meta').textContent);
  var form = document.getElementById('worksheet');
  var status = document.getElementById('save-status');
  var storageKey = 'rubricate:' + meta.rubricId + ':' + meta.edition + ':' + meta.kind + ':' + meta.documentId;
  function controls() {
    return Array.prototype.filter.call(form.elements, function (el) { return el.name && el.type !== 'button'; });
  }
  function mirror(el) {
    if (el.type === 'radio' || el.type === 'checkbox') {
      if (el.checked) el.setAttribute('checked', ''); else el.removeAttribute('checked');
    } else if (el.tagName === 'TEXTAREA') {
      el.textContent = el.value;
    } else {
      el.setAttribute('value', el.value);
    }
  }
  function collect() {
    var values = {};
    controls().forEach(function (el) {
      if (el.type === 'radio') { if (el.checked) values[el.name] = el.value; }
      else if (el.type === 'checkbox') { if (el.checked) values[el.name] = true; }
      else if (el.value !== '') values[el.name] = el.value;
    });
    return values;
  }
  function save() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ savedAt: new Date().toISOString(), values: collect() }));
      status.textContent = 'Answers saved in this browser.';
    } catch (e) {
      status.textContent = 'This browser did not keep the answers; save a file instead.';
    }
  }
  function restore() {
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(storageKey) || 'null'); } catch (e) { stored = null; }
    var values = stored && typeof stored.values === 'object' && stored.values ? stored.values : {};
    var restored = 0;
    controls().forEach(function (el) {
      if (!Object.prototype.hasOwnProperty.call(values, el.name)) return;
      var v = values[el.name];
      if (el.type === 'radio') el.checked = el.value === v;
      else if (el.type === 'checkbox') el.checked = v === true;
      else el.value = String(v);
      mirror(el);
      restored += 1;
    });
    if (restored > 0) {
      var when = new Date(stored.savedAt);
      status.textContent = 'Restored the answers kept in this browser for this worksheet' +
        (isNaN(when.getTime()) ? '' : ' (last changed ' + when.toLocaleString() + ')') +
        '. "Clear answers" starts again.';
    }
  }
  function q(text) { return JSON.stringify(String(text)); }
  function responsesYaml() {
    var values = collect();
    var respondent = {}, context = {}, reflections = {}, items = {}, extra = {}, order = [];
    controls().forEach(function (el) {
      var name = el.name, dot = name.indexOf('.');
      var head = name.slice(0, dot), rest = name.slice(dot + 1);
      var value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : null;
      if (head === 'respondent') { if (value !== null) respondent[rest] = value; return; }
      if (head === 'context') { if (value !== null) context[rest] = value; return; }
      if (head === 'reflection') { reflections[rest] = value; return; }
      if (head === 'extra') { extra[name] = value; return; }
      var last = name.lastIndexOf('.');
      var item = name.slice(0, last), key = name.slice(last + 1);
      if (!items[item]) { items[item] = {}; order.push(item); }
      if (!(key in items[item]) || value !== null) items[item][key] = value;
    });
    var out = ['# yaml-language-server: $schema=' + meta.schema,
      'rubric: ' + q(meta.rubricId), 'edition: ' + q(meta.edition), 'rubricHash: ' + q(meta.rubricHash), 'kind: ' + q(meta.kind)];
    function block(title, obj) {
      var keys = Object.keys(obj);
      if (!keys.length) return;
      out.push(title + ':');
      keys.forEach(function (k) { out.push('  ' + q(k) + ': ' + (obj[k] === null ? 'null' : q(obj[k]))); });
    }
    block('respondent', respondent);
    block('context', context);
    out.push('source:', '  file: ' + q(decodeURIComponent(location.pathname.split('/').pop() || 'worksheet.html')), '  method: "html"');
    out.push('items:');
    order.forEach(function (id) {
      out.push('  ' + q(id) + ':');
      Object.keys(items[id]).forEach(function (k) {
        out.push('    ' + q(k) + ': ' + (items[id][k] === null ? 'null' : q(items[id][k])));
      });
    });
    block('reflections', reflections);
    block('extra', extra);
    return out.join('\\n') + '\\n';
  }
  function download() {
    var who = (collect()['respondent.name'] || 'responses').replace(/[^\\p{L}\\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'responses';
    var blob = new Blob([responsesYaml()], { type: 'application/yaml' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = meta.rubricId + '-' + who + '.yaml';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
    status.textContent = 'Responses file saved.';
  }
  function clearAll() {
    if (!window.confirm('Clear every answer on this worksheet?')) return;
    form.reset();
    controls().forEach(function (el) { if (el.type === 'radio' || el.type === 'checkbox') el.checked = false; else el.value = ''; mirror(el); });
    try { localStorage.removeItem(storageKey); } catch (e) { /* storage unavailable */ }
    status.textContent = 'Cleared.';
  }
  form.addEventListener('input', function (e) { mirror(e.target); save(); });
  form.addEventListener('change', function (e) {
    if (e.target.type === 'radio') controls().forEach(function (el) { if (el.name === e.target.name) mirror(el); });
    else mirror(e.target);
    save();
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.getElementById('download-responses').addEventListener('click', download);
  document.getElementById('clear-responses').addEventListener('click', clearAll);
  document.getElementById('print-worksheet').addEventListener('click', function () { window.print(); });
  restore();
})();
`;
