//! Weekly hours: the weekdays (`mon-fri`, `sat`, a list of those) and times of
//! day (`HH:MM`) that a channel's opening hours are written in, parsed strictly
//! as the content format documents them, with errors that say what was expected.

use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

/// Days of the week, Monday first.
pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A set of weekdays, from `mon-fri`, `sat` or a list of those.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Days(pub Vec<usize>);

impl Days {
    pub(crate) fn parse(spec: &str, into: &mut Vec<usize>) -> Result<(), String> {
        let day = |s: &str| {
            WEEKDAYS.iter().position(|d| *d == s.trim()).ok_or_else(|| {
                format!("`{s}` is not a weekday; expected mon, tue, wed, thu, fri, sat, sun or a range like mon-fri")
            })
        };
        for part in spec.split(',') {
            match part.split_once('-') {
                Some((a, b)) => {
                    let (a, b) = (day(a)?, day(b)?);
                    if a > b {
                        return Err(format!("`{part}` runs backwards; expected a range from Monday towards Sunday"));
                    }
                    into.extend(a..=b);
                }
                None => into.push(day(part)?),
            }
        }
        Ok(())
    }

    /// The runs of consecutive days, as (first, last) indexes into [`WEEKDAYS`].
    pub fn runs(&self) -> Vec<(usize, usize)> {
        let mut days = self.0.clone();
        days.sort_unstable();
        days.dedup();
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for d in days {
            match runs.last_mut() {
                Some(run) if run.1 + 1 == d => run.1 = d,
                _ => runs.push((d, d)),
            }
        }
        runs
    }
}

impl<'de> Deserialize<'de> for Days {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Days;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("weekdays such as `mon-fri`, `sat` or a list of those")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Days, E> {
                let mut days = Vec::new();
                Days::parse(v, &mut days).map_err(E::custom)?;
                Ok(Days(days))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Days, A::Error> {
                let mut days = Vec::new();
                while let Some(s) = seq.next_element::<String>()? {
                    Days::parse(&s, &mut days).map_err(de::Error::custom)?;
                }
                Ok(Days(days))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// A time of day, `HH:MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time {
    /// 0–24 (24:00 closes at midnight).
    pub hour: u8,
    /// 0–59.
    pub minute: u8,
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        let bad = || de::Error::custom(format!("`{s}` is not a time of day; expected HH:MM such as \"08:00\""));
        Time::parse(&s).ok_or_else(bad)
    }
}

impl Time {
    /// Parses exactly `HH:MM` (two digits each, `00:00`–`24:00`), as the docs
    /// promise: `8:00`, `08.00` and `+8:00` are refused rather than guessed at.
    pub fn parse(s: &str) -> Option<Time> {
        let (h, m) = s.split_once(':')?;
        let two_digits = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
        if !two_digits(h) || !two_digits(m) {
            return None;
        }
        let (hour, minute): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
        ((hour < 24 && minute < 60) || (hour == 24 && minute == 0)).then_some(Time { hour, minute })
    }
}

#[cfg(test)]
#[path = "hours_tests.rs"]
mod tests;
