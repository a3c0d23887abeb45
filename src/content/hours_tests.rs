//! Unit tests of the weekday and time-of-day parsing of opening hours.

use super::{Days, Time};

fn t(hour: u8, minute: u8) -> Option<Time> {
    Some(Time { hour, minute })
}

#[test]
fn times_are_exactly_hh_mm() {
    assert_eq!(Time::parse("08:00"), t(8, 0));
    assert_eq!(Time::parse("00:00"), t(0, 0));
    assert_eq!(Time::parse("23:59"), t(23, 59));
    assert_eq!(Time::parse("24:00"), t(24, 0), "closing at midnight");
    assert_eq!(Time::parse("12:30"), t(12, 30));
}

#[test]
fn times_the_docs_do_not_allow_are_refused() {
    for bad in [
        "8:00",
        "08.00",
        "+8:00",
        "08:0",
        "08:000",
        "008:00",
        "24:01",
        "25:00",
        "08:60",
        " 08:00",
        "08:00 ",
        "0800",
        "08:00:00",
        "ab:cd",
        "",
        ":",
        "-1:00",
        "+08:00",
        "08:+0",
        "٠٨:٠٠",
    ] {
        assert_eq!(Time::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn a_bad_time_in_yaml_names_the_expected_form() {
    let err = crate::yaml::parse::<Time>("\"8:00\"", std::path::Path::new("t.yaml"), 1).expect_err("no leading zero");
    assert!(err.message.starts_with("`8:00` is not a time of day; expected HH:MM such as \"08:00\""), "{err}");
    assert_eq!(Time { hour: 8, minute: 5 }.to_string(), "08:05");
}

fn days(spec: &str) -> Result<Vec<usize>, String> {
    let mut into = Vec::new();
    Days::parse(spec, &mut into).map(|()| into)
}

#[test]
fn day_ranges_and_lists() {
    assert_eq!(days("mon-fri"), Ok(vec![0, 1, 2, 3, 4]));
    assert_eq!(days("sat"), Ok(vec![5]));
    assert_eq!(days("sun"), Ok(vec![6]));
    assert_eq!(days("mon-wed,fri"), Ok(vec![0, 1, 2, 4]));
    assert_eq!(days("mon-mon"), Ok(vec![0]));
    assert_eq!(days(" tue "), Ok(vec![1]), "spaces around a day are allowed");
}

#[test]
fn bad_day_ranges_say_why() {
    assert_eq!(
        days("mon-fir"),
        Err("`fir` is not a weekday; expected mon, tue, wed, thu, fri, sat, sun or a range like mon-fri".to_string())
    );
    assert_eq!(
        days("fri-mon"),
        Err("`fri-mon` runs backwards; expected a range from Monday towards Sunday".to_string())
    );
    assert!(days("monday").is_err());
    assert!(days("Mon").is_err(), "codes are lower-case");
    assert!(days("").is_err());
    assert!(days("mon-tue-wed").is_err());
}

#[test]
fn days_deserialize_from_a_string_or_a_list() {
    assert_eq!(
        crate::yaml::parse::<Days>("mon-fri", std::path::Path::new("t.yaml"), 1).expect("range"),
        Days(vec![0, 1, 2, 3, 4])
    );
    assert_eq!(
        crate::yaml::parse::<Days>("[mon-wed, fri]", std::path::Path::new("t.yaml"), 1).expect("list"),
        Days(vec![0, 1, 2, 4])
    );
    assert!(crate::yaml::parse::<Days>("[mon, 5]", std::path::Path::new("t.yaml"), 1).is_err());
}

#[test]
fn runs_of_consecutive_days() {
    assert_eq!(Days(vec![4, 0, 1, 2]).runs(), vec![(0, 2), (4, 4)]);
    assert_eq!(Days(vec![0, 0, 1]).runs(), vec![(0, 1)], "duplicates merge");
    assert_eq!(Days(vec![5, 6]).runs(), vec![(5, 6)]);
    assert_eq!(Days(vec![0, 2, 4, 6]).runs(), vec![(0, 0), (2, 2), (4, 4), (6, 6)]);
    assert_eq!(Days(vec![]).runs(), vec![]);
}
