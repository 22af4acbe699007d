// Renders storage bodies document by document and reports throughput and peak memory.
// Used by Benchmarks/storage-format.sh.
//
//   StorageFormatBenchmark --input FILE [--format text|markdown|plain|parse|decode|tokenize|none] [--width 100]
//       FILE holds the documents separated by NUL bytes (the script repeats the corpus to >= 20 MB);
//       a FILE without NUL bytes is one document, rendered once (the script's large-document memory run).
//       `none` only loads and splits the input: the floor storage-format-instructions.sh subtracts.
//       `tokenize` only tokenizes and balances elements; `decode` also decodes the text into Strings: the
//       stages of `parse`, which also builds the model.
//   StorageFormatBenchmark --corpus DIR [--megabytes 20] [...]
//       reads DIR/*.xml and repeats them until N megabytes have been rendered.
import Glibc
@_spi(Benchmarking) import StorageFormat

/// Reads a whole file; nil when it cannot be read.
func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    fseek(file, 0, SEEK_END)
    let size = ftell(file)
    fseek(file, 0, SEEK_SET)
    guard size >= 0 else { return nil }
    var bytes = [UInt8](repeating: 0, count: size)
    let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, size, file) }
    return read == size ? bytes : nil
}

/// The `*.xml` files of a folder, sorted.
func corpusFiles(_ folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name.hasSuffix(".xml") { names.append(folder + "/" + name) }
    }
    return names.sorted()
}

/// CPU time this process has used, in seconds (independent of other load on the machine).
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Peak resident set size of this process, in kilobytes.
func peakRSSKilobytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss
}

var corpus = ""
var input = ""
var megabytes = 20
var format = "text"
var width = 100
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--corpus": corpus = arguments.popFirst() ?? ""
    case "--input": input = arguments.popFirst() ?? ""
    case "--megabytes": megabytes = Int(arguments.popFirst() ?? "") ?? megabytes
    case "--format": format = arguments.popFirst() ?? format
    case "--width": width = Int(arguments.popFirst() ?? "") ?? width
    default:
        print("unknown argument \(argument)")
        exit(2)
    }
}
// Documents are slices of one buffer, so holding the input costs its size once.
let documents: [ArraySlice<UInt8>]
if !input.isEmpty {
    documents = (readFile(input) ?? []).split(separator: 0, omittingEmptySubsequences: true)
} else {
    documents = corpusFiles(corpus).compactMap(readFile).filter { !$0.isEmpty }.map { $0[...] }
}
guard !documents.isEmpty else {
    print("no documents: pass --input FILE or --corpus ../shared/storage-corpus/docs")
    exit(1)
}
let baseline = peakRSSKilobytes()
let target = input.isEmpty ? megabytes * 1_000_000 : documents.reduce(0) { $0 + $1.count }
var processed = 0
var outputSize = 0
let clock = ContinuousClock()
let start = clock.now
let cpuStart = cpuSeconds()
while processed < target {
    for document in documents {
        switch format {
        case "none": break
        case "markdown": outputSize &+= StorageDocument.parse(document).markdown().utf8.count
        case "plain": outputSize &+= StorageDocument.parse(document).plainText().text.utf8.count
        case "parse": outputSize &+= StorageDocument.parse(document).blocks.count
        case "decode": outputSize &+= document.withUnsafeBufferPointer { ParseStages.decodeText($0) }
        case "tokenize": outputSize &+= document.withUnsafeBufferPointer { ParseStages.tokenize($0) }
        default: outputSize &+= StorageDocument.parse(document).terminalLines(width: width).count
        }
        processed += document.count
    }
}
let elapsed = start.duration(to: clock.now)
let cpu = cpuSeconds() - cpuStart
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let largest = documents.map(\.count).max() ?? 0
print("format=\(format) bytes=\(processed) seconds=\(seconds) cpu_seconds=\(cpu) mbps=\(Double(processed) / cpu / 1e6)"
      + " baseline_rss_kb=\(baseline) peak_rss_kb=\(peakRSSKilobytes()) largest_doc_bytes=\(largest) output=\(outputSize)")
