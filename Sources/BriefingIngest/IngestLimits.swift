/// The documented limits of ingest: what is too big, too deep or too long to be an article.
///
/// They keep a hostile or broken file from exhausting memory or the stack; each one is named in
/// the message an editor sees when it is exceeded.
public enum IngestLimits {
  /// Largest article file read: 10 MiB. A bigger file is reported, not read.
  public static let maxFileBytes = 10 * 1024 * 1024
  /// Largest front matter block: 64 KiB.
  public static let maxFrontMatterBytes = 64 * 1024
  /// Largest site.yml or parties.yml: 1 MiB.
  public static let maxConfigBytes = 1024 * 1024
  /// Deepest nesting allowed in any YAML read (front matter, site.yml, parties.yml).
  public static let maxYAMLDepth = 32
  /// Deepest folder nesting walked under content/.
  public static let maxFolderDepth = 32
  /// Longest derived title, in characters, before it is shortened with "…".
  public static let maxDerivedTitleLength = 90
}
