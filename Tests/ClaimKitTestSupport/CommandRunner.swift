import Foundation

/// Runs the built `claimkit` binary and captures what it prints.
public enum CommandRunner {
    private static let lock = NSLock()

    /// What one run printed and how it ended.
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Runs `claimkit` with `arguments`, feeding `stdin` when given. Output goes through
    /// temporary files, so a large output cannot block the child.
    public static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        // Foundation's Process on Linux is not safe to start and wait on from several
        // threads at once (the test process crashed with SIGSEGV when parallel tests
        // did), so runs are serialised; the binary itself still uses every core.
        lock.lock()
        defer { lock.unlock() }
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("claimkit-run-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("out")
        let errURL = dir.appendingPathComponent("err")
        let inURL = dir.appendingPathComponent("in")
        fm.createFile(atPath: outURL.path, contents: nil)
        fm.createFile(atPath: errURL.path, contents: nil)
        fm.createFile(atPath: inURL.path, contents: stdin ?? Data())

        let process = Process()
        process.executableURL = TestPaths.claimkitBinary
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        exited.wait()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}
