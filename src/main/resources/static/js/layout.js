// What the layout does for a phone: the menu button of the header (a disclosure: Enter or Space opens and
// closes it, Escape closes it and gives the focus back), each table cell labelled with its column's title so
// that a narrow screen shows each row as a card, and horizontally scrolling regions reachable by keyboard.
// Without JavaScript the menu stays open, tables scroll sideways.
(function () {
  'use strict';

  function setUpMenu() {
    var header = document.querySelector('.site-header');
    var button = header && header.querySelector('.menu-toggle');
    if (!button) return;
    function show(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      header.classList.toggle('menu-open', open);
    }
    button.hidden = false;
    header.classList.add('menu-ready');
    button.addEventListener('click', function () {
      show(button.getAttribute('aria-expanded') !== 'true');
    });
    header.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      if (button.offsetParent === null) return;
      show(false);
      button.focus();
    });
  }

  function columnTitles(table) {
    var titles = [];
    table.querySelectorAll('thead tr:first-child > th').forEach(function (th) {
      for (var i = 0; i < (th.colSpan || 1); i++) titles.push(th.textContent.trim());
    });
    return titles;
  }

  var CARDS = 'table.table, table.report-actions';

  function labelCells(root) {
    var tables = Array.prototype.slice.call(root.querySelectorAll(CARDS));
    if (root.matches && root.matches(CARDS)) tables.push(root);
    tables.forEach(function (table) {
      if (table.closest('.table-scroll')) return;
      var titles = columnTitles(table);
      if (!titles.length) return;
      table.querySelectorAll('tbody > tr').forEach(function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (titles[column] && !cell.hasAttribute('data-label')) cell.setAttribute('data-label', titles[column]);
          column += cell.colSpan || 1;
        });
      });
      table.classList.add('table-cards');
    });
  }

  // A region that scrolls sideways takes the focus (arrow keys then scroll it) and is named by its section's heading.
  function reachScrollRegions() {
    document.querySelectorAll('.table-scroll').forEach(function (region) {
      var scrolls = region.scrollWidth > region.clientWidth + 1;
      if (scrolls) {
        region.setAttribute('tabindex', '0');
        region.setAttribute('role', 'region');
        var heading = region.closest('section, .card') && region.closest('section, .card').querySelector('h2, h3');
        var caption = region.querySelector('caption');
        var name = (caption || heading || {}).textContent;
        if (name && !region.hasAttribute('aria-label')) region.setAttribute('aria-label', name.trim());
      } else {
        region.removeAttribute('tabindex');
        region.removeAttribute('role');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpMenu();
    labelCells(document);
    reachScrollRegions();
  });
  document.addEventListener('htmx:afterSettle', function (event) {
    labelCells(event.target);
    reachScrollRegions();
  });
  window.addEventListener('resize', reachScrollRegions);
})();
