// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "swift-zh-extract",
  products: [
    .library(name: "ZhExtract", targets: ["ZhExtract"]),
    .executable(name: "zh-extract", targets: ["zh-extract"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The only target that includes <unicode/*.h>: ICU renames its C symbols per version
    // (ubrk_open_72), so a C file, where the rename macros expand, exports stable names.
    .target(
      name: "CICUShim",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]),
    .target(
      name: "ZhExtract",
      dependencies: ["CICUShim"],
      exclude: ["Data/Generator"]),
    .executableTarget(
      name: "zh-extract",
      dependencies: [
        "ZhExtract",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // libFuzzer target (built with -sanitize=fuzzer -DFUZZING); otherwise a corpus replayer.
    .executableTarget(name: "zh-extract-fuzz", dependencies: ["ZhExtract"]),
    .testTarget(name: "ZhExtractTests", dependencies: ["ZhExtract"]),
    .testTarget(name: "ZhExtractCLITests", dependencies: ["zh-extract", "ZhExtract"]),
  ]
)

for target in package.targets where target.type != .system {
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("ExistentialAny"))  // SE-0335
  settings.append(.enableUpcomingFeature("InternalImportsByDefault"))  // SE-0409
  target.swiftSettings = settings
}
