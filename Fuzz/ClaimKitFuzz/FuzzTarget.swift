// libFuzzer entry point for ClaimKit's readers and parsers. Which one is fuzzed is
// chosen by the CLAIMKIT_FUZZ environment variable: text-reader (default), html-reader,
// tokenizer, quantities, pipeline. Build and run with scripts/fuzz.sh.
import ClaimKit
import Foundation

private let pipeline = try! Pipeline()
private let target = ProcessInfo.processInfo.environment["CLAIMKIT_FUZZ"] ?? "text-reader"
private let quantityParser = QuantityParser(lexicons: pipeline.lexicons)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
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
    default:
        // text-reader and html-reader: PageReader sniffs the format; the html-reader
        // corpus starts every input with markup.
        if let document = try? pipeline.read(data: data, sourceName: "fuzz") {
            for entry in document.entries {
                for block in entry.blocks { _ = entry.text.slice(block.range) }
            }
        }
    }
    return 0
}
