/// Tables generated from public data sources (see `NOTICE` and `Data/Generator/`), held as
/// raw-string TSV literals: they compile in well under a second, unlike collection literals,
/// and are parsed once, lazily, by the component that needs them.
enum BundledData {}
