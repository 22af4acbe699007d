// libFuzzer entry point. Compiled together with the StorageFormat sources by Fuzz/run-storage-fuzz.sh
// (swiftc -sanitize=fuzzer,address -parse-as-library), so it calls the module's API directly.

/// Parses the input and renders it every way, reading the terminal lines back; any crash, hang or
/// memory blow-up is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func storageFormatFuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let document = StorageDocument.parse(UnsafeBufferPointer(start: data, count: size))
    _ = document.terminalLines(width: 72).map(\.text)
    _ = document.terminalLines(width: 9, options: RenderOptions(asciiBorders: true))
    _ = document.plainText()
    _ = document.markdown()
    return 0
}
