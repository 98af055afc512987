import Foundation

/// A view model as the tree templates read (``TemplateData``), built once when a page is
/// prepared (the model's own ``ItemTree/tree``) and kept for render.
///
/// Two reasons: reflecting a struct anew for every tag looked up was most of the render time on
/// big pages, and with plain reflection a nil property counts as missing, so the lookup climbs
/// to enclosing objects — a source without a date would show its event's date. Every absent
/// optional is ``TemplateData/null`` in the tree, which stops that climb at the object that
/// owns the name.
struct TemplateContext: Sendable {
  let tree: TemplateData

  /// A model's own tree (``ItemTree``): what pages use.
  init(tree: TemplateData) { self.tree = tree }

  /// Any `Encodable` value's tree, through ``TemplateTreeEncoder``: the reference the models'
  /// own trees are tested against.
  init(_ model: some Encodable) { tree = TemplateTreeEncoder.tree(model) }

  /// Feeds the tree into `f` in a stable order (dictionary keys sorted), tagging each value
  /// with its kind, so two trees that render differently hash differently.
  func add(to f: inout Fingerprint) { tree.add(to: &f) }
}
