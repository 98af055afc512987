import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a ListObjectsV2 response: keys with size and ETag, and where the next page starts.
final class S3ListParser: NSObject, XMLParserDelegate {
  struct Object: Sendable, Equatable {
    var key: String
    var size: Int64
    var etag: String
  }

  struct Page: Sendable {
    var objects: [Object] = []
    var nextContinuationToken: String?
    var isTruncated = false
  }

  private var page = Page()
  private var text = ""
  private var key = ""
  private var size: Int64 = 0
  private var etag = ""
  private var inContents = false

  static func parse(_ data: Data) throws -> Page {
    let delegate = S3ListParser()
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    guard parser.parse() else {
      throw PublishError.s3(
        operation: "ListObjectsV2", status: 200,
        message: "unreadable listing: \(parser.parserError.map { "\($0)" } ?? "malformed XML")")
    }
    return delegate.page
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    text = ""
    if name == "Contents" {
      inContents = true
      key = ""
      size = 0
      etag = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch name {
    case "Key" where inContents: key = text
    case "Size" where inContents: size = Int64(text) ?? 0
    case "ETag" where inContents: etag = text
    case "Contents":
      inContents = false
      page.objects.append(Object(key: key, size: size, etag: etag))
    case "NextContinuationToken": page.nextContinuationToken = text
    case "IsTruncated": page.isTruncated = text == "true"
    default: break
    }
    text = ""
  }

  /// The MD5 an ETag stands for, when it is a plain one (not multipart, not encrypted with KMS).
  static func md5(fromETag etag: String) -> String? {
    let bare = etag.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()
    guard bare.count == 32, bare.allSatisfy(\.isHexDigit) else { return nil }
    return bare
  }
}
