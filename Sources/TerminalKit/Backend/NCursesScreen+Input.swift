/// Async key input and terminal-side extras.
extension NCursesScreen {
    /// Keys as they arrive, without blocking the main actor while waiting.
    ///
    /// A helper thread waits for input; keys are then read with `readKey(timeoutMilliseconds: 0)`
    /// on the main actor, so resizes update `width`/`height` exactly as with `readKey`. The stream
    /// also wakes every `pollIntervalMilliseconds` to notice resizes. Starting a new stream finishes
    /// the previous one; `close()` finishes it too.
    public func keys(pollIntervalMilliseconds: Int32 = 100) -> AsyncStream<Key> {
        stopKeyFeed()
        let (stream, continuation) = AsyncStream.makeStream(of: Key.self)
        let watcher = InputWatcher(descriptor: inputDescriptor, interval: pollIntervalMilliseconds) { [weak self] watcher in
            Task { @MainActor in
                guard let self, self.isOpen else {
                    watcher.stop()
                    continuation.finish()
                    return
                }
                var sawInput = false
                drain: while true {
                    switch self.readInput(timeoutMilliseconds: 0) {
                    case .key(let key): continuation.yield(key)
                    case .ignored: break
                    case .none: break drain
                    }
                    sawInput = true
                }
                watcher.resume(sawInput: sawInput)
            }
        }
        continuation.onTermination = { _ in watcher.stop() }
        keyFeed = KeyFeed(watcher: watcher, continuation: continuation)
        watcher.start()
        return stream
    }

    /// Stops the current `keys()` stream, if any.
    func stopKeyFeed() {
        keyFeed?.watcher.stop()
        keyFeed?.continuation.finish()
        keyFeed = nil
    }

    /// Asks the terminal to put `text` on the system clipboard (OSC 52). Terminals that do not
    /// support OSC 52 ignore it.
    /// - Note: This is the one place TerminalKit writes an escape sequence itself; `text` is only
    ///   ever sent base64-encoded, so it cannot inject sequences.
    public func copyToClipboard(_ text: String) {
        guard isOpen else { return }
        let sequence = "\u{1B}]52;c;" + Base64.encode(text.utf8) + "\u{7}"
        writeRaw(sequence)
    }
}
