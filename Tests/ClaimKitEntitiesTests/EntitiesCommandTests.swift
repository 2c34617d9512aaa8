import ClaimKitTestSupport
import Foundation
import Testing

/// `claimkit entities`, run as a user would run it.
@Suite struct EntitiesCommandTests {
    @Test func tablePrintsOneRowPerEntity() throws {
        let result = try CommandRunner.run(["entities", TestPaths.bbcPage.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("TYPE") == true)
        #expect(
            lines.contains { $0.hasPrefix("person") && $0.contains("Marco Rubio") && $0.contains("Secretary of State") }
        )
        #expect(lines.contains { $0.hasPrefix("place") && $0.contains("Kyiv") })
        #expect(lines.last?.contains("entities:") == true)
    }

    @Test func jsonHasTheContractEntities() throws {
        let result = try CommandRunner.run(["entities", TestPaths.bbcPage.path, "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let entities = object?["entities"] as? [[String: Any]] ?? []
        #expect(entities.count > 30)
        let orban = entities.first { $0["name"] as? String == "Viktor Orbán" }
        #expect(
            (orban?["aliases"] as? [String])?.contains("Orban") == true
                || (orban?["aliases"] as? [String])?.contains("Viktor Orban") == true)
        #expect((orban?["mentions"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func missingFileFailsWithItsName() throws {
        let result = try CommandRunner.run(["entities", "no-such-page.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-page.txt"))
    }
}
