/// Follows a terminal escape sequence scalar by scalar, so its parameter bytes are dropped with
/// its introducer (ESC [ 31 m, ESC ] 0 ; title BEL, the one-scalar CSI U+009B, ...).
public struct EscapeSequence: Sendable {
    private enum State: Sendable { case none, start, csi, string }
    private var state = State.none

    public init() {}

    /// Whether a sequence is being skipped.
    public var isActive: Bool { state != .none }

    /// Starts skipping at `scalar` when it introduces a sequence (ESC or the C1 CSI); returns
    /// whether it did, so the caller drops `scalar` too.
    public mutating func begin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1B: state = .start; return true
        case 0x9B: state = .csi; return true
        default: return false
        }
    }

    /// True when `scalar` belongs to the sequence being skipped (and so is dropped).
    public mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch state {
        case .none:
            return false
        case .start:
            switch scalar {
            case "[": state = .csi
            case "]", "P", "X", "^", "_": state = .string  // OSC, DCS, SOS, PM, APC run to a terminator
            case "\u{1B}": break                               // ESC ESC: the second one starts over
            case "\n": state = .none; return false             // never swallow a line break
            default: state = .none                              // a two-character escape: drop both
            }
            return true
        case .csi:
            // Parameters and intermediates are 0x20-0x3F; a final byte 0x40-0x7E ends it.
            if (0x40...0x7E).contains(v) { state = .none; return true }
            if (0x20...0x3F).contains(v) { return true }
            state = .none
            return false
        case .string:
            // BEL or ST (ESC \ or U+009C) ends it; a line break too, so a stray introducer
            // cannot swallow the rest of an article.
            switch v {
            case 0x07, 0x9C: state = .none; return true
            case 0x1B: state = .start; return true
            case 0x0A: state = .none; return false
            default: return true
            }
        }
    }
}
