import ClaimKitTestSupport
import Foundation
import Testing

/// Runs the built `claimkit` binary as a user would.
@Suite struct ExtractCommandTests {
    @Test func extractsTheBBCPageAsContractJSON() throws {
        let result = try CommandRunner.run(["extract", TestPaths.bbcPage.path, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        for key in ["version", "source", "entries", "entities", "quotes", "claims", "contradictions"] {
            #expect(json?[key] != nil, "missing \(key)")
        }
    }

    @Test func aMissingFileFailsClearlyAndTheOthersStillPrint() throws {
        let result = try CommandRunner.run(["extract", "/no/such/page.txt", TestPaths.bbcPage.path, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/page.txt: no such file"))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }
}
