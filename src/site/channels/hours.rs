//! Opening hours for reading: the whole week with closed days, grouped
//! (`ma–pe 8.00–16.00, la–su suljettu`), exceptions by date, and the data the
//! "open now" script computes from in the reader's browser.
//!
//! Every visible date, time and weekday comes from [`DateTimeFormat`] (CLDR via
//! ICU4X); the words around them (`suljettu`, "open now, closes at …") are
//! interface strings. Machine formats only go to the script's JSON.

use fluent_bundle::FluentArgs;
use serde_json::json;

use crate::config::Locale;
use crate::content::service::{ExceptionHours, OpeningHours, Time, WEEKDAYS};
use crate::i18n::datetime::DateTimeFormat;
use crate::site::context::PageCx;
use crate::site::views::{ExceptionRow, HoursRow};

use super::text;

/// Opening spans of each day of the week, Monday first, in time order.
pub(crate) type Week = [Vec<(Time, Time)>; 7];

/// The week as the content lists it, whatever the order of its rows.
pub(crate) fn week(rows: &[OpeningHours]) -> Week {
    let mut week: Week = Default::default();
    for row in rows {
        for &day in &row.days.0 {
            if let Some(spans) = week.get_mut(day) {
                spans.push((row.opens, row.closes));
            }
        }
    }
    for spans in &mut week {
        spans.sort();
        spans.dedup();
    }
    week
}

/// What the formatting of one page needs: its locale, formatters and strings.
pub(crate) struct HoursText<'a> {
    cx: &'a PageCx<'a>,
    locale: &'a Locale,
    format: &'a DateTimeFormat,
}

impl<'a> HoursText<'a> {
    pub(crate) fn new(cx: &'a PageCx<'a>, locale: &'a Locale, format: &'a DateTimeFormat) -> HoursText<'a> {
        HoursText { cx, locale, format }
    }

    /// An interface string with arguments; the key itself if it is missing
    /// (`check` reports missing strings).
    pub(crate) fn msg(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, *value);
        }
        self.cx.string_with(&self.locale.code, key, &fargs).unwrap_or_else(|| key.to_string())
    }

    fn time(&self, t: Time) -> String {
        self.format.time(t.hour, t.minute)
    }

    /// `8.00–16.00`, or `8.00–12.00, 13.00–16.00`, or `suljettu`.
    fn spans(&self, spans: &[(Time, Time)]) -> String {
        if spans.is_empty() {
            return self.msg("hours-closed", &[]);
        }
        let list: Vec<String> = spans
            .iter()
            .map(|(o, c)| self.msg("hours-range", &[("opens", &self.time(*o)), ("closes", &self.time(*c))]))
            .collect();
        list.join(", ")
    }

    fn days(&self, from: usize, to: usize, long: bool) -> String {
        let (a, b) = (self.format.weekday(from, long), self.format.weekday(to, long));
        if from == to {
            a
        } else {
            self.msg("days-range", &[("from", &a), ("to", &b)])
        }
    }

    /// Every day of the week in one row per run of days with the same hours.
    pub(crate) fn rows(&self, week: &Week) -> Vec<HoursRow> {
        let plain = self.locale.plain_language_of.is_some();
        let mut rows = Vec::new();
        let mut start = 0;
        for day in 0..7 {
            if day + 1 < 7 && week[day + 1] == week[start] {
                continue;
            }
            let days_long = self.days(start, day, true);
            rows.push(HoursRow {
                from: WEEKDAYS[start].to_string(),
                to: WEEKDAYS[day].to_string(),
                days: if plain { days_long.clone() } else { self.days(start, day, false) },
                days_long,
                hours: self.spans(&week[start]),
                closed: week[start].is_empty(),
            });
            start = day + 1;
        }
        rows
    }

    /// The rows on one line: `ma–pe 8.00–16.00, la–su suljettu`.
    pub(crate) fn summary(&self, rows: &[HoursRow]) -> String {
        let items: Vec<String> =
            rows.iter().map(|r| self.msg("hours-summary-item", &[("days", &r.days), ("hours", &r.hours)])).collect();
        self.msg("hours-summary", &[("items", &items.join(", "))])
    }

    fn exception_spans(e: &ExceptionHours) -> Vec<(Time, Time)> {
        match (e.closed, e.opens, e.closes) {
            (false, Some(o), Some(c)) => vec![(o, c)],
            _ => Vec::new(),
        }
    }

    /// Exceptions in date order, each with its weekday and date written out.
    pub(crate) fn exceptions(&self, list: &[ExceptionHours]) -> Vec<ExceptionRow> {
        let mut list: Vec<&ExceptionHours> = list.iter().collect();
        list.sort_by_key(|e| e.date);
        list.into_iter()
            .map(|e| ExceptionRow {
                date: e.date.to_string(),
                closed: e.closed,
                opens: e.opens.map(|x| x.to_string()),
                closes: e.closes.map(|x| x.to_string()),
                note: e.note.as_ref().map(|n| text(self.cx.config(), n, self.locale)),
                day: self
                    .format
                    .weekday_date(i32::from(e.date.year), e.date.month, e.date.day)
                    .unwrap_or_else(|| e.date.to_string()),
                hours: self.spans(&Self::exception_spans(e)),
            })
            .collect()
    }

    /// The "open now" script's data: the time zone, the week and the exceptions
    /// as minutes after midnight with their display times, the weekday names and
    /// the messages, with `{time}`, `{day}` and `{hours}` left for the script.
    pub(crate) fn open_data(&self, week: &Week, exceptions: &[ExceptionHours]) -> String {
        let spans = |spans: &[(Time, Time)]| -> Vec<serde_json::Value> {
            spans
                .iter()
                .map(|(o, c)| json!([minutes(*o), minutes(*c), self.time(*o), self.time(*c), self.spans(&[(*o, *c)])]))
                .collect()
        };
        let week: Vec<Vec<serde_json::Value>> = week.iter().map(|d| spans(d)).collect();
        let exceptions: serde_json::Map<String, serde_json::Value> = exceptions
            .iter()
            .map(|e| {
                let note = e.note.as_ref().map(|n| text(self.cx.config(), n, self.locale));
                (e.date.to_string(), json!({"spans": spans(&Self::exception_spans(e)), "note": note}))
            })
            .collect();
        let keep = |key: &str, args: &[&str]| {
            let args: Vec<(&str, String)> = args.iter().map(|a| (*a, format!("{{{a}}}"))).collect();
            let args: Vec<(&str, &str)> = args.iter().map(|(a, v)| (*a, v.as_str())).collect();
            self.msg(key, &args)
        };
        json!({
            "tz": self.cx.config().time_zone,
            "week": week,
            "exceptions": exceptions,
            "days": (0..7).map(|d| self.format.weekday(d, true)).collect::<Vec<_>>(),
            "closed": self.msg("hours-closed", &[]),
            "messages": {
                "open": keep("open-now-until", &["time"]),
                "opensToday": keep("open-closed-opens-today", &["time"]),
                "opensTomorrow": keep("open-closed-opens-tomorrow", &["time"]),
                "opensOn": keep("open-closed-opens-on", &["day", "time"]),
                "closed": keep("open-closed", &[]),
                "today": keep("open-today", &["hours"]),
                "todayNote": keep("open-today-note", &["hours", "note"]),
            },
        })
        .to_string()
    }
}

/// Minutes after midnight (`24:00` is 1440).
fn minutes(t: Time) -> u32 {
    u32::from(t.hour) * 60 + u32::from(t.minute)
}
