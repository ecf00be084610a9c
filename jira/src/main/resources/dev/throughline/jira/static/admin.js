/*
 * The administrator's page: saving the project key (then provisioning) or provisioning again, and showing the report,
 * item by item, as text.
 */
window.Throughline.ready(function () {
  'use strict';

  var form = document.getElementById('admin-form');
  if (!form) {
    return;
  }
  var base = (document.querySelector('meta[name="tl-base-url"]') || {content: ''}).content;
  var rest = base + '/rest/throughline/1.0/admin';
  var table = document.getElementById('admin-report');
  var errorBox = document.getElementById('error');

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function show(report) {
    errorBox.classList.add('tl-hidden');
    var body = table.querySelector('tbody');
    body.textContent = '';
    report.items.forEach(function (item) {
      var row = document.createElement('tr');
      row.dataset.state = item.state;
      cell(row, item.subject);
      cell(row, item.name);
      var state = cell(row, '');
      var lozenge = document.createElement('span');
      lozenge.className = 'aui-lozenge' + (item.state === 'FAILED' ? ' aui-lozenge-error'
        : item.state === 'SKIPPED' ? '' : ' aui-lozenge-success');
      lozenge.textContent = item.stateText;
      state.appendChild(lozenge);
      cell(row, item.message);
      body.appendChild(row);
    });
    table.classList.remove('tl-hidden');
  }

  function fail(error) {
    errorBox.textContent = error.message;
    errorBox.classList.remove('tl-hidden');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.Throughline.send('PUT', rest + '/settings', {project: form.project.value}).then(show, fail);
  });
  document.getElementById('admin-filter').addEventListener('click', function () {
    window.Throughline.send('POST', rest + '/filter', {}).then(function (filter) {
      errorBox.classList.add('tl-hidden');
      var created = document.getElementById('admin-filter-created');
      var text = created.querySelector('p');
      text.textContent = '';
      var link = document.createElement('a');
      link.href = base + filter.path;
      link.textContent = filter.name;
      text.appendChild(link);
      text.appendChild(document.createTextNode(' \u2014 ' + filter.jql));
      created.classList.remove('tl-hidden');
    }, fail);
  });
  document.getElementById('admin-provision').addEventListener('click', function () {
    window.Throughline.send('POST', rest + '/provision', {}).then(show, fail);
  });
});
