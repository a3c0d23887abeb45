//! Integration tests: fixture sites under `tests/fixtures/` built end to end with
//! the real `luukku` binary, and the output read back.

mod bad_input;
mod bounds;
mod build;
mod check;
mod diagnostics;
mod features;
mod fuzz;
mod harness;
mod import;
mod live;
mod onboarding;
mod page_model;
mod print;
mod safety;
mod scaffold;
mod search;
mod search_forgiving;
mod serve;
mod service_cards;
mod snapshots;
