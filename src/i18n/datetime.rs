//! Dates, times and weekday names as each language writes them.
//!
//! Visible dates and times follow the conventions of the page's language
//! (`ti 24.12.2026` and `8.00` in Finnish, `tors 24 dec. 2026` and `08:00` in
//! Swedish, `Thu, Dec 24, 2026` and `8:00 AM` in English). The patterns are not
//! written here: they come from CLDR through ICU4X's compiled data, chosen by the
//! locale's HTML `lang` (so `lang = "en-GB"` in book.toml gives British
//! conventions). Machine formats (`2026-12-24`, `08:00`) stay in `datetime`
//! attributes and JSON-LD, which are not built here.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets;
use icu_datetime::input::Time;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_locale_core::Locale;

/// A day of the week's index, Monday first (0 = Monday … 6 = Sunday), as in
/// [`crate::content::service::WEEKDAYS`].
pub type WeekdayIndex = usize;

/// Formatters for one language.
pub struct DateTimeFormat {
    date: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMD>,
    weekday_date: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMDE>,
    weekday_short: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::E>,
    weekday_long: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::E>,
    time: NoCalendarFormatter<fieldsets::T>,
}

impl std::fmt::Debug for DateTimeFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DateTimeFormat")
    }
}

/// 2024-01-01 was a Monday: the reference week that weekday names are taken from.
const MONDAY: (i32, u8, u8) = (2024, 1, 1);

impl DateTimeFormat {
    /// Formatters for a BCP 47 language tag (`fi`, `sv`, `en-GB`). A tag the data
    /// does not know falls back along CLDR's chain (to the root locale at worst).
    pub fn new(lang: &str) -> Result<DateTimeFormat, String> {
        let locale: Locale =
            lang.parse().map_err(|e| format!("`{lang}` is not a BCP 47 language tag for dates and times: {e}"))?;
        let err = |e: icu_datetime::DateTimeFormatterLoadError| format!("no date and time formats for `{lang}`: {e}");
        Ok(DateTimeFormat {
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), fieldsets::YMD::medium()).map_err(err)?,
            weekday_date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), fieldsets::YMDE::medium())
                .map_err(err)?,
            weekday_short: FixedCalendarDateTimeFormatter::try_new((&locale).into(), fieldsets::E::short())
                .map_err(err)?,
            weekday_long: FixedCalendarDateTimeFormatter::try_new((&locale).into(), fieldsets::E::long())
                .map_err(err)?,
            time: NoCalendarFormatter::try_new((&locale).into(), fieldsets::T::hm()).map_err(err)?,
        })
    }

    /// A calendar date (`1.11.2026`); none for a day that does not exist.
    pub fn date(&self, year: i32, month: u8, day: u8) -> Option<String> {
        let date = Date::try_new_gregorian(year, month, day).ok()?;
        Some(self.date.format(&date).to_string())
    }

    /// A date with its weekday (`ti 24.12.2026`); none for a day that does not exist.
    pub fn weekday_date(&self, year: i32, month: u8, day: u8) -> Option<String> {
        let date = Date::try_new_gregorian(year, month, day).ok()?;
        Some(self.weekday_date.format(&date).to_string())
    }

    /// The day of the week `index` (0 = Monday) as a standalone name, short (`ma`)
    /// or long (`maanantai`). Out-of-range indexes wrap around the week.
    pub fn weekday(&self, index: WeekdayIndex, long: bool) -> String {
        let (y, m, d) = MONDAY;
        let day = d + (index % 7) as u8;
        let Ok(date) = Date::try_new_gregorian(y, m, day) else {
            return String::new();
        };
        let formatter = if long { &self.weekday_long } else { &self.weekday_short };
        formatter.format(&date).to_string()
    }

    /// A time of day (`8.00`, `08:00`, `8:00 AM`). `24:00`, the end of a day, is
    /// written as midnight.
    pub fn time(&self, hour: u8, minute: u8) -> String {
        let time = Time::try_new(hour % 24, minute.min(59), 0, 0).unwrap_or(Time::start_of_day());
        self.time.format(&time).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(lang: &str) -> DateTimeFormat {
        match DateTimeFormat::new(lang) {
            Ok(f) => f,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn finnish_dates_times_and_weekdays() {
        let f = fmt("fi");
        assert_eq!(f.date(2026, 11, 1).as_deref(), Some("1.11.2026"));
        assert_eq!(f.weekday_date(2026, 12, 24).as_deref(), Some("to 24.12.2026"));
        assert_eq!(f.time(8, 0), "8.00");
        assert_eq!(f.time(16, 30), "16.30");
        assert_eq!(f.weekday(0, false), "ma");
        assert_eq!(f.weekday(4, false), "pe");
        assert_eq!(f.weekday(6, true), "sunnuntai");
    }

    #[test]
    fn swedish_dates_times_and_weekdays() {
        let f = fmt("sv");
        assert_eq!(f.date(2026, 11, 1).as_deref(), Some("1 nov. 2026"));
        assert_eq!(f.weekday_date(2026, 12, 24).as_deref(), Some("tors 24 dec. 2026"));
        assert_eq!(f.time(8, 0), "08:00");
        assert_eq!(f.weekday(0, false), "mån");
        assert_eq!(f.weekday(5, true), "lördag");
    }

    #[test]
    fn english_dates_times_and_weekdays() {
        let f = fmt("en");
        assert_eq!(f.date(2026, 11, 1).as_deref(), Some("Nov 1, 2026"));
        assert_eq!(f.weekday_date(2026, 12, 24).as_deref(), Some("Thu, Dec 24, 2026"));
        assert_eq!(f.time(8, 0), "8:00\u{202f}AM");
        assert_eq!(f.time(16, 0), "4:00\u{202f}PM");
        assert_eq!(f.weekday(0, false), "Mon");
        assert_eq!(f.weekday(6, true), "Sunday");
    }

    #[test]
    fn a_region_changes_the_conventions() {
        let f = fmt("en-GB");
        assert_eq!(f.time(8, 0), "08:00");
        assert_eq!(f.date(2026, 11, 1).as_deref(), Some("1 Nov 2026"));
    }

    #[test]
    fn a_day_that_does_not_exist_is_none() {
        assert_eq!(fmt("fi").date(2026, 2, 30), None);
    }

    #[test]
    fn end_of_day_is_midnight() {
        assert_eq!(fmt("fi").time(24, 0), "0.00");
    }

    #[test]
    fn a_bad_tag_is_an_error_not_a_panic() {
        assert!(DateTimeFormat::new("not a tag").is_err());
    }
}
