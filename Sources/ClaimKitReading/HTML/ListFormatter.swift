/// Joins names: "A", "A and B", "A, B and C".
enum ListFormatter {
    static func join(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }
}
