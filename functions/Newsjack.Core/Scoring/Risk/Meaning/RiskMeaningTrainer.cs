namespace Newsjack.Core.Scoring.Risk.Meaning;

/// <summary>
/// Trains the softmax layer of <see cref="RiskMeaningModel"/>: full-batch gradient descent on cross-entropy with a
/// little L2, deterministic (zero start, fixed steps), so the same sentences and vectors give the same weights.
/// </summary>
public static class RiskMeaningTrainer
{
    public static RiskMeaningModel Train(
        IReadOnlyList<float[]> vectors, IReadOnlyList<string> labels, string embeddingModel, string trainedOn,
        int steps = 600, double rate = 40.0, double l2 = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(labels);
        if (vectors.Count == 0 || vectors.Count != labels.Count)
        {
            throw new ArgumentException("one label per vector, at least one vector", nameof(labels));
        }

        var classes = labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var dims = vectors[0].Length;
        var w = classes.Select(_ => new double[dims]).ToArray();
        var b = new double[classes.Count];
        var p = new double[classes.Count];
        for (var step = 0; step < steps; step++)
        {
            var gw = classes.Select(_ => new double[dims]).ToArray();
            var gb = new double[classes.Count];
            for (var n = 0; n < vectors.Count; n++)
            {
                var x = vectors[n];
                Softmax(w, b, x, p);
                p[index[labels[n]]] -= 1;
                for (var k = 0; k < classes.Count; k++)
                {
                    gb[k] += p[k];
                    var g = gw[k];
                    for (var d = 0; d < dims; d++)
                    {
                        g[d] += p[k] * x[d];
                    }
                }
            }

            for (var k = 0; k < classes.Count; k++)
            {
                b[k] -= rate * gb[k] / vectors.Count;
                for (var d = 0; d < dims; d++)
                {
                    w[k][d] -= rate * ((gw[k][d] / vectors.Count) + (l2 * w[k][d]));
                }
            }
        }

        var model = new RiskMeaningModel(embeddingModel, classes, [.. w.Select(r => r.Select(v => (float)Math.Round(v, 4)).ToArray())],
            [.. b.Select(v => (float)Math.Round(v, 4))], trainedOn, 0);
        return model;
    }

    /// <summary>Share of vectors the model puts in their labelled class.</summary>
    public static double Accuracy(RiskMeaningModel model, IReadOnlyList<float[]> vectors, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(labels);
        return vectors.Count == 0 ? 0 : (double)Enumerable.Range(0, vectors.Count).Count(i => model.Classify(vectors[i]).Class == labels[i]) / vectors.Count;
    }

    private static void Softmax(double[][] w, double[] b, float[] x, double[] p)
    {
        var max = double.MinValue;
        for (var k = 0; k < w.Length; k++)
        {
            var s = b[k];
            for (var d = 0; d < x.Length; d++)
            {
                s += w[k][d] * x[d];
            }

            p[k] = s;
            max = Math.Max(max, s);
        }

        var total = 0.0;
        for (var k = 0; k < p.Length; k++)
        {
            p[k] = Math.Exp(p[k] - max);
            total += p[k];
        }

        for (var k = 0; k < p.Length; k++)
        {
            p[k] /= total;
        }
    }
}
