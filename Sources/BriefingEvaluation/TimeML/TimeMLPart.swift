import Foundation

/// The fixed split of TBAQ by document, written down in `Evaluation/README.md`: TimeBank (183
/// documents, 1989–1998) is where the temporal rules are developed, AQUAINT (73 documents,
/// 1998–2000, with Xinhua among its sources) is held out and only scored.
public enum TimeMLPart: String, CaseIterable, Sendable {
  case all
  case development
  case heldOut = "held-out"

  /// The folders of `tbaq` that make up this part.
  public func folders(in tbaq: URL) -> [URL] {
    switch self {
    case .all: [tbaq]
    case .development: [tbaq.appendingPathComponent("TimeBank")]
    case .heldOut: [tbaq.appendingPathComponent("AQUAINT")]
    }
  }
}
