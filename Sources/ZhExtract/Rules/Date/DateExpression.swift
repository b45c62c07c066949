/// What a date span says, piece by piece, before it is resolved against a reference date.
struct DatePoint: Sendable {
  /// How the year is given.
  enum Year: Sendable, Equatable {
    case absolute(Int)
    /// Two digits (`98年`, `零七年`): the century comes from the reference date.
    case twoDigit(Int)
    /// Relative to the reference year (`去年` −1).
    case relative(Int)
    /// Relative to the last absolute year written before (`次年` +1).
    case anaphoric(Int)
  }

  var year: Year?
  @Compact var month: Int?
  /// Relative month (`上月` −1); anaphoric when counted from the last written month.
  @Compact var monthOffset: Int?
  var monthAnaphoric = false
  @Compact var day: Int?
  /// Relative day (`昨天` −1); anaphoric when counted from the last written day.
  @Compact var dayOffset: Int?
  var dayAnaphoric = false
  var lunar = false
  var leapMonth = false
  var yearPeriod: YearPeriod?
  /// Relative quarter (`上季度` −1, `下个季度` +1).
  @Compact var quarterOffset: Int?
  var monthPeriod: MonthPeriod?
  /// Relative week (`下周` +1) and weekday (1 = Monday … 7 = Sunday, 8 = weekend).
  @Compact var weekOffset: Int?
  @Compact var weekday: Int?
  var festival: FestivalRule?
  var partOfDay: PartOfDay?
  @Compact var hour: Int?
  @Compact var minute: Int?
  @Compact var second: Int?
  /// The century number (21 for `21世纪`), or its offset from the reference (`上世纪` −1).
  @Compact var century: Int?
  @Compact var centuryOffset: Int?
  /// The decade's first year within a century (90 for `90年代`), or a full year (1990).
  @Compact var decade: Int?
  /// `9年前`, `三天后`.
  var ago: (amount: Int, unit: RelativeUnit)?

  var isEmpty: Bool {
    year == nil && month == nil && monthOffset == nil && quarterOffset == nil && day == nil && dayOffset == nil && yearPeriod == nil
      && weekOffset == nil && weekday == nil && festival == nil && century == nil && centuryOffset == nil
      && decade == nil && ago == nil
  }
}

/// An optional number in four bytes instead of sixteen: a `DatePoint` holds some twenty and is
/// copied at every step of the grammar. Values beyond ±2^31 are clamped (no date needs them).
@propertyWrapper
struct Compact: Sendable {
  private var stored = Int32.min  // nil

  init() {}

  init(wrappedValue: Int?) { self.wrappedValue = wrappedValue }

  var wrappedValue: Int? {
    get { stored == .min ? nil : Int(stored) }
    set { stored = newValue.map { max(Int32(clamping: $0), .min + 1) } ?? .min }
  }
}

/// A date span: one point, or a range of two.
struct DateExpression: Sendable {
  var start: Int
  var end: Int
  var first: DatePoint
  var last: DatePoint?
  var rule: String
}
