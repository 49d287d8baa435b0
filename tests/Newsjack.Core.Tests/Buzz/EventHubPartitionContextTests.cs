using Newsjack.Core.Buzz;

namespace Newsjack.Core.Tests.Buzz;

public sealed class EventHubPartitionContextTests
{
    [Theory]
    [InlineData("""{"EventHubName":"social","ConsumerGroup":"newsjack","FullyQualifiedNamespace":"ns.servicebus.windows.net","PartitionId":"3"}""", "3")]
    [InlineData("""{"PartitionId":12}""", "12")]
    [InlineData("""{"EventHubName":"social"}""", "unknown")]
    [InlineData("not json", "unknown")]
    [InlineData(null, "unknown")]
    public void PartitionId_ReadsItFromTheBindingData(string? json, string expected)
    {
        Assert.Equal(expected, EventHubPartitionContext.PartitionId(json));
    }
}
