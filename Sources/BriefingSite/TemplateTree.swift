import Foundation

/// A view model turned, once per render, into the dictionaries and arrays swift-mustache reads
/// fastest, with every absent optional as `NSNull`.
///
/// Two reasons: swift-mustache reflects a struct anew for every tag it looks up (most of the
/// render time on big pages), and with plain reflection a nil property counts as missing, so
/// the lookup climbs to enclosing objects — a source without a date would show its event's
/// date. A `NSNull` stops that climb at the object that owns the name.
enum TemplateTree {
  static func make(_ value: Any) -> Any {
    switch value {
    case let s as String: return s
    case let b as Bool: return b
    case let i as Int: return i
    case let d as [String: String]: return d
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      return mirror.children.first.map { make($0.value) } ?? NSNull()
    case .collection, .set:
      return mirror.children.map { make($0.value) }
    case .struct, .class:
      var fields: [String: Any] = [:]
      for child in mirror.children {
        if let label = child.label { fields[label] = make(child.value) }
      }
      return fields
    case .dictionary:
      var fields: [String: Any] = [:]
      for child in mirror.children {
        let pair = Mirror(reflecting: child.value).children.map(\.value)
        if pair.count == 2, let key = pair[0] as? String { fields[key] = make(pair[1]) }
      }
      return fields
    default:
      return value
    }
  }
}
