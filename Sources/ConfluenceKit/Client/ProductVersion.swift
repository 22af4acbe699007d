/// The version of confluence-tui, which `--version` prints and every request names in its `User-Agent` header.
public enum ProductVersion {
    /// This build's release, in semantic versioning.
    public static let current = "0.1.0"
    /// How requests introduce themselves: the product and its version, as `product/version`.
    public static var userAgent: String { "confluence-tui/\(current)" }
}
