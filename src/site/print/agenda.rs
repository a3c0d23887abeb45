//! A module as a facilitator prints it: goals, the plan as a timed agenda with
//! clock times and a running total, the groupings and materials gathered from
//! every step, and the reflection questions.

use crate::config::Locale;
use crate::content::{Fields, Item};
use crate::error::Diagnostic;
use crate::markdown::render_inline;

use super::super::context::PageCx;
use super::super::views::{AgendaRow, PrintModule};

/// The start time a handout shows until the facilitator picks another.
pub const DEFAULT_START: u32 = 9 * 60;

/// `HH:MM` of a minute of the day (wrapping past midnight).
pub fn clock(minutes: u32) -> String {
    let m = minutes % (24 * 60);
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// The printed parts of `item` as written in `locale`; problems with its inline
/// Markdown go to `diags`.
pub(crate) fn module(
    cx: &PageCx<'_>,
    item: &Item,
    locale: &Locale,
    path: &str,
    diags: &mut Vec<Diagnostic>,
) -> PrintModule {
    let mut out = PrintModule {
        id: format!("module-{}", item.name),
        number: item.order,
        title: item.name.clone(),
        ..PrintModule::default()
    };
    let Some(tr) = item.translations.get(&locale.code) else { return out };
    out.title = tr.common.title.clone();
    out.summary = tr.common.summary.clone();
    let Fields::Module(f) = &tr.fields else { return out };
    let links = cx.links(path, locale);
    let mut inline = |field: &str, text: &str| {
        render_inline(text, &links).unwrap_or_else(|m| {
            diags.push(Diagnostic::at(&tr.path, tr.text_location(field, text), m));
            String::new()
        })
    };
    out.goals_html = f.goals.iter().map(|g| inline("goals", g)).collect();
    out.reflection_html = f.reflection.iter().map(|q| inline("reflection", q)).collect();
    let Some(plan) = &f.facilitation else { return out };
    out.intro_html = plan.intro.as_ref().map(|t| inline("facilitation", t));
    // Clock times and running totals hold only while every earlier step has minutes.
    let mut elapsed = Some(0u32);
    for (i, step) in plan.steps.iter().enumerate() {
        let start = elapsed;
        elapsed = elapsed.zip(step.minutes).map(|(a, b)| a + b);
        if let Some(g) = step.grouping.as_ref().filter(|g| !out.groupings.contains(g)) {
            out.groupings.push(g.clone());
        }
        for m in &step.materials {
            if !out.materials.iter().any(|have| have.to_lowercase() == m.to_lowercase()) {
                out.materials.push(m.clone());
            }
        }
        out.known_minutes += step.minutes.unwrap_or(0);
        out.untimed += usize::from(step.minutes.is_none());
        out.agenda.push(AgendaRow {
            number: i + 1,
            title: step.title.clone(),
            minutes: step.minutes,
            offset: start.unwrap_or(0),
            clock: start.map(|s| clock(DEFAULT_START + s)).unwrap_or_default(),
            running_total: elapsed,
            grouping: step.grouping.clone(),
            instructions_html: inline("facilitation", &step.instructions),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn clock_times_wrap_at_midnight() {
        assert_eq!(clock(9 * 60 + 5), "09:05");
        assert_eq!(clock(24 * 60 + 30), "00:30");
    }
}
