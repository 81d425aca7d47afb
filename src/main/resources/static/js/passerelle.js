// Passerelle's small behaviours on top of htmx: the CSRF header of htmx requests, and the
// keyboard-friendly commune and organisation fields (a combobox following the WAI-ARIA pattern).
(function () {
  'use strict';

  // A field whose suggestions fill a hidden value: a commune's code, a directory organisation's id.
  var FIELD = '[data-commune-field], [data-picker-field]';
  var VALUE = '[data-commune-code], [data-picker-value]';
  var OPEN_LISTS = '[data-commune-field] [role="listbox"].open, [data-picker-field] [role="listbox"].open';

  // A form shown again with its errors: the focus goes to the summary of errors, which links to each field.
  function focusErrorSummary(root) {
    var summary = (root || document).querySelector('[data-error-summary]');
    if (summary) summary.focus();
  }
  document.addEventListener('DOMContentLoaded', function () { focusErrorSummary(document); });

  // After htmx swapped in a step of a form (the intake's five steps), the focus goes to the summary of errors, else
  // to the step's heading: a keyboard or screen reader user starts reading the new step, not the end of the page.
  // An element swapped out by outerHTML is no longer in the page: then the page is searched.
  document.addEventListener('htmx:afterSettle', function (event) {
    var root = event.target && event.target.isConnected ? event.target : document;
    var summary = root.querySelector('[data-error-summary]');
    var heading = root.querySelector('[data-step-heading]');
    if (summary) summary.focus();
    else if (heading) heading.focus();
  });

  // A button that prints the page (the holder's data), which the browser can also save as PDF.
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) window.print();
  });

  // A list refreshed while the person was choosing in it (the referral form's structures, refreshed by a search whose
  // answer comes late): the choice made meanwhile stays, if the new list still offers it.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var box = event.detail.target;
    if (!box || !box.hasAttribute('data-keep-choice')) return;
    var select = box.querySelector('select');
    box.dataset.chosen = select ? select.value : '';
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var box = event.detail.target;
    if (!box || !box.hasAttribute('data-keep-choice') || !box.dataset.chosen) return;
    var select = box.querySelector('select');
    var kept = select && Array.prototype.some.call(select.options, function (option) {
      return option.value === box.dataset.chosen && !option.disabled;
    });
    if (kept) select.value = box.dataset.chosen;
    delete box.dataset.chosen;
  });

  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && event.detail.verb !== 'get') {
      event.detail.headers[header.content] = token.content;
    }
  });

  function options(list) {
    return Array.prototype.slice.call(list.querySelectorAll('[role="option"][data-code]'));
  }

  function setExpanded(input, list, expanded) {
    input.setAttribute('aria-expanded', expanded ? 'true' : 'false');
    list.classList.toggle('open', expanded);
  }

  function highlight(input, list, index) {
    var all = options(list);
    all.forEach(function (option, i) {
      option.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    if (all[index]) {
      input.setAttribute('aria-activedescendant', all[index].id);
      all[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(field, option) {
    var input = field.querySelector('[role="combobox"]');
    var list = field.querySelector('[role="listbox"]');
    input.value = option.dataset.label;
    var code = field.querySelector(VALUE);
    code.value = option.dataset.code;
    // The organisation field's candidates listed without JavaScript give way to the suggestion chosen.
    code.disabled = false;
    field.querySelectorAll('input[type="radio"]').forEach(function (radio) { radio.checked = false; });
    code.dispatchEvent(new Event('change', { bubbles: true }));
    // A request for the words typed before the choice is dropped: its answer would open the list again.
    if (window.htmx) htmx.trigger(input, 'htmx:abort');
    setExpanded(input, list, false);
    input.removeAttribute('aria-activedescendant');
  }

  function selectedIndex(list) {
    return options(list).findIndex(function (option) {
      return option.getAttribute('aria-selected') === 'true';
    });
  }

  // Suggestions that arrive after the person moved onto one (a slower answer to the same words) keep that one
  // highlighted when they still hold it, so that Enter chooses it rather than sending the form.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var list = event.detail.target;
    if (!list || list.getAttribute('role') !== 'listbox') return;
    var current = options(list)[selectedIndex(list)];
    list.dataset.highlighted = current ? current.dataset.code : '';
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var list = event.target;
    if (list.getAttribute('role') !== 'listbox') return;
    var field = list.closest(FIELD);
    var input = field.querySelector('[role="combobox"]');
    // Suggestions answering words typed before a choice (slower than the Enter that chose) leave the list closed:
    // the hidden value is emptied by any typing, so a value there means nothing was typed since the choice.
    var chosen = field.querySelector(VALUE).value !== '';
    setExpanded(input, list, list.children.length > 0 && document.activeElement === input && !chosen);
    var kept = list.dataset.highlighted;
    delete list.dataset.highlighted;
    highlight(input, list, kept ? options(list).findIndex(function (option) {
      return option.dataset.code === kept;
    }) : -1);
  });

  document.addEventListener('input', function (event) {
    var field = event.target.closest(FIELD);
    if (field && event.target.getAttribute('role') === 'combobox') {
      field.querySelector(VALUE).value = '';
    }
  });

  document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (input.getAttribute('role') !== 'combobox') return;
    var field = input.closest(FIELD);
    var list = field.querySelector('[role="listbox"]');
    var count = options(list).length;
    var index = selectedIndex(list);
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setExpanded(input, list, true);
      highlight(input, list, (index + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      highlight(input, list, index <= 0 ? count - 1 : index - 1);
    } else if (event.key === 'Enter' && index >= 0) {
      event.preventDefault();
      choose(field, options(list)[index]);
    } else if (event.key === 'Escape') {
      setExpanded(input, list, false);
    }
  });

  document.addEventListener('click', function (event) {
    var option = event.target.closest('[role="option"][data-code]');
    if (option) {
      choose(option.closest(FIELD), option);
      return;
    }
    document.querySelectorAll(OPEN_LISTS).forEach(function (list) {
      if (!list.closest(FIELD).contains(event.target)) {
        setExpanded(list.closest(FIELD).querySelector('[role="combobox"]'), list, false);
      }
    });
  });
})();
