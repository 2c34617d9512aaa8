// The facade re-exports the stages' public types, so `import ClaimKit` is all a user needs.
@_exported import ClaimKitClaims
@_exported import ClaimKitCrossCheck
@_exported import ClaimKitEntities
@_exported import ClaimKitLexicon
@_exported import ClaimKitQuantities
@_exported import ClaimKitQuotes
@_exported import ClaimKitReading
@_exported import ClaimKitReports
@_exported import ClaimKitText
