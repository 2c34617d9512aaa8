// ClaimKit's benchmark: throughput of every stage and of the whole pipeline, on plain
// text and on HTML, in the build configuration it was built in (use release):
//
//     swift run -c release claimkit-benchmark [--megabytes 20] [--save-inputs DIR]
//         [--html-corpus DIR]
//
// Inputs are built from the BBC page in Corpus/ (and any other Corpus pages), copied many
// times with names and figures varied from copy to copy, so no cache flatters the result.
// It prints MB/s and words/s per stage and end to end, and the peak resident memory.
// `--save-inputs DIR` writes the generated pages (DIR/text/*.txt, DIR/html/*.html) so other
// tools can be timed on exactly the same input (scripts/compare-tools.sh does, with
// xmllint). `--html-corpus DIR` adds a run over real HTML pages (every .html/.htm under
// DIR, repeated up to the size asked for), whose markup is heavier than the generated pages'.
import ClaimKit
import Dispatch
import Foundation

struct Options {
    var megabytes = 20.0
    var corpus = URL(fileURLWithPath: "Corpus")
    var saveInputs: URL?
    var htmlCorpus: URL?
    /// `--only entities` (or `quotes`): run the stages up to that one only (for profiling one stage);
    /// `--only claims`: read, tokenize and the claims stage (no entities);
    /// `--only text-read`: reading plain text alone; `--only tokenize`: reading, then
    /// tokenize + sentences (only that timed);
    /// `--only end-to-end`, `html-read`, `html-end-to-end`: that part alone (end to end in
    /// groups, as `claimkit extract` runs a batch); `end-to-end-pages`: end to end page by
    /// page; `end-to-end-split`: page by page with each step's CPU time (freeing included).
    var only: String?

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            switch arguments[i] {
            case "--megabytes": i += 1; megabytes = Double(arguments[i]) ?? megabytes
            case "--corpus": i += 1; corpus = URL(fileURLWithPath: arguments[i])
            case "--save-inputs": i += 1; saveInputs = URL(fileURLWithPath: arguments[i])
            case "--html-corpus": i += 1; htmlCorpus = URL(fileURLWithPath: arguments[i])
            case "--only": i += 1; only = arguments[i]
            case "-h", "--help":
                print("usage: claimkit-benchmark [--megabytes N] [--corpus DIR] [--save-inputs DIR] [--html-corpus DIR] [--only entities|quotes|claims|end-to-end|end-to-end-pages|text-read|tokenize|end-to-end-split|html-read|html-end-to-end]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("unknown argument \(arguments[i])\n".utf8))
                exit(2)
            }
            i += 1
        }
    }
}

/// Seconds since boot, monotonic.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// CPU seconds this thread has run: on a loaded machine, what the work would take on an
/// idle core (wall time also counts the time other processes held the core).
func cpuNow() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// The CPU clock at the last `now()`-based start, kept beside `t` by `start()`.
nonisolated(unsafe) var cpuStart = 0.0

/// Starts a timing: the wall clock (returned) and the CPU clock (kept).
func start() -> Double {
    cpuStart = cpuNow()
    return now()
}

/// Peak resident memory of this process, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(0 /* RUSAGE_SELF */, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Names and figures swapped between copies so that every copy is new text.
let variations: [(String, String)] = [
    ("Trump", "Harlan"), ("Putin", "Voss"), ("Zelensky", "Marek"), ("Budapest", "Vienna"),
    ("Hungary", "Austria"), ("2,500", "2,700"), ("1,000", "1,200"), ("two hours", "three hours"),
]

/// Builds `bytes` worth of live-page text by repeating the seed pages with variations.
func buildText(seeds: [String], bytes: Int) -> [String] {
    var pages: [String] = []
    var total = 0
    var copy = 0
    while total < bytes {
        for seed in seeds {
            var page = seed
            let (from, to) = variations[copy % variations.count]
            if copy % 2 == 1 { page = page.replacingOccurrences(of: from, with: to) }
            page += "\n\n    Copy \(copy) of the page ends here.\n"
            pages.append(page)
            total += page.utf8.count
            copy += 1
            if total >= bytes { break }
        }
    }
    return pages
}

/// Wraps a page's paragraphs in article HTML with the furniture real pages carry.
func htmlPage(from text: String, number: Int) -> String {
    var body = ""
    for line in text.split(separator: "\n") {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { continue }
        let escaped = trimmed.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        body += "<p>\(escaped)</p>\n"
    }
    return """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Live page \(number)</title>
        <script>var tracking = {"id": \(number)};</script><style>p { margin: 0 }</style></head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
        <main><article><h1>Live page \(number)</h1>
        \(body)</article></main>
        <aside class="related"><a href="/a">Related story</a></aside><footer>© News site</footer></body></html>
        """
}

/// Writes each input as DIR/page-NNNNN.EXT, so other tools can be timed on the same bytes.
func save(_ pages: [Data], to folder: URL, extension ext: String) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (i, page) in pages.enumerated() {
        try page.write(to: folder.appendingPathComponent("page-" + String(format: "%05d", i) + "." + ext))
    }
}

func wordCount(_ texts: [String]) -> Int {
    texts.reduce(0) { total, text in
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let letter = byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if letter && !inWord { count += 1 }
            inWord = letter
        }
        return total + count
    }
}

func report(_ stage: String, seconds: Double, bytes: Int, words: Int) {
    let cpu = cpuNow() - cpuStart
    let mb = Double(bytes) / 1_000_000
    let label = stage.padding(toLength: 22, withPad: " ", startingAt: 0)
    print("  " + label + String(format: " %8.3f s  %9.2f MB/s  %12.0f words/s   cpu %8.3f s  %9.2f MB/s  %12.0f words/s",
                                seconds, mb / seconds, Double(words) / seconds, cpu, mb / cpu, Double(words) / cpu))
}

let options = Options(CommandLine.arguments)
var loadStart = start()
let lexicons = try LexiconStore(roots: [BuiltInLexicons.url])
let loadSeconds = now() - loadStart
loadStart = start()
let pipeline = Pipeline(lexicons: lexicons)
let setupSeconds = now() - loadStart
let seedURLs = (try? FileManager.default.contentsOfDirectory(at: options.corpus, includingPropertiesForKeys: nil))?
    .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path } ?? []
guard !seedURLs.isEmpty else {
    FileHandle.standardError.write(Data("no .txt pages in \(options.corpus.path)\n".utf8))
    exit(1)
}
let seeds = try seedURLs.map { try String(contentsOf: $0, encoding: .utf8) }
let targetBytes = Int(options.megabytes * 1_000_000)

#if DEBUG
print("warning: a debug build; run with `swift run -c release claimkit-benchmark` for real figures")
#endif
print("ClaimKit benchmark: \(ProcessInfo.processInfo.activeProcessorCount) cores, one thread, \(options.megabytes) MB per input kind")
print("(wall clock, then this thread's CPU time: on a loaded machine the CPU figures are the single-core speed)")
print(String(format: "lexicons: %d files loaded in %.1f ms; stages set up in %.1f ms",
             lexicons.lexicons.count, loadSeconds * 1000, setupSeconds * 1000))

// Plain text, stage by stage.
let textPages = buildText(seeds: seeds, bytes: targetBytes)
let textData = textPages.map { Data($0.utf8) }
let textBytes = textData.reduce(0) { $0 + $1.count }
let textWords = wordCount(textPages)
print("\nplain text: \(textPages.count) pages, \(textBytes / 1_000_000) MB, \(textWords) words")

/// End to end as `claimkit extract` runs a batch: pages read one by one into groups, each
/// group extracted stage by stage (`ExtractionGroup`), then written as JSON.
func endToEnd(_ inputs: [Data], extension ext: String, skipUnreadable: Bool = false) throws {
    var group = ExtractionGroup<Int>()
    func flush() throws {
        for (_, extraction) in group.extract(with: pipeline) { _ = try ContractReport(extraction).json(pretty: false) }
    }
    for (i, data) in inputs.enumerated() {
        let document: Document
        do {
            document = try pipeline.read(data: data, sourceName: "page-\(i).\(ext)")
        } catch where skipUnreadable {
            continue
        }
        group.append(document, tag: i)
        if group.isFull { try flush() }
    }
    try flush()
}

/// End to end one page at a time, every stage on a page before the next page (what
/// `extract` did before groups: kept to show what grouping gains).
func endToEndPageByPage(_ inputs: [Data], extension ext: String) throws {
    for (i, data) in inputs.enumerated() {
        _ = try ContractReport(pipeline.extract(data: data, sourceName: "page-\(i).\(ext)")).json(pretty: false)
    }
}

if options.only == "end-to-end" || options.only == "html-read" || options.only == "html-end-to-end" {
    // One part alone, for profiling (callgrind counts only what runs).
    let html = options.only != "end-to-end"
    let inputs = html ? textPages.enumerated().map { Data(htmlPage(from: $1, number: $0).utf8) } : textData
    let bytes = inputs.reduce(0) { $0 + $1.count }
    let t = start()
    if options.only == "html-read" {
        for (i, data) in inputs.enumerated() { _ = try pipeline.read(data: data, sourceName: "page-\(i).html") }
    } else {
        try endToEnd(inputs, extension: html ? "html" : "txt")
    }
    report(options.only!, seconds: now() - t, bytes: bytes, words: textWords)
    exit(0)
}

if options.only == "text-read" || options.only == "tokenize" {
    // Reading plain text alone, or reading and then tokenizing + sentences (only the
    // second timed): for profiling the first two stages.
    var t = start()
    let documents = try textData.enumerated().map { try pipeline.read(data: $1, sourceName: "page-\($0).txt") }
    if options.only == "text-read" {
        report("read", seconds: now() - t, bytes: textBytes, words: textWords)
        exit(0)
    }
    t = start()
    let analyzed = documents.map { pipeline.analyze($0) }
    report("tokenize + sentences", seconds: now() - t, bytes: textBytes, words: textWords)
    print("  \(analyzed.reduce(0) { $0 + $1.reduce(0) { $0 + $1.tokens.count } }) tokens")
    exit(0)
}

if options.only == "end-to-end-pages" {
    let t = start()
    try endToEndPageByPage(textData, extension: "txt")
    report("end to end, by page", seconds: now() - t, bytes: textBytes, words: textWords)
    exit(0)
}

if options.only == "end-to-end-split" {
    // End to end, one page at a time as `extract` runs it, with each step's CPU time summed
    // apart, freeing the page's results included: where end to end spends beyond the stages.
    var steps = [Double](repeating: 0, count: 9)
    let names = ["read", "tokenize + sentences", "entities", "quotes", "claims", "cross-check", "report + JSON", "freeing results", "(sum)"]
    let recognizer = EntityRecognizer(lexicons: lexicons)
    let quoteExtractor = QuoteExtractor(lexicons: lexicons)
    let claimExtractor = ClaimExtractor(lexicons: lexicons)
    let comparer = ClaimComparer()
    let t = start()
    for (i, data) in textData.enumerated() {
        var c = cpuNow()
        func lap(_ k: Int) { let n = cpuNow(); steps[k] += n - c; c = n }
        var document: Document? = try pipeline.read(data: data, sourceName: "page-\(i).txt"); lap(0)
        var analyzed: [AnalyzedEntry]? = pipeline.analyze(document!); lap(1)
        var entities: [Entity]? = recognizer.entities(in: analyzed!); lap(2)
        var quotes: [Quote]? = quoteExtractor.quotesAndDiagnostics(in: analyzed!, entities: entities!).quotes; lap(3)
        var claims: [Claim]? = claimExtractor.claims(in: analyzed!, entities: entities!); lap(4)
        let (contradictions, series) = comparer.compare(claims!, entries: document!.entries); lap(5)
        var report: ContractReport? = ContractReport(Extraction(
            document: document!, entities: entities!, quotes: quotes!, claims: claims!,
            contradictions: contradictions, series: series, diagnostics: document!.diagnostics))
        var json: Data? = try report!.json(pretty: false); lap(6)
        document = nil; analyzed = nil; entities = nil; quotes = nil; claims = nil; report = nil; json = nil; lap(7)
        _ = (document, analyzed, entities, quotes, claims, report, json)
    }
    steps[8] = steps[0..<8].reduce(0, +)
    for (k, name) in names.enumerated() {
        print("  " + name.padding(toLength: 22, withPad: " ", startingAt: 0)
              + String(format: "   cpu %8.3f s  %9.2f MB/s", steps[k], Double(textBytes) / 1e6 / steps[k]))
    }
    report("end to end (split)", seconds: now() - t, bytes: textBytes, words: textWords)
    exit(0)
}

var t = start()
let documents = try textData.enumerated().map { try pipeline.read(data: $1, sourceName: "page-\($0).txt") }
report("read", seconds: now() - t, bytes: textBytes, words: textWords)

t = start()
let analyzed = documents.map { pipeline.analyze($0) }
report("tokenize + sentences", seconds: now() - t, bytes: textBytes, words: textWords)

nonisolated(unsafe) var setupCPU = cpuNow()
/// CPU seconds since the last call (set-up of one stage).
func setupLap() -> Double {
    let t = cpuNow()
    defer { setupCPU = t }
    return t - setupCPU
}
let recognizer = EntityRecognizer(lexicons: lexicons)
let entitySetupSeconds = setupLap()
let quoteExtractor = QuoteExtractor(lexicons: lexicons)
let quoteSetupSeconds = setupLap()
let claimExtractor = ClaimExtractor(lexicons: lexicons)
let claimSetupSeconds = setupLap()
let comparer = ClaimComparer()
print(String(format: "  set-up (cpu): entities %.1f ms, quotes %.1f ms, claims %.1f ms",
             entitySetupSeconds * 1000, quoteSetupSeconds * 1000, claimSetupSeconds * 1000))
if options.only == "claims" {
    // The claims stage alone, with no entities (for profiling it under callgrind).
    t = start()
    let claims = analyzed.map { claimExtractor.claims(in: $0, entities: []) }
    report("claims", seconds: now() - t, bytes: textBytes, words: textWords)
    print(String(format: "  found: %d claims", claims.reduce(0) { $0 + $1.count }))
    exit(0)
}
t = start()
let entities = analyzed.map { recognizer.entities(in: $0) }
report("entities", seconds: now() - t, bytes: textBytes, words: textWords)
if options.only == "entities" {
    print(String(format: "  found: %d entities", entities.reduce(0) { $0 + $1.count }))
    exit(0)
}

let peakBeforeQuotes = peakMemoryMiB()
t = start()
let quotes = zip(analyzed, entities).map { quoteExtractor.quotes(in: $0, entities: $1) }
report("quotes", seconds: now() - t, bytes: textBytes, words: textWords)
if options.only == "quotes" {
    print(String(format: "  found: %d quotes; peak memory %.0f MiB before the stage, %.0f MiB after",
                 quotes.reduce(0) { $0 + $1.count }, peakBeforeQuotes, peakMemoryMiB()))
    exit(0)
}

t = start()
let claims = zip(analyzed, entities).map { claimExtractor.claims(in: $0, entities: $1) }
report("claims", seconds: now() - t, bytes: textBytes, words: textWords)

t = start()
let checks = zip(claims, documents).map { comparer.compare($0, entries: $1.entries) }
report("cross-check", seconds: now() - t, bytes: textBytes, words: textWords)

let extractions = documents.map { pipeline.extract(from: $0) }
t = start()
var jsonBytes = 0
for extraction in extractions {
    jsonBytes += try ContractReport(extraction).json(pretty: false).count
}
report("JSON out", seconds: now() - t, bytes: textBytes, words: textWords)

t = start()
try endToEnd(textData, extension: "txt")
report("end to end", seconds: now() - t, bytes: textBytes, words: textWords)
t = start()
try endToEndPageByPage(textData, extension: "txt")
report("  (page by page)", seconds: now() - t, bytes: textBytes, words: textWords)
print(String(format: "  found: %d entities, %d quotes, %d claims, %d contradictions",
             entities.reduce(0) { $0 + $1.count }, quotes.reduce(0) { $0 + $1.count },
             claims.reduce(0) { $0 + $1.count }, checks.reduce(0) { $0 + $1.contradictions.count }))

// HTML, end to end.
let htmlPages = textPages.enumerated().map { htmlPage(from: $1, number: $0) }
let htmlData = htmlPages.map { Data($0.utf8) }
let htmlBytes = htmlData.reduce(0) { $0 + $1.count }
print("\nHTML: \(htmlPages.count) pages, \(htmlBytes / 1_000_000) MB")
t = start()
let htmlDocuments = try htmlData.enumerated().map { try pipeline.read(data: $1, sourceName: "page-\($0).html") }
report("read", seconds: now() - t, bytes: htmlBytes, words: textWords)
t = start()
for from in stride(from: 0, to: htmlDocuments.count, by: ExtractionGroup<Int>.maxDocuments) {
    let group = Array(htmlDocuments[from..<min(htmlDocuments.count, from + ExtractionGroup<Int>.maxDocuments)])
    for extraction in pipeline.extract(from: group) { _ = try ContractReport(extraction).json(pretty: false) }
}
report("extract + JSON", seconds: now() - t, bytes: htmlBytes, words: textWords)
t = start()
try endToEnd(htmlData, extension: "html")
report("end to end", seconds: now() - t, bytes: htmlBytes, words: textWords)

// Real HTML pages, end to end (their markup, scripts and furniture are most of their bytes).
if let htmlCorpus = options.htmlCorpus {
    let urls = (FileManager.default.enumerator(at: htmlCorpus, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
        .filter { ["html", "htm"].contains($0.pathExtension.lowercased()) }.sorted { $0.path < $1.path }
    let seedPages = urls.compactMap { try? Data(contentsOf: $0) }
    var realData: [Data] = []
    var realBytes = 0
    while !seedPages.isEmpty, realBytes < targetBytes {
        for page in seedPages where realBytes < targetBytes {
            realData.append(page)
            realBytes += page.count
        }
    }
    print("\nreal HTML (\(urls.count) pages under \(htmlCorpus.path), repeated): \(realData.count) pages, \(realBytes / 1_000_000) MB")
    t = start()
    var realDocuments: [Document] = []
    var realWords = 0
    for (i, data) in realData.enumerated() {
        guard let document = try? pipeline.read(data: data, sourceName: "real-\(i).html") else { continue }
        realDocuments.append(document)
        realWords += wordCount(document.entries.map(\.text))
    }
    report("read", seconds: now() - t, bytes: realBytes, words: realWords)
    t = start()
    try endToEnd(realData, extension: "html", skipUnreadable: true)
    report("end to end", seconds: now() - t, bytes: realBytes, words: realWords)
    if let folder = options.saveInputs {
        try save(realData, to: folder.appendingPathComponent("real-html"), extension: "html")
    }
}

if let folder = options.saveInputs {
    try save(textData, to: folder.appendingPathComponent("text"), extension: "txt")
    try save(htmlData, to: folder.appendingPathComponent("html"), extension: "html")
    print("\ninputs saved under \(folder.path) (text/, html/\(options.htmlCorpus == nil ? "" : ", real-html/"))")
}

print(String(format: "\npeak memory: %.0f MiB", peakMemoryMiB()))
