import Foundation
import LocalStore
import Testing
import TestSupport

struct FileLockTests {
    /// Counts how many holders are inside the lock at once, and the most there ever were.
    private actor Occupancy {
        private(set) var inside = 0
        private(set) var most = 0
        private(set) var entries = 0

        func enter() {
            inside += 1
            entries += 1
            most = max(most, inside)
        }

        func leave() {
            inside -= 1
        }
    }

    @Test func concurrentTasksNeverHoldTheLockTogether() async throws {
        try await ScratchDirectory.with { directory in
            let lockURL = directory.appendingPathComponent(".lock")
            let occupancy = Occupancy()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        for _ in 0..<5 {
                            try await FileLock(url: lockURL, pollInterval: .milliseconds(1)).withLock(timeout: .seconds(20)) {
                                await occupancy.enter()
                                try await Task.sleep(for: .milliseconds(2))
                                await occupancy.leave()
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(await occupancy.most == 1)
            #expect(await occupancy.entries == 40)
        }
    }

    @Test func aSecondHolderTimesOutWithASentence() async throws {
        try await ScratchDirectory.with { directory in
            let lock = FileLock(url: directory.appendingPathComponent(".lock"))
            try await lock.withLock {
                await #expect {
                    try await lock.withLock(timeout: .milliseconds(100)) {}
                } throws: { error in
                    guard let error = error as? FileSystemError else { return false }
                    return error.isLockTimeout && error.description.hasSuffix("holds the lock \(lock.url.path)); gave up after 0.1 seconds")
                }
            }
            try await lock.withLock(timeout: .milliseconds(100)) {}
        }
    }

    /// Whether a waiting acquisition has got the lock yet.
    private actor Flag {
        private(set) var isSet = false
        func set() { isSet = true }
    }

    @Test func anotherProcessHoldingTheLockBlocksUsUntilItLetsGo() async throws {
        try await ScratchDirectory.with { directory in
            let lockURL = directory.appendingPathComponent(".lock")
            let ready = directory.appendingPathComponent("ready")
            let release = directory.appendingPathComponent("release")
            let holder = Process()
            holder.executableURL = URL(fileURLWithPath: "/bin/sh")
            // flock(1) from util-linux holds the same flock(2) lock until the test creates `release`.
            holder.arguments = [
                "-c", "exec flock \"$0\" sh -c 'touch \"$1\"; while [ ! -e \"$2\" ]; do sleep 0.02; done' sh \"$1\" \"$2\"",
                lockURL.path, ready.path, release.path,
            ]
            try holder.run()
            let clock = ContinuousClock()
            let start = clock.now
            while !FileManager.default.fileExists(atPath: ready.path) {
                try #require(clock.now - start < .seconds(20), "the flock(1) helper never took the lock; is util-linux's flock installed?")
                try await Task.sleep(for: .milliseconds(10))
            }
            await #expect {
                try await FileLock(url: lockURL).withLock(timeout: .milliseconds(100)) {}
            } throws: { ($0 as? FileSystemError)?.isLockTimeout == true }

            let acquired = Flag()
            let waiter = Task { try await FileLock(url: lockURL).withLock(timeout: .seconds(30)) { await acquired.set() } }
            try await Task.sleep(for: .milliseconds(150))
            #expect(await acquired.isSet == false)
            try Data().write(to: release)
            try await waiter.value
            #expect(await acquired.isSet)
            holder.waitUntilExit()
            #expect(holder.terminationStatus == 0)
        }
    }

    @Test func cancellationWhileWaitingEndsTheWait() async throws {
        try await ScratchDirectory.with { directory in
            let lock = FileLock(url: directory.appendingPathComponent(".lock"))
            try await lock.withLock {
                let waiter = Task { try await lock.withLock(timeout: .seconds(30)) {} }
                try await Task.sleep(for: .milliseconds(50))
                waiter.cancel()
                await #expect(throws: CancellationError.self) { try await waiter.value }
            }
        }
    }

    @Test func theLockFileIsPrivateAndStays() async throws {
        try await ScratchDirectory.with { directory in
            let url = directory.appendingPathComponent(".lock")
            try await FileLock(url: url).withLock {}
            #expect(ScratchDirectory.mode(url) == 0o600)
        }
    }
}
