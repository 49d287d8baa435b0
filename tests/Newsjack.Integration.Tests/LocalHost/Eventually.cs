namespace Newsjack.Integration.Tests.LocalHost;

/// <summary>Waits for a condition with a generous timeout instead of sleeping a guessed time.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, Action? step = null)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            step?.Invoke();
            try
            {
                await Task.Delay(20, limit.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"timed out waiting for: {what}");
            }
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null, Action? step = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeout, step);
}
