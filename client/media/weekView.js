// The week view's script: runs inside the webview. The markup comes from the extension (client/src/weekView/html.ts);
// this file only turns clicks, keys and drags into messages, and applies live updates keeping focus and scroll.
// @ts-check
/* global acquireVsCodeApi -- provided by the VS Code webview host */
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));

  /** @type {{ week: number, weekday: number } | undefined} where focus should go after the next update (a moved chip). */
  let pendingFocus;
  /** @type {HTMLElement | undefined} */
  let dragged;
  const state = vscode.getState();
  /** @type {number | undefined} where the reader was when the view was last open. */
  let restoreScrollY = state && typeof state.scrollY === 'number' ? state.scrollY : undefined;

  /** @param {EventTarget | null} target */
  function chipOf(target) {
    return target instanceof Element ? /** @type {HTMLElement | null} */ (target.closest('.chip')) : null;
  }

  /** @param {EventTarget | null} target */
  function dayOf(target) {
    return target instanceof Element ? /** @type {HTMLElement | null} */ (target.closest('.day')) : null;
  }

  /** @param {HTMLElement} element @param {string} name */
  function numberData(element, name) {
    return Number(element.dataset[name]);
  }

  /** @param {HTMLElement} chip */
  function reveal(chip) {
    vscode.postMessage({ type: 'reveal', line: numberData(chip, 'line'), column: numberData(chip, 'column') });
  }

  /** @param {HTMLElement} chip @param {number} toWeekday */
  function move(chip, toWeekday) {
    if (chip.dataset.movable !== 'true') {
      announce('A rest day cannot be moved; move a session onto it instead.');
      return;
    }
    const fromWeekday = numberData(chip, 'weekday');
    if (toWeekday === fromWeekday || toWeekday < 0 || toWeekday > 6) return;
    const week = numberData(chip, 'week');
    pendingFocus = { week, weekday: toWeekday };
    vscode.postMessage({ type: 'move', session: chip.dataset.session, week, toWeekday });
  }

  /** "Move to…": the extension lists the days with what a move there would do. @param {HTMLElement} chip */
  function pickMove(chip) {
    if (chip.dataset.movable !== 'true') {
      announce('A rest day cannot be moved; move a session onto it instead.');
      return;
    }
    vscode.postMessage({ type: 'pickMove', session: chip.dataset.session, week: numberData(chip, 'week') });
  }

  /** @param {string} text */
  function announce(text) {
    status.textContent = text;
  }

  /** Chips of a day element, in order. @param {Element | null} day */
  function chipsOf(day) {
    return day ? /** @type {HTMLElement[]} */ (Array.from(day.querySelectorAll('.chip'))) : [];
  }

  /** Focuses without the browser's own jump (it centres the element); scrolls only as far as needed to show it. */
  /** @param {HTMLElement | undefined | null} element */
  function focus(element) {
    if (element) {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  /** Arrow-key navigation: left/right across days (skipping empty ones), up/down within a day, then across weeks. */
  /** @param {HTMLElement} chip @param {string} key */
  function navigate(chip, key) {
    const day = dayOf(chip);
    if (!day) return;
    const inDay = chipsOf(day);
    const index = inDay.indexOf(chip);
    const week = day.closest('.week');
    const days = week ? Array.from(week.querySelectorAll('.day')) : [];
    const dayIndex = days.indexOf(day);
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let other = dayIndex + step; other >= 0 && other < days.length; other += step) {
        const chips = chipsOf(days[other] ?? null);
        if (chips.length > 0) return focus(chips[Math.min(index, chips.length - 1)]);
      }
      return;
    }
    const step = key === 'ArrowUp' ? -1 : 1;
    if (inDay[index + step]) return focus(inDay[index + step]);
    // Past the day's first or last chip: the same weekday of the previous or next week that has one.
    const weeks = Array.from(app.querySelectorAll('.week'));
    for (let other = weeks.indexOf(/** @type {Element} */ (week)) + step; other >= 0 && other < weeks.length; other += step) {
      const sameDay = weeks[other]?.querySelectorAll('.day')[dayIndex] ?? null;
      const chips = chipsOf(sameDay);
      if (chips.length > 0) return focus(step > 0 ? chips[0] : chips[chips.length - 1]);
    }
  }

  app.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.reveal-line') : null;
    if (link instanceof HTMLElement) {
      event.preventDefault();
      vscode.postMessage({ type: 'reveal', line: numberData(link, 'line'), column: 0 });
      return;
    }
    const chip = chipOf(event.target);
    if (chip) reveal(chip);
  });

  app.addEventListener('keydown', (event) => {
    const chip = chipOf(event.target);
    if (!chip) return;
    const key = event.key;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      reveal(chip);
    } else if (event.altKey && (key === 'ArrowLeft' || key === 'ArrowRight')) {
      event.preventDefault();
      move(chip, numberData(chip, 'weekday') + (key === 'ArrowLeft' ? -1 : 1));
    } else if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown') {
      event.preventDefault();
      navigate(chip, key);
    } else if ((key === 'm' || key === 'M') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      pickMove(chip);
    }
  });

  // Right-click, the context-menu key and Shift+F10 all raise `contextmenu`: "Move to…".
  app.addEventListener('contextmenu', (event) => {
    const chip = chipOf(event.target);
    if (!chip) return;
    event.preventDefault();
    pickMove(chip);
  });

  app.addEventListener('dragstart', (event) => {
    const chip = chipOf(event.target);
    if (!chip || chip.dataset.movable !== 'true' || !event.dataTransfer) {
      event.preventDefault();
      return;
    }
    dragged = chip;
    chip.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', chip.dataset.session ?? '');
  });

  app.addEventListener('dragend', () => {
    dragged?.classList.remove('dragging');
    dragged = undefined;
    app.querySelectorAll('.drop-target').forEach((element) => element.classList.remove('drop-target'));
  });

  /** A day accepts the dragged chip when it is another day of the same week. @param {HTMLElement | null} day */
  function accepts(day) {
    return (
      !!day &&
      !!dragged &&
      day.dataset.week === dragged.dataset.week &&
      day.dataset.weekday !== dragged.dataset.weekday
    );
  }

  app.addEventListener('dragover', (event) => {
    const day = dayOf(event.target);
    if (!accepts(day) || !event.dataTransfer) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    day?.classList.add('drop-target');
  });

  app.addEventListener('dragleave', (event) => {
    const day = dayOf(event.target);
    if (day && !(event.relatedTarget instanceof Node && day.contains(event.relatedTarget))) day.classList.remove('drop-target');
  });

  app.addEventListener('drop', (event) => {
    const day = dayOf(event.target);
    if (!day || !dragged || !accepts(day)) return;
    event.preventDefault();
    day.classList.remove('drop-target');
    move(dragged, numberData(day, 'weekday'));
  });

  /** Replaces the content, keeping focus on the same chip (or on the moved chip's new day) and the scroll position. */
  /** @param {string} html */
  function update(html) {
    const active = chipOf(document.activeElement);
    const keep = active ? { session: active.dataset.session, week: active.dataset.week } : undefined;
    // The new content has the same layout around the change: stay where the reader was (after a drop too).
    const { scrollX, scrollY } = window;
    app.innerHTML = html;
    window.scrollTo(scrollX, scrollY);
    // Reopened (a reload, or the panel shown again): the saved position applies once the weeks are there, not to
    // the short "Loading…" page it starts with.
    if (restoreScrollY !== undefined && app.querySelector('section.week')) {
      window.scrollTo(0, restoreScrollY);
      restoreScrollY = undefined;
    }
    if (pendingFocus) {
      const day = app.querySelector(`.day[data-week="${pendingFocus.week}"][data-weekday="${pendingFocus.weekday}"]`);
      const chips = chipsOf(day);
      pendingFocus = undefined;
      if (chips.length > 0) return focus(chips[chips.length - 1]);
    }
    if (keep) {
      const same = app.querySelector(`.chip[data-session="${CSS.escape(keep.session ?? '')}"][data-week="${CSS.escape(keep.week ?? '')}"]`);
      if (same instanceof HTMLElement) same.focus({ preventScroll: true });
    }
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    if (message.type === 'update' && typeof message.html === 'string') {
      update(message.html);
      if (typeof message.uri === 'string') saveState({ uri: message.uri });
    } else if (message.type === 'showWeek' && Number.isInteger(message.week)) {
      const title = app.querySelector(`section.week[data-week="${message.week}"] .reveal-line`);
      if (title instanceof HTMLElement) {
        title.scrollIntoView({ block: 'start' });
        title.focus({ preventScroll: true });
      }
    } else if (message.type === 'announce' && typeof message.text === 'string') {
      if (message.cancelled === true) pendingFocus = undefined;
      announce(message.text);
    }
  });

  /** The view's state survives hiding and reloads: the plan it shows and where it was scrolled. @param {object} change */
  function saveState(change) {
    vscode.setState({ ...(vscode.getState() ?? {}), ...change });
  }

  window.addEventListener('scroll', () => saveState({ scrollY: window.scrollY }), { passive: true });
  if (restoreScrollY !== undefined && app.querySelector('section.week')) {
    window.scrollTo(0, restoreScrollY);
    restoreScrollY = undefined;
  }

  vscode.postMessage({ type: 'ready' });
})();
