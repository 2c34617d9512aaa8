// libFuzzer entry point for ClaimKit's readers and parsers. Which one is fuzzed is
// chosen by the CLAIMKIT_FUZZ environment variable: text-reader (default), html-reader,
// page-reader (sniffs HTML or text, as the pipeline does), tokenizer, quantities, pipeline. Build and run with scripts/fuzz.sh.
import ClaimKit
import Foundation

private let pipeline = try! Pipeline()
private let target = ProcessInfo.processInfo.environment["CLAIMKIT_FUZZ"] ?? "text-reader"
private let quantityParser = QuantityParser(lexicons: pipeline.lexicons)

/// libFuzzer's driver, which runs the fuzzing loop with our callback.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

#if CLAIMKIT_FUZZING
/// The entry point. SwiftPM links executables with `main` set to `<module>_main`, which
/// `-parse-as-library` never emits, so this names it and hands over to libFuzzer.
@_cdecl("claimkit_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { start, size in
        fuzzOne(start.map { Data(bytes: $0, count: size) } ?? Data())
    }
}
#endif

/// Runs the chosen reader or parser on one input; a failed precondition is a finding.
func fuzzOne(_ data: Data) -> CInt {
    switch target {
    case "tokenizer":
        let text = String(decoding: data, as: UTF8.self)
        let tokens = Tokenizer().tokenize(text)
        var end = 0
        for token in tokens {
            precondition(token.range.utf8Start >= end, "tokens overlap")
            end = token.range.utf8End
            _ = text.slice(token.range)
        }
        precondition(end <= text.utf8.count, "token past the end")
    case "quantities":
        let text = String(decoding: data, as: UTF8.self)
        for quantity in quantityParser.quantities(in: text) {
            precondition(String(text.slice(quantity.range)) == quantity.text, "quantity does not slice back")
        }
    case "pipeline":
        if let extraction = try? pipeline.extract(data: data, sourceName: "fuzz") {
            _ = try? ContractReport(extraction).json(pretty: false)
        }
    case "html-reader":
        // The HTML reader itself, whatever the bytes (no sniffing: mutations that drop the
        // leading markup still reach libxml2 and the page heuristics).
        checkBlocks(HTMLPageReader().read(html: data, sourceName: "fuzz"))
    case "page-reader":
        // The reader the pipeline uses: sniffs HTML or text.
        if let document = try? pipeline.read(data: data, sourceName: "fuzz") { checkBlocks(document) }
    default:
        // text-reader: decoding (invalid UTF-8, NUL, binary) and the live-page text reader.
        // The decoder's own UTF-8 check must answer as the standard library's does.
        data.withUnsafeBytes { raw in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            let check = ValidUTF8.check(bytes)
            precondition(check.isValid == (String(validating: bytes, as: UTF8.self) != nil), "ValidUTF8.check disagrees")
            precondition(!check.isValid || check.isASCII == ValidUTF8.isASCII(bytes), "ValidUTF8.check: isASCII is wrong")
        }
        if let (text, _) = try? TextDecoder().decode(data) {
            checkBlocks(LivePageTextReader().read(text: text, sourceName: "fuzz"))
        }
    }
    return 0
}

/// Every block of every entry lies inside its entry's text, in order, on character bounds.
func checkBlocks(_ document: Document) {
    for entry in document.entries {
        let count = entry.text.utf8.count
        var end = 0
        for block in entry.blocks {
            precondition(block.range.utf8Start >= end && block.range.utf8End <= count, "block outside its entry's text")
            end = block.range.utf8End
            _ = entry.text.slice(block.range)
        }
    }
}
