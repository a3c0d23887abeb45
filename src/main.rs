//! The `luukku` command: parse arguments, run, exit with the result.

/// mimalloc instead of the system allocator: a build allocates and frees
/// millions of small strings from two threads, which glibc's allocator spent
/// about a tenth of a 10,000-page build on (BENCHMARKS.md, issue 16).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    luukku::cli::run()
}
