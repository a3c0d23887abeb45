//! Integration tests: fixture sites under `tests/fixtures/` built end to end with
//! the real `luukku` binary, and the output read back.

mod bad_input;
mod build;
mod harness;
mod live;
mod page_model;
mod print;
mod search;
mod serve;
mod snapshots;
