//! The `luukku` command: parse arguments, run, exit with the result.

/// mimalloc instead of the system allocator: a build allocates and frees
/// millions of small strings from two threads; with glibc's allocator malloc,
/// free and consolidation were 14 % of a 10,000-page build's samples, and
/// mimalloc took its CPU time from 6.09 to 5.62 s (BENCHMARKS.md, issue 16).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    luukku::cli::run()
}
