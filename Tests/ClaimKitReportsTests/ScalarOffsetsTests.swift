import ClaimKitReports
import Testing

@Suite struct ScalarOffsetsTests {
    @Test(arguments: [
        ("plain ASCII", [0, 5, 11], [0, 5, 11]),
        ("Orbán says “ready”", [0, 4, 6, 11, 15, 20, 23], [0, 4, 5, 10, 12, 17, 18]),
        ("🇺🇦 Kyiv", [0, 8, 9, 13], [0, 2, 3, 7]),
    ])
    func convertsUTF8OffsetsToScalarOffsets(text: String, utf8: [Int], scalars: [Int]) {
        let map = ScalarOffsets(text)
        #expect(utf8.map(map.scalarOffset) == scalars)
    }
}
