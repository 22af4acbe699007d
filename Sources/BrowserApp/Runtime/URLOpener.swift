/// Opens a URL for the user and says what happened (the system's `xdg-open`, or a test double).
public typealias URLOpener = @Sendable (String) async -> EffectReport
