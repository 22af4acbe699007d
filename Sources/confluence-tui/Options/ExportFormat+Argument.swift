public import ArgumentParser
public import DataSources

/// `sources export --format`: the formats by their names (`llamacloud-json`, `python`, `typescript`, `curl`).
extension ExportFormat: ExpressibleByArgument {}
