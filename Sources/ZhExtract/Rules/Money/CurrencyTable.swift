/// Currency names and symbols with their ISO 4217 codes: the money rules' vocabulary.
enum CurrencyTable {
  /// Written after the number (`170亿元`, `1.95港元`). Longest match wins, so `澳门元` beats `元`.
  static let suffixes: [(name: String, code: String)] = [
    ("元", "CNY"), ("圆", "CNY"), ("块", "CNY"), ("人民币", "CNY"),
    ("人民币元", "CNY"),
    ("美元", "USD"), ("美金", "USD"), ("美圆", "USD"), ("元美元", "USD"), ("美分", "USD"),
    ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"), ("元港币", "HKD"),
    ("欧元", "EUR"), ("元欧元", "EUR"), ("日元", "JPY"), ("日圆", "JPY"), ("日币", "JPY"), ("元日币", "JPY"),
    ("英镑", "GBP"), ("韩元", "KRW"), ("韩币", "KRW"), ("卢布", "RUB"), ("澳门币", "MOP"), ("澳门元", "MOP"),
    ("新台币", "TWD"), ("台币", "TWD"), ("澳元", "AUD"), ("澳币", "AUD"), ("加元", "CAD"), ("加拿大元", "CAD"),
    ("瑞士法郎", "CHF"), ("新加坡元", "SGD"), ("新元", "SGD"), ("泰铢", "THB"), ("马克", "DEM"),
    ("德国马克", "DEM"), ("法国法郎", "FRF"), ("里拉", "ITL"), ("兰特", "ZAR"),
    ("林吉特", "MYR"), ("卢比", "INR"), ("越南盾", "VND"), ("奈拉", "NGN"), ("新西兰元", "NZD"),
    ("印尼盾", "IDR"), ("菲律宾比索", "PHP"), ("迪拉姆", "AED"), ("铢", "THB"),
    ("坚戈", "KZT"), ("土耳其里拉", "TRY"), ("雷亚尔", "BRL"),
  ]

  /// Money with no single ISO 4217 code: names shared by several currencies (法郎: French or
  /// Swiss; 比索: Mexican, Philippine…) and currencies outside ISO 4217 (比特币).
  static let uncodedSuffixes: [String] = ["法郎", "比索", "盾", "里亚尔", "第纳尔", "克朗", "先令", "比特币"]

  /// Written before the number (`人民币50元`, `￥300`, `US$20`).
  static let prefixes: [(name: String, code: String?)] = [
    ("人民币", "CNY"), ("RMB", "CNY"), ("￥", "CNY"), ("¥", "CNY"), ("CNY", "CNY"),
    ("US$", "USD"), ("USD", "USD"), ("美元", "USD"), ("HK$", "HKD"), ("HKD", "HKD"), ("港币", "HKD"),
    ("港元", "HKD"), ("€", "EUR"), ("EUR", "EUR"), ("£", "GBP"), ("新台币", "TWD"), ("$", nil),
  ]

  /// Smaller units written after a whole amount (`3元5角`, `两美元又三美分`, `10日元5日本銭`), as
  /// powers of ten below the currency's unit.
  static let subunits: [String: [(name: String, exponent: Int)]] = [
    "CNY": [("角", 1), ("毛", 1), ("分", 2)],
    "USD": [("美分", 2)],
    "JPY": [("日本銭", 2), ("銭", 2)],
  ]
}
