import Foundation

/// The schema.org objects of a page's JSON-LD scripts, flattened: every object of every
/// script, `@graph` members and nested values included.
struct StructuredData {
    /// All JSON objects found, in page order (outer objects before the ones they hold).
    var objects: [[String: Any]] = []
    /// Scripts that did not parse as JSON, even after clean-up.
    var unreadableScripts = 0

    init(tree: HTMLTree) {
        for index in tree.nodes.indices where tree[index].traits.contains(.script) {
            let text = tree.text(ofScript: index)
            guard !text.isEmpty else { continue }
            guard let value = Self.parse(text) else {
                unreadableScripts += 1
                continue
            }
            collect(value)
        }
    }

    /// Parses JSON, retrying once with raw control characters and HTML comment wrappers removed.
    static func parse(_ text: String) -> Any? {
        if let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
            return value
        }
        var cleaned = text.trimmingSpaces
        for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] {
            cleaned = cleaned.replacingOccurrences(of: wrapper, with: "")
        }
        cleaned = String(String.UnicodeScalarView(cleaned.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        cleaned = cleaned.trimmingSpaces
        if cleaned.hasSuffix(";") { cleaned.removeLast() }
        return try? JSONSerialization.jsonObject(with: Data(cleaned.utf8), options: [.fragmentsAllowed])
    }

    private mutating func collect(_ root: Any) {
        var stack: [(Any, Int)] = [(root, 0)]
        var ordered: [[String: Any]] = []
        while let (value, depth) = stack.popLast() {
            guard depth < 64 else { continue }
            if let object = value as? [String: Any] {
                ordered.append(object)
                for key in object.keys.sorted().reversed() where key != "liveBlogUpdate" {
                    if let nested = object[key], nested is [String: Any] || nested is [Any] {
                        stack.append((nested, depth + 1))
                    }
                }
            } else if let array = value as? [Any] {
                for element in array.reversed() { stack.append((element, depth + 1)) }
            }
        }
        objects += ordered
    }

    /// The objects whose `@type` is one of `types` (or ends with one of `suffixes`).
    func objects(ofType types: Set<String>, suffixes: [String] = []) -> [[String: Any]] {
        objects.filter { object in
            Self.types(of: object).contains { type in types.contains(type) || suffixes.contains { type.hasSuffix($0) } }
        }
    }

    /// The `@type` values of `object`, without a schema.org prefix.
    static func types(of object: [String: Any]) -> [String] {
        let raw: [String]
        if let type = object["@type"] as? String {
            raw = [type]
        } else {
            raw = (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
        }
        return raw.map { $0.components(separatedBy: "/").last ?? $0 }
    }

    /// A string value: a string, the first string of an array, or an object's `name`/`@value`.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let string as String:
            let decoded = EntityDecoder.decode(string).trimmingSpaces
            return decoded.isEmpty ? nil : decoded
        case let array as [Any]:
            return array.lazy.compactMap { string($0) }.first
        case let object as [String: Any]:
            return string(object["name"] ?? object["@value"])
        case let number as NSNumber:
            return number.stringValue
        default:
            return nil
        }
    }

    /// Names of the people in an `author` value, organisations left out.
    static func personNames(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.flatMap { personNames($0) } }
        if let object = value as? [String: Any] {
            let types = Self.types(of: object)
            if types.contains(where: { $0.hasSuffix("Organization") || $0 == "NewsMediaOrganization" }) { return [] }
        }
        return names(value)
    }

    /// Names of people in an `author` value (a string, an object, or a list of them).
    static func names(_ value: Any?) -> [String] {
        switch value {
        case let string as String:
            let name = EntityDecoder.decode(string).trimmingSpaces
            return name.isEmpty || name.hasPrefix("http") ? [] : [name]
        case let array as [Any]:
            return array.flatMap { names($0) }
        case let object as [String: Any]:
            return string(object["name"]).map { [$0] } ?? []
        default:
            return []
        }
    }
}

extension HTMLTree {
    /// The raw text of a script element (not collapsed).
    func text(ofScript index: Int) -> String {
        var result = ""
        var child = nodes[index].firstChild
        while child >= 0 {
            result += nodes[child].text
            child = nodes[child].nextSibling
        }
        return result
    }
}

/// Decodes HTML character references in text that did not go through the HTML parser
/// (JSON-LD values): `&amp;`, `&#39;`, `&#x2019;`, and the common named ones. Tags in such
/// text are removed.
enum EntityDecoder {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "pound": "£", "euro": "€",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "eacute": "é", "egrave": "è", "aacute": "á",
        "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö",
        "auml": "ä", "szlig": "ß", "middot": "·", "bull": "•", "times": "×", "laquo": "«", "raquo": "»",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") || text.contains("<") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<", let close = text[index...].firstIndex(of: ">"),
                text.distance(from: index, to: close) < 200,
                let next = text.index(index, offsetBy: 1, limitedBy: text.endIndex), next < text.endIndex,
                text[next].isLetter || text[next] == "/"
            {
                let tag = text[next..<close].lowercased()
                if tag.hasPrefix("p") || tag.hasPrefix("/p") || tag.hasPrefix("br") || tag.hasPrefix("li") {
                    result += "\n"
                }
                index = text.index(after: close)
                continue
            }
            if character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") {
                let name = String(text[text.index(after: index)..<semicolon])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[name]
                }
                if let replacement {
                    result += replacement
                    index = text.index(after: semicolon)
                    continue
                }
            }
            result.append(character)
            index = text.index(after: index)
        }
        return result
    }
}
