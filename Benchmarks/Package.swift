// swift-tools-version: 6.1
// Benchmarks for ZhExtract, kept in their own package so that building and testing the
// library never pulls in package-benchmark. Run from this folder:
//   python3 make_corpus.py && swift package benchmark
import PackageDescription

let package = Package(
  name: "ZhExtractBenchmarks",
  dependencies: [
    .package(name: "swift-zh-extract", path: ".."),
    .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "Extraction",
      dependencies: [
        .product(name: "ZhExtract", package: "swift-zh-extract"),
        .product(name: "Benchmark", package: "package-benchmark"),
      ],
      path: "Benchmarks/Extraction",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")])
  ]
)
