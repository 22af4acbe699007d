import ArgumentParser

/// The `--json` switch shared by every headless subcommand.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print machine-readable JSON instead of text.")
    var json = false
}
