import BriefingModels

/// The date in an article's file name: `2025-06-09-istanbul-talks.txt` → 2025-06-09.
public enum FileNameDate {
  /// The prefix's date; nil when the name has no `YYYY-MM-DD-` prefix.
  /// Throws when the prefix has the shape of a date but names no real day (2025-02-30).
  public static func parse(fileName: String, path: String) throws(Diagnostic) -> CalendarDate? {
    let head = String(fileName.prefix(10))
    guard fileName.count > 10, DateField.looksLikeISODate(head) else { return nil }
    let next = fileName[fileName.index(fileName.startIndex, offsetBy: 10)]
    guard next == "-" || next == "_" || next == "." else { return nil }
    guard let date = CalendarDate(iso: head) else {
      throw Diagnostic(.fileNameDateDoesNotExist(String(head)), path: path)
    }
    return date
  }
}
