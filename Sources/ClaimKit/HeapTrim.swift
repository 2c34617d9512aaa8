import CMallocTrim

/// Gives the heap's free pages back to the system between the stages of a large group of
/// documents (glibc's `malloc_trim`; nothing on other systems).
///
/// glibc keeps the small blocks a stage frees for later use; the next stage allocates in
/// its own sizes, and its peak stood on top of what the last one left. On a page of a
/// million entries the claims and cross-check peaks came down about a tenth. Below
/// `fromBytes` of text a trim costs more than it gives back, and a batch of short pages
/// never trims.
struct HeapTrim {
    /// The text size (UTF-8 bytes, all entries of the group) from which stages trim.
    static let fromBytes = 4 << 20

    let enabled: Bool

    init(_ documents: [Document]) {
        var bytes = 0
        for document in documents {
            for entry in document.entries { bytes += entry.text.utf8.count }
        }
        enabled = bytes >= Self.fromBytes
    }

    func callAsFunction() {
        if enabled { claimkit_release_free_memory() }
    }
}
