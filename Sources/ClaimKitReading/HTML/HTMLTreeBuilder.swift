internal import CLibXML2
import ClaimKitModel
import Foundation

/// Parses HTML bytes with libxml2's HTML parser and builds an `HTMLTree` from its SAX
/// events. No libxml2 tree is ever built, so nothing C-side outlives `parse`, and the
/// Swift tree keeps only what the readers use: elements, text, a few attributes, and the
/// JSON-LD scripts. Scripts, styles, forms' controls, SVG and the like are dropped as they
/// stream past.
///
/// Memory and depth are bounded: elements deeper than `Limits.maxDepth` are folded into
/// their deepest kept ancestor (their text is kept), and parsing stops after
/// `Limits.maxNodes` nodes, each with a diagnostic.
final class HTMLTreeBuilder {
    struct Limits: Sendable {
        /// Elements deeper than this are folded into their ancestor at this depth.
        var maxDepth = 160
        /// Parsing stops once the tree holds this many nodes.
        var maxNodes = 1_000_000
        /// Parsing stops once the kept text reaches this many bytes.
        var maxTextBytes = 64 << 20
    }

    /// Elements whose content never reaches the text (JSON-LD scripts excepted).
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "select", "textarea", "button", "input", "audio", "video", "map", "frameset", "dialog",
    ]

    /// Attributes kept on elements; the rest are dropped while parsing.
    static let keptAttributes: Set<String> = [
        "id", "class", "itemprop", "itemtype", "itemscope", "property", "name", "content", "datetime", "rel",
        "type", "role", "aria-hidden", "aria-label", "hidden", "charset", "data-testid", "data-component",
        "data-time", "data-timestamp", "data-datetime", "data-gu-name", "data-type", "data-block-id",
    ]

    private enum Open {
        case element(Int)
        case dropped
        case folded
        case jsonLD(Int)
    }

    private(set) var tree = HTMLTree()
    private(set) var diagnostics: [Diagnostic] = []
    private let limits: Limits
    private var open: [Open] = []
    private var current = 0
    private var dropping = 0
    private var capturing: Int?
    private var textBytes = 0
    private var folded = 0
    private var stopped = false
    private var context: htmlParserCtxtPtr?

    init(limits: Limits = Limits()) {
        self.limits = limits
    }

    private static let parserInitialized: Void = { xmlInitParser() }()

    /// Parses `data` (raw bytes: the encoding comes from a BOM or `<meta charset>`).
    func parse(_ data: Data) -> HTMLTree {
        _ = Self.parserInitialized
        guard data.count < Int(Int32.max) else {
            diagnostics.append(
                Diagnostic(
                    code: "reading.html-too-large", severity: .error,
                    message: "the page is \(data.count) bytes, more than libxml2 reads at once; nothing was read"))
            return tree
        }
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            Unmanaged<HTMLTreeBuilder>.fromOpaque(context).takeUnretainedValue().start(name, attributes)
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            Unmanaged<HTMLTreeBuilder>.fromOpaque(context).takeUnretainedValue().end()
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes else { return }
            Unmanaged<HTMLTreeBuilder>.fromOpaque(context).takeUnretainedValue().characters(bytes, Int(count))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters

        var data = data
        var forceUTF8 = false
        var ignoreDeclared = false
        switch CharsetRepair.decide(data) {
        case let .asIs(force): forceUTF8 = force
        case let .decoded(utf8, warning):
            data = utf8
            forceUTF8 = true
            ignoreDeclared = true
            diagnostics.append(Diagnostic(code: "reading.html-charset-repaired", severity: .warning, message: warning))
        }
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress, raw.count > 0 else { return }
            guard let ctxt = htmlCreateMemoryParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(raw.count))
            else {
                diagnostics.append(
                    Diagnostic(
                        code: "reading.html-parser", severity: .error, message: "libxml2 could not start a parser"))
                return
            }
            defer {
                if let doc = ctxt.pointee.myDoc {
                    xmlFreeDoc(doc)
                    ctxt.pointee.myDoc = nil
                }
                htmlFreeParserCtxt(ctxt)
                context = nil
            }
            context = ctxt
            if forceUTF8 {
                _ = xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
            } else if CharsetSniffer.declaredCharset(in: raw) == nil && !raw.starts(with: [0xFF, 0xFE])
                && !raw.starts(with: [0xFE, 0xFF]) && !raw.starts(with: [0xEF, 0xBB, 0xBF])
            {
                diagnostics.append(
                    Diagnostic(
                        code: "reading.html-undeclared-encoding", severity: .warning,
                        message: "the page declares no character set and is not valid UTF-8: read as ISO-8859-1"))
            }
            if let sax = ctxt.pointee.sax { sax.pointee = handler }
            ctxt.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
            let options =
                Int32(
                    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
                | (ignoreDeclared ? Int32(HTML_PARSE_IGNORE_ENC.rawValue) : 0)
            _ = htmlCtxtUseOptions(ctxt, options)
            _ = htmlParseDocument(ctxt)
        }
        if folded > 0 {
            diagnostics.append(
                Diagnostic(
                    code: "reading.html-deep-nesting", severity: .warning,
                    message:
                        "\(folded) elements nested deeper than \(limits.maxDepth) levels were folded into their ancestors (their text is kept)"
                ))
        }
        return tree
    }

    private func stop(_ message: String) {
        guard !stopped else { return }
        stopped = true
        diagnostics.append(Diagnostic(code: "reading.html-too-large", severity: .warning, message: message))
        if let context { xmlStopParser(context) }
    }

    private func start(
        _ namePointer: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        if stopped {
            open.append(.dropped)
            dropping += 1
            return
        }
        if dropping > 0 || capturing != nil {
            open.append(.dropped)
            dropping += 1
            return
        }
        let name = Self.lowercasedName(namePointer)
        var kept: [(name: String, value: String)] = []
        var hidden = false
        if var pointer = attributes {
            while let attributeName = pointer.pointee {
                let key = Self.lowercasedName(attributeName)
                let valuePointer = pointer.advanced(by: 1).pointee
                let timeAttribute = LiveBlogDetector.isTimeAttributeName(key)
                // A link's target only for a writer's page (a post's byline, `isAuthorLink`).
                let authorHref = key == "href" && name == "a" && valuePointer.map { LiveBlogDetector.isAuthorLink(String(cString: $0)) } ?? false
                if key == "style" || Self.keptAttributes.contains(key) || (key == "href" && name == "link")
                    || timeAttribute || authorHref
                {
                    let value = valuePointer.map { String(cString: $0) } ?? ""
                    if key == "style" {
                        let compact = value.lowercased().filter { !$0.isWhitespace }
                        if compact.contains("display:none") || compact.contains("visibility:hidden") { hidden = true }
                    } else {
                        kept.append((key, value))
                    }
                }
                pointer = pointer.advanced(by: 2)
            }
        }
        if hidden { kept.append(("hidden", "style")) }
        let traits = NodeTraits.of(name)
        if traits.contains(.dropped) {
            let type = kept.first { $0.name == "type" }?.value.lowercased() ?? ""
            if name == "script" && type.contains("ld+json") {
                let index = tree.append(
                    HTMLTree.Node(name: name, traits: traits, attributes: kept, parent: current), to: current)
                capturing = index
                open.append(.jsonLD(index))
                return
            }
            open.append(.dropped)
            dropping += 1
            return
        }
        if tree.nodes[current].depth >= limits.maxDepth {
            folded += 1
            open.append(.folded)
            return
        }
        guard tree.nodes.count < limits.maxNodes else {
            stop("the page has more than \(limits.maxNodes) nodes: read up to there")
            open.append(.dropped)
            dropping += 1
            return
        }
        current = tree.append(HTMLTree.Node(name: name, traits: traits, attributes: kept, parent: current), to: current)
        open.append(.element(current))
    }

    /// `String(cString: pointer).lowercased()`, lower-cased byte by byte when the name is
    /// ASCII (libxml2 hands element and attribute names over in lower case already).
    static func lowercasedName(_ pointer: UnsafePointer<xmlChar>) -> String {
        let count = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        var ascii = true
        for k in 0..<count where pointer[k] >= 0x80 {
            ascii = false
            break
        }
        guard ascii else { return String(cString: pointer).lowercased() }
        return String(unsafeUninitializedCapacity: count) { out in
            for k in 0..<count {
                let b = pointer[k]
                out[k] = b &- 0x41 < 26 ? b | 0x20 : b
            }
            return count
        }
    }

    private func end() {
        guard let last = open.popLast() else { return }
        switch last {
        case .element(let index):
            current = max(0, tree.nodes[index].parent)
        case .dropped:
            dropping -= 1
        case .folded:
            break
        case .jsonLD:
            capturing = nil
        }
    }

    private func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        guard !stopped, dropping == 0, count > 0 else { return }
        let target = capturing ?? current
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        textBytes += count
        if textBytes > limits.maxTextBytes {
            stop("the page holds more than \(limits.maxTextBytes >> 20) MB of text: read up to there")
            return
        }
        let last = tree.nodes[target].lastChild
        if last >= 0 && tree.nodes[last].isText {
            tree.nodes[last].text += text
        } else {
            tree.append(HTMLTree.Node(name: "#text", traits: .text, text: text, parent: target), to: target)
        }
    }
}
