// "Open now" on a service card: today's hours and whether the service is open,
// computed in the reader's browser from the card's weekly hours and exceptions,
// in the service's time zone (book.toml `time-zone`). The data and every word and
// time shown come from the page (`data-open`, written at build time in the page's
// language); this file only picks among them. Without JavaScript the box still
// shows the week on one line and the full table lower down.
(function () {
  'use strict';

  // The date and time of day now in the service's time zone.
  function zonedNow(date, zone) {
    var format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    });
    var p = {};
    format.formatToParts(date).forEach(function (part) { p[part.type] = part.value; });
    return { year: +p.year, month: +p.month, day: +p.day, minutes: (+p.hour % 24) * 60 + +p.minute };
  }

  // The spans of a calendar day `offset` days after the given one: its exception
  // if it has one, else its weekday's hours.
  function day(data, now, offset) {
    var date = new Date(Date.UTC(now.year, now.month - 1, now.day + offset));
    var key = date.toISOString().slice(0, 10);
    var weekday = (date.getUTCDay() + 6) % 7;
    var exception = Object.prototype.hasOwnProperty.call(data.exceptions, key) ? data.exceptions[key] : null;
    return { weekday: weekday, spans: exception ? exception.spans : data.week[weekday], note: exception ? exception.note : null };
  }

  function fill(message, values) {
    return message.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
    });
  }

  // Span: [opens in minutes, closes in minutes, opens shown, closes shown, span shown].
  function status(data, date) {
    var now = zonedNow(date, data.tz);
    var today = day(data, now, 0);
    var hours = today.spans.length ? today.spans.map(function (s) { return s[4]; }).join(', ') : data.closed;
    var m = data.messages;
    var todayText = today.note ? fill(m.todayNote, { hours: hours, note: today.note }) : fill(m.today, { hours: hours });
    var i, s;
    for (i = 0; i < today.spans.length; i++) {
      s = today.spans[i];
      if (now.minutes >= s[0] && now.minutes < s[1]) return { open: true, today: todayText, now: fill(m.open, { time: s[3] }) };
    }
    for (i = 0; i < today.spans.length; i++) {
      s = today.spans[i];
      if (now.minutes < s[0]) return { open: false, today: todayText, now: fill(m.opensToday, { time: s[2] }) };
    }
    for (i = 1; i <= 14; i++) {
      var next = day(data, now, i);
      if (next.spans.length) {
        var message = i === 1 ? m.opensTomorrow : m.opensOn;
        return { open: false, today: todayText, now: fill(message, { time: next.spans[0][2], day: data.days[next.weekday] }) };
      }
    }
    return { open: false, today: todayText, now: m.closed };
  }

  var boxes = document.querySelectorAll('[data-open]');
  for (var b = 0; b < boxes.length; b++) {
    var box = boxes[b];
    try {
      var result = status(JSON.parse(box.getAttribute('data-open')), new Date());
      box.querySelector('.open-today').textContent = result.today;
      box.querySelector('.open-now').textContent = result.now;
      box.className += result.open ? ' is-open' : ' is-closed';
      box.hidden = false;
    } catch (e) {
      // Leave the box hidden: the weekly hours beside it still say everything.
    }
  }
})();
