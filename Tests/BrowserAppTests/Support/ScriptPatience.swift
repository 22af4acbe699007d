/// How long a scripted wait in a test may take before it fails, in milliseconds: scripted loops share the main actor
/// with the suite's other loops (the 50,000-page latency run holds it for tens of seconds on a busy machine), so a wait
/// fails only when what it waits for never comes, not when it comes late.
let scriptPatience = 60_000
