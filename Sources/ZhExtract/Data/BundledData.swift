/// Tables generated from public data; see NOTICE and Data/Generator.
enum BundledData {}
