// libFuzzer entry point. Compiled together with the StorageFormat sources by Fuzz/run-storage-fuzz.sh
// (swiftc -sanitize=fuzzer,address -parse-as-library), so it calls the module's API directly.

/// Parses the input and renders it every way, reading the terminal lines back; any crash, hang or
/// memory blow-up is a finding, and so is plain or Markdown output that is not valid UTF-8 (the renderers
/// build those strings without validating them, on the grounds that they cannot be invalid).
@_cdecl("LLVMFuzzerTestOneInput")
public func storageFormatFuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let document = StorageDocument.parse(UnsafeBufferPointer(start: data, count: size))
    _ = document.terminalLines(width: 72).map(\.text)
    _ = document.terminalLines(width: 9, options: RenderOptions(asciiBorders: true))
    for output in [document.plainText().text, document.markdown()] {
        precondition(String(validating: Array(output.utf8), as: UTF8.self) != nil, "rendered text is not valid UTF-8")
    }
    return 0
}
