import Foundation

/// What the fetcher got for a URL: a page or feed body, or word that it has not changed.
public struct FetchResponse: Sendable {
    /// The URL the body came from, after redirects.
    public var finalURL: URL
    public var status: Int
    /// True for a 304 answer to a conditional request: `body` is empty, the stored copy stands.
    public var notModified: Bool { status == 304 }
    public var body: [UInt8]
    /// Validators to send next time (`If-None-Match`, `If-Modified-Since`).
    public var validators: Validators
    /// The `Content-Type` header's media type, lower-cased, without parameters.
    public var mediaType: String?
    /// The `charset` parameter of `Content-Type`, as sent.
    public var charset: String?

    public init(finalURL: URL, status: Int, body: [UInt8], validators: Validators = Validators(),
                mediaType: String? = nil, charset: String? = nil) {
        self.finalURL = finalURL
        self.status = status
        self.body = body
        self.validators = validators
        self.mediaType = mediaType
        self.charset = charset
    }

    /// The body as text: the header's charset first, then the page's own declaration (or byte shape).
    public var text: String { ResponseText.decode(body, headerCharset: charset) }
}

/// The validators of a conditional request.
public struct Validators: Sendable, Hashable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }
}
