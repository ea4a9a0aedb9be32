/// Decodes bytes that are UTF-8 in places and Windows-1252 in others: each well-formed UTF-8
/// sequence is read as UTF-8 and each byte that starts none as its Windows-1252 character.
/// Pages are assembled that way (UTF-8 articles in a Windows-1252 template, a Windows-1252 quote
/// pasted into UTF-8 text); reading the whole page in either encoding garbles the other part.
enum MixedUTF8 {
    static func decode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let bytes = Array(bytes)
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                utf8.append(contentsOf: encoded)
                offset += encoded.count
            case .error(let length):
                utf8.append(contentsOf: Windows1252.decode(bytes[offset..<offset + length]).utf8)
                offset += length
            case .emptyInput:
                return String(decoding: utf8, as: UTF8.self)
            }
        }
    }
}
