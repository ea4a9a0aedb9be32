import ReaderModel

/// Entity recognition alone (`EntityRecognizer.recognize`, no merging) over cleaned pages
/// (`--corpus`, else the seeds, else `Demo/`), repeated to about 200,000 tokens a run.
enum RecognizeBenchmark {
    static var benchmark: Benchmark { Benchmark(name: "recognize", unit: "tokens") { context in
        let documents = try EntitiesBenchmark.loadDocuments(context)
        let tokensPerPass = documents.reduce(0) { total, doc in
            total + doc.fields.reduce(0) { $0 + Tokenizer.tokenize(doc.text(of: $1)).count }
        }
        guard tokensPerPass > 0 else { throw EntitiesBenchmark.BenchError.noInput }
        let passes = max(1, 200_000 / tokensPerPass)
        let recognizer = EntityRecognizer()
        _ = recognizer.recognize(documents[0])  // build the word tables outside the timing
        return {
            var spans = 0
            for _ in 0..<passes {
                for document in documents { spans += recognizer.recognize(document).count }
            }
            precondition(spans > 0)
            return tokensPerPass * passes
        }
    } }
}
