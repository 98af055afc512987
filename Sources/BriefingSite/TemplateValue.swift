import Foundation
import Mustache

/// View models as Mustache sees them: properties by name, and an absent optional as a null.
///
/// With plain reflection swift-mustache treats a nil property as missing and looks the name up
/// in the enclosing objects, so a source without a date would show its event's date. Returning
/// `NSNull` for nil stops that lookup at the object that owns the name.
protocol TemplateValue: MustacheParent {}

extension TemplateValue {
  func child(named name: String) -> Any? {
    for child in Mirror(reflecting: self).children where child.label == name {
      let value = Mirror(reflecting: child.value)
      guard value.displayStyle == .optional else { return child.value }
      return value.children.first?.value ?? NSNull()
    }
    return nil
  }
}

extension LayoutModel: TemplateValue {}
extension LayoutModel.NavItem: TemplateValue {}
extension LinkModel: TemplateValue {}
extension SourceModel: TemplateValue {}
extension EventModel: TemplateValue {}
extension StatementModel: TemplateValue {}
extension BriefingItemModel: TemplateValue {}
extension PartyItemModel: TemplateValue {}
extension HomeModel: TemplateValue {}
extension BriefingPageModel: TemplateValue {}
extension BriefingPageModel.SummaryLine: TemplateValue {}
extension TimelinePageModel: TemplateValue {}
extension TimelinePageModel.Period: TemplateValue {}
extension TimelinePageModel.Day: TemplateValue {}
extension PartiesPageModel: TemplateValue {}
extension PartiesPageModel.Group: TemplateValue {}
extension PartyPageModel: TemplateValue {}
extension PartyPageModel.Month: TemplateValue {}
extension PartyPageModel.Related: TemplateValue {}
extension SimplePageModel: TemplateValue {}
