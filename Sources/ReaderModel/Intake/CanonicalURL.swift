import Foundation

/// The form of a URL used to recognise the same article twice: scheme and host lower-cased, default
/// port, fragment and tracking parameters (`utm_*`, click ids, mailing-list ids) dropped.
public enum CanonicalURL {
    /// Query parameters that only say where a click came from.
    static let trackingNames: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
        "vero_id", "wt_mc", "cmpid", "ocid", "ncid", "sr_share", "at_medium", "at_campaign", "ref_src",
    ]

    static func isTracking(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("utm_") || lower.hasPrefix("pk_") || trackingNames.contains(lower)
    }

    /// The canonical form of `url`, or nil when it is not an http(s) URL.
    public static func key(_ url: String) -> String? {
        guard var parts = URLComponents(string: url.trimmingCharacters(in: .whitespacesAndNewlines)),
              let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = parts.host, !host.isEmpty else { return nil }
        parts.scheme = scheme
        parts.host = host.lowercased()
        if parts.port == (scheme == "https" ? 443 : 80) { parts.port = nil }
        parts.fragment = nil
        parts.user = nil
        parts.password = nil
        if parts.path.isEmpty { parts.path = "/" }
        if let items = parts.queryItems {
            let kept = items.filter { !isTracking($0.name) }
            parts.queryItems = kept.isEmpty ? nil : kept
        }
        return parts.string
    }

    /// Resolves `href` against the page it was found on.
    public static func resolve(_ href: String, against base: String?) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let baseURL = base.flatMap { URL(string: $0) }
        return URL(string: trimmed, relativeTo: baseURL)?.absoluteURL.absoluteString
    }
}
