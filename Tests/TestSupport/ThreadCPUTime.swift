import Glibc

/// CPU seconds the current thread has used: unlike wall time, not inflated by other load on the machine (tests run side
/// by side), so a test that bounds a cost can measure it on a busy machine.
public func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
