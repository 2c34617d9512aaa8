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
        try run(executable: TestPaths.claimkitBinary, arguments, stdin: stdin, interruptAfterOutputBytes: nil)
    }

    /// Runs `claimkit` with `arguments` and sends it SIGINT (as Ctrl-C does) as soon as its
    /// standard output holds `bytes` bytes; returns what it printed by the time it ended.
    public static func runInterrupted(_ arguments: [String], stdin: Data? = nil, afterOutputBytes bytes: Int) throws -> Result {
        try run(executable: TestPaths.claimkitBinary, arguments, stdin: stdin, interruptAfterOutputBytes: bytes)
    }

    /// Runs `claimkit` with `arguments` with its standard error on a terminal (a pseudo-terminal
    /// made by util-linux `script`), its standard output thrown away; returns what the terminal
    /// showed as `stdout`. Nil when `script` is not installed.
    public static func runWithTerminal(_ arguments: [String]) throws -> Result? {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else { return nil }
        let quoted = ([TestPaths.claimkitBinary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = quoted.joined(separator: " ") + " > /dev/null"
        return try run(executable: script, ["-qec", command, "/dev/null"], stdin: nil, interruptAfterOutputBytes: nil)
    }

    private static func run(executable: URL, _ arguments: [String], stdin: Data?, interruptAfterOutputBytes: Int?) throws -> Result {
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
        _ = fm.createFile(atPath: outURL.path, contents: nil)
        _ = fm.createFile(atPath: errURL.path, contents: nil)
        _ = fm.createFile(atPath: inURL.path, contents: stdin ?? Data())

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        if let limit = interruptAfterOutputBytes {
            while process.isRunning {
                let size = (try? fm.attributesOfItem(atPath: outURL.path)[.size] as? Int) ?? 0
                if size >= limit {
                    process.interrupt()
                    break
                }
                usleep(5_000)
            }
        }
        exited.wait()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}
