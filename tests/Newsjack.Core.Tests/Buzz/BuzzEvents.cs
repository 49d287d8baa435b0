namespace Newsjack.Core.Tests.Buzz;

/// <summary>Test-data builders: realistic event bodies, with one thing changed per test.</summary>
internal static class BuzzEvents
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);

    public static string Valid(string id = "1001", string platform = "x", string text = "Lights out at the Super Bowl #blackout", string createdAt = "2026-11-23T10:05:00Z") =>
        $$"""{"id":"{{id}}","platform":"{{platform}}","text":"{{text}}","createdAt":"{{createdAt}}","author":"@fan","authorFollowers":1200,"likes":15,"shares":4,"replies":2,"lang":"en","url":"https://x.example/p/{{id}}"}""";

    public static string Minimal(string id = "1") =>
        $$"""{"id":"{{id}}","platform":"bluesky","text":"hello","createdAt":"2026-11-23T10:00:00+01:00"}""";
}
