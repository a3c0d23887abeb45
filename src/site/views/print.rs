//! The template views of the print pages: handouts, worksheets, the whole package.

use serde::Serialize;

use super::{Entry, Link, PageView};

/// A print view (handout, worksheets, whole package): the page around it and its own parts.
#[derive(Debug, Serialize)]
pub struct PrintPage {
    /// The page around the print view (on screen: navigation, switcher; hidden in print).
    #[serde(flatten)]
    pub page: PageView,
    /// The print view's own parts.
    pub print: PrintView,
}

/// What a print view shows.
#[derive(Debug, Default, Serialize)]
pub struct PrintView {
    /// The modules it covers (one for a handout or worksheets, all for the package).
    pub modules: Vec<PrintModule>,
    /// The module's worksheets (worksheets page only).
    pub worksheets: Vec<Worksheet>,
    /// Personas, title and summary (whole package only).
    pub personas: Vec<Entry>,
    /// Glossary terms, title and summary (whole package only).
    pub glossary: Vec<Entry>,
    /// The module's web page (or the training index, for the package).
    pub back: Option<Link>,
    /// Other print views of the same module: worksheets from a handout, handout from worksheets.
    pub sibling: Option<Link>,
}

/// One module as printed: the handout's parts.
#[derive(Debug, Default, Serialize)]
pub struct PrintModule {
    /// Anchor id (`module-04`).
    pub id: String,
    /// The module's number.
    pub number: Option<u32>,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Learning goals (HTML).
    pub goals_html: Vec<String>,
    /// Intro of the plan (HTML).
    pub intro_html: Option<String>,
    /// The agenda, one row per step.
    pub agenda: Vec<AgendaRow>,
    /// Sum of all the minutes given.
    pub known_minutes: u32,
    /// How many steps have no minutes.
    pub untimed: usize,
    /// Groupings, in step order, without repeats.
    pub groupings: Vec<String>,
    /// Materials of every step merged, in first-use order, without repeats.
    pub materials: Vec<String>,
    /// Reflection questions (HTML).
    pub reflection_html: Vec<String>,
}

/// One step of the timed agenda.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaRow {
    /// The step's number.
    pub number: usize,
    /// Title.
    pub title: String,
    /// Minutes, when the plan gives them.
    pub minutes: Option<u32>,
    /// Minutes from the start to the step's beginning (timed steps before it only).
    pub offset: u32,
    /// Clock time of the start for the default start time (`09:00`); the page's
    /// script recomputes it from the start time the facilitator chooses.
    pub clock: String,
    /// Running total of minutes at the step's end, when the step is timed.
    pub running_total: Option<u32>,
    /// Grouping.
    pub grouping: Option<String>,
    /// Instructions (HTML).
    pub instructions_html: String,
}

/// A participant worksheet, one A4 page.
#[derive(Debug, Clone, Serialize)]
pub struct Worksheet {
    /// `grid`, `questions`, `story`, `reflection`.
    pub kind: String,
    /// Anchor id.
    pub id: String,
    /// Row labels (grid: personas; questions and reflection: the questions as HTML).
    pub rows: Vec<String>,
    /// Column labels (grid: channels).
    pub columns: Vec<String>,
}
