using System.Net.Sockets;
using Azure;
using Newsjack.Azure.Storage;

namespace Newsjack.Integration.Tests.Storage;

/// <summary>Which storage faults a host answers with 503 + Retry-After (they pass) and which with 500 (they will not).</summary>
public sealed class StorageFaultTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(409)]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public void Transient_statuses_after_the_sdk_gave_up_retrying_are_transient(int status)
    {
        var retriesExhausted = new AggregateException(new RequestFailedException(status, "try 1"), new RequestFailedException(status, "try 2"));

        Assert.True(StorageFault.IsTransient(retriesExhausted));
        Assert.Equal(StorageFault.DefaultRetryAfter, StorageFault.RetryAfter(retriesExhausted));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public void A_refused_or_malformed_request_is_not_transient(int status) =>
        Assert.False(StorageFault.IsTransient(new RequestFailedException(status, "no")));

    [Fact]
    public void Connection_failures_and_sdk_timeouts_are_transient_but_bugs_are_not()
    {
        Assert.True(StorageFault.IsTransient(new RequestFailedException("refused", new HttpRequestException("refused", new SocketException(111)))));
        Assert.True(StorageFault.IsTransient(new TaskCanceledException("timed out", new TimeoutException())));
        Assert.False(StorageFault.IsTransient(new InvalidOperationException("bug")));
        Assert.False(StorageFault.IsTransient(new AggregateException(new RequestFailedException(503, "busy"), new InvalidOperationException("bug"))));
    }
}
