import ClaimKitTestSupport
import Foundation
import Testing

/// Bad input gets a one-line error naming the file and the reason, and loses nothing else.
@Suite struct BadInputTests {
    /// A scratch folder with the given files, removed afterwards.
    static func withFiles(_ files: [String: Data], _ body: (URL) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, data) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try body(dir)
    }

    static let good = Data("A short page.\n\nPutin and Trump spoke for more than two hours.\n".utf8)

    @Test(arguments: [
        ("empty.txt", Data(), "empty.txt: the input is empty"),
        ("blank.txt", Data("  \n\n \t\n".utf8), "blank.txt: the input is empty"),
        ("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]), "image.txt: the input is binary data"),
    ])
    func anUnusableFileFailsWithItsNameAndReason(name: String, data: Data, message: String) throws {
        try Self.withFiles([name: data, "good.txt": Self.good]) { dir in
            let result = try CommandRunner.run([
                "extract", dir.appendingPathComponent(name).path, dir.appendingPathComponent("good.txt").path,
            ])
            #expect(result.status == 1)
            #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
            #expect(result.stderr.contains("2 documents, 1 failed"))
            // The good file is still printed, one JSON line.
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(lines.first?.contains("good.txt") == true)
        }
    }

    @Test func invalidUTF8IsDecodedWithReplacementAndSaysSo() throws {
        var bytes = Data("Orb".utf8)
        bytes.append(0xE1)  // Latin-1 á, not UTF-8
        bytes.append(contentsOf: Data("n says so.\n".utf8))
        try Self.withFiles(["latin1.txt": bytes]) { dir in
            let result = try CommandRunner.run(["extract", dir.appendingPathComponent("latin1.txt").path])
            #expect(result.status == 0)
            #expect(result.stderr.contains("latin1.txt: warning: invalid UTF-8: decoded with 1 replacement character"))
            #expect(result.stdout.contains("Orb\u{FFFD}n says so."))
        }
    }

    @Test func aFolderIsReadRecursivelyByExtension() throws {
        try Self.withFiles(["a.txt": Self.good, "sub/b.txt": Self.good, "notes.md": Self.good]) { dir in
            let result = try CommandRunner.run(["extract", dir.path])
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.last?.contains("sub/b.txt") == true)
        }
    }

    @Test func aFolderWithoutPagesFails() throws {
        try Self.withFiles(["notes.md": Self.good]) { dir in
            let result = try CommandRunner.run(["extract", dir.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains("the folder holds no .txt, .html or .htm file"))
        }
    }

    @Test func standardInputIsRead() throws {
        let result = try CommandRunner.run(["extract", "-", "--format", "json"], stdin: Self.good)
        #expect(result.status == 0)
        #expect(result.stdout.contains("more than two hours"))
        #expect(result.stdout.contains("\"name\" : \"-\""))
    }

    @Test func noInputIsAUsageError() throws {
        let result = try CommandRunner.run(["extract"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no input given"))
    }
}
