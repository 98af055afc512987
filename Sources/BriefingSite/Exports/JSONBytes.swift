import BriefingModels

/// JSON written straight into bytes, value by value, as ``SafeJSON`` writes it (the caller
/// writes an object's keys in sorted order). For the exports with a row per briefing or
/// event (`index.json`, `timeline/events.json`): a ``JSONValue`` tree for every row, its keys
/// sorted again per object, was most of their cost (2.9 G instructions of a one-edit rebuild of
/// 10,000 articles, with the search chunks). Their `Encodable` models stay as the reference the
/// tests compare these bytes with.
struct JSONBytes {
  var bytes: [UInt8] = []

  /// Punctuation and keys: text known to need no escape, written as it is.
  mutating func raw(_ text: StaticString) {
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  mutating func byte(_ ascii: Unicode.Scalar) { bytes.append(UInt8(ascii: ascii)) }

  /// A JSON string, escaped as ``SafeJSON`` escapes it.
  mutating func string(_ text: String) { SafeJSON.writeString(text, to: &bytes) }

  /// A decimal integer, as `String(i)` prints it (``JSONWriter/writeInt(_:to:)``).
  mutating func int(_ value: Int) { JSONWriter.writeInt(value, to: &bytes) }
}
