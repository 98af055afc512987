import BriefingStore

/// A page's fingerprint or key is a ``StableHash`` of what the page is made from: the name says
/// what the hash is for here, the type is the project's one hash.
typealias Fingerprint = StableHash

/// The digest of a rendered file's bytes, as the output manifest records it.
typealias ByteDigest = StableHash
