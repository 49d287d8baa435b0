using System.Text;
using Newsjack.Core.Scoring.Risk.Meaning;

namespace Newsjack.Core.Tests.Scoring.Risk.Meaning;

/// <summary>
/// The shipped classifier is present and belongs to the local embedding model; a broken weights file is refused with
/// the reason; training is deterministic and learns separable classes.
/// </summary>
public sealed class RiskMeaningModelTests
{
    [Fact]
    public void The_shipped_classifier_reads_the_local_models_vectors_into_every_floor_kind_and_harmless()
    {
        var model = RiskMeaningModel.Default;

        Assert.NotNull(model);
        Assert.Equal("all-MiniLM-L6-v2", model.EmbeddingModel);
        Assert.Equal(384, model.Dimensions);
        Assert.Equal(["abuse", "death", "disaster", "hate", "none", "self_harm", "terror", "violence", "war"], model.Classes);
        Assert.True(model.HeldOutAccuracy >= 0.85, $"held-out accuracy {model.HeldOutAccuracy}");
        Assert.StartsWith("sentences.tsv:", model.TrainedOn, StringComparison.Ordinal);
    }

    [Fact]
    public void Vectors_of_another_width_are_refused_by_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => RiskMeaningModel.Default!.Probabilities(new float[1536]));

        Assert.Contains("384-dimensional vectors of all-MiniLM-L6-v2, got 1536", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weights_file_with_an_unknown_class_is_refused_with_the_class_named()
    {
        var json = """{"embeddingModel":"m","dimensions":2,"classes":["none","gossip"],"weights":[[0,1],[1,0]],"bias":[0,0]}""";

        var ex = Assert.Throws<InvalidDataException>(() => RiskMeaningModel.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json"));

        Assert.Contains("class 'gossip' is not one of", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_learns_separable_classes_and_gives_the_same_weights_twice()
    {
        float[][] vectors = [[1, 0, 0.1f], [0.9f, 0.1f, 0], [0, 1, 0.1f], [0.1f, 0.9f, 0], [0, 0.1f, 1], [0.1f, 0, 0.9f]];
        string[] labels = ["death", "death", "none", "none", "war", "war"];

        var a = RiskMeaningTrainer.Train(vectors, labels, "toy", "toy set", steps: 200, rate: 5);
        var b = RiskMeaningTrainer.Train(vectors, labels, "toy", "toy set", steps: 200, rate: 5);

        Assert.Equal(1.0, RiskMeaningTrainer.Accuracy(a, vectors, labels));
        Assert.Equal(a.ToJsonText(), b.ToJsonText());
        var (kind, harm) = a.Harm([0.05f, 0.95f, 0.05f]);
        Assert.True(harm < 0.5, $"harm {harm} for a harmless vector (likeliest kind {kind})");
        Assert.Equal("war", a.Harm([0, 0, 1]).Kind);
    }
}
