import Foundation

/// A value shared with a background thread under a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func set(_ newValue: Value) { lock.withLock { value = newValue } }

    /// The value, left in place.
    func peek() -> Value { lock.withLock { value } }
}

extension Locked {
    /// Hands out the value once (for optional results).
    func take<Wrapped>() -> Wrapped? where Value == Wrapped? {
        lock.withLock { let v = value; value = nil; return v }
    }
}
