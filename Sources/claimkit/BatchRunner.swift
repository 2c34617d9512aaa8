import Dispatch
import Foundation

/// The outcome of one document of a batch.
enum BatchOutcome: Sendable {
    /// What to print on standard output (whole lines), and notes for standard error.
    case success(output: Data, notes: [String])
    /// Like `success`, but the output is written by `write` when its turn comes, piece by
    /// piece (a large document's JSON is never held whole in memory).
    case streamed(write: @Sendable () -> Void, notes: [String])
    /// Why the document failed, for standard error.
    case failure(message: String)
}

/// Set by the SIGINT handler; the batch stops after the window it is printing.
nonisolated(unsafe) private var interruptRequested: sig_atomic_t = 0

/// Runs one job over a stream of documents on all cores, printing the results in input
/// order as soon as they are ready.
///
/// Documents are taken in windows of thirty-two per core: memory stays flat in the number
/// of documents, and a slow document holds back at most one window. Each worker hands the
/// documents it takes to its own `BatchWork`, which may hold a few back to process them
/// together (see `ExtractionGroup`); what it holds is finished when the window has no more
/// documents to take. Output is written a whole document at a time, so an interrupted run
/// (SIGINT) leaves complete lines only.
struct BatchRunner {
    /// Worker threads; defaults to the machine's active cores.
    var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Whether to draw a progress line on standard error (only when it is a terminal).
    var showProgress = isatty(STDERR_FILENO) == 1

    /// Totals of one run.
    struct Summary {
        var documents = 0
        var failed = 0
        var interrupted = false
        var seconds = 0.0
    }

    /// Runs `work` on every item `next` yields (nil ends the stream), printing outcomes in order.
    func run<Item: Sendable>(
        expectedCount: Int?, next: () -> Item?, name: @escaping @Sendable (Item) -> String,
        work: @escaping @Sendable (Item) -> BatchOutcome
    ) -> Summary {
        run(expectedCount: expectedCount, next: next, name: name, makeWork: { OneByOne(work: work) })
    }

    /// Runs a `BatchWork` per worker (made by `makeWork`) on every item `next` yields,
    /// printing outcomes in order.
    func run<Work: BatchWork & SendableMetatype>(
        expectedCount: Int?, next: () -> Work.Item?, name: @escaping @Sendable (Work.Item) -> String,
        makeWork: @escaping @Sendable () -> Work
    ) -> Summary {
        typealias Item = Work.Item
        let started = DispatchTime.now()
        interruptRequested = 0
        let previous = signal(SIGINT) { _ in interruptRequested = 1 }
        defer { signal(SIGINT, previous) }
        // A blocked SIGINT is inherited from the parent (a process started from a thread that
        // blocks signals, as Dispatch's do) and would never reach the handler: unblock it here.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)

        var summary = Summary()
        let windowSize = workers * 32
        var exhausted = false
        while !exhausted && interruptRequested == 0 {
            var window: [Item] = []
            while window.count < windowSize, let item = next() { window.append(item) }
            if window.count < windowSize { exhausted = true }
            if window.isEmpty { break }
            let slots = OutcomeSlots(count: window.count)
            let items = window
            // Each worker takes the next undone document: a long one holds up only its own
            // worker, not every document dealt to it in advance.
            DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
                var work = makeWork()
                while let i = slots.claim(below: items.count) {
                    for (k, outcome) in work.add(items[i], index: i) { slots.set(k, outcome) }
                }
                for (k, outcome) in work.finish() { slots.set(k, outcome) }
            }
            for (i, outcome) in slots.outcomes.enumerated() {
                summary.documents += 1
                switch outcome {
                case let .success(output, notes):
                    for note in notes { Console.error("claimkit: \(name(items[i])): \(note)") }
                    Console.output(output)
                case let .streamed(write, notes):
                    for note in notes { Console.error("claimkit: \(name(items[i])): \(note)") }
                    write()
                case let .failure(message):
                    summary.failed += 1
                    Console.error("claimkit: \(name(items[i])): \(message)")
                case nil:
                    summary.failed += 1
                    Console.error("claimkit: \(name(items[i])): no result")
                }
            }
            if showProgress { drawProgress(done: summary.documents, of: expectedCount) }
        }
        if showProgress { Console.errorRaw("\r\u{1B}[K") }
        summary.interrupted = interruptRequested != 0
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return summary
    }

    private func drawProgress(done: Int, of total: Int?) {
        guard let total, total > 0 else {
            Console.errorRaw("\r\(done) documents")
            return
        }
        let width = 30
        let filled = min(width, done * width / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        Console.errorRaw("\r[\(bar)] \(done)/\(total)")
    }
}

/// What one worker does with the documents of a batch it takes, in the order it takes them.
protocol BatchWork {
    associatedtype Item: Sendable
    /// Takes item `index` of the window; returns the outcomes now finished (of this item or
    /// of items taken before), by window index.
    mutating func add(_ item: Item, index: Int) -> [(Int, BatchOutcome)]
    /// Returns the outcomes of every item still held.
    mutating func finish() -> [(Int, BatchOutcome)]
}

/// Work that finishes each item as it is taken.
struct OneByOne<Item: Sendable>: BatchWork {
    let work: @Sendable (Item) -> BatchOutcome
    func add(_ item: Item, index: Int) -> [(Int, BatchOutcome)] { [(index, work(item))] }
    func finish() -> [(Int, BatchOutcome)] { [] }
}

/// Result slots that worker threads fill, each its own index.
private final class OutcomeSlots: @unchecked Sendable {
    private var storage: [BatchOutcome?]
    private let lock = NSLock()

    private var nextIndex = 0

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// The next index no worker has taken, if it is below `count`.
    func claim(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func set(_ index: Int, _ outcome: BatchOutcome) {
        lock.lock()
        storage[index] = outcome
        lock.unlock()
    }

    var outcomes: [BatchOutcome?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
