//! The `luukku` command: parse arguments, run, exit with the result.

fn main() -> std::process::ExitCode {
    luukku::cli::run()
}
