namespace Newsjack.Azure.Telemetry;

/// <summary>
/// `Telemetry__*`: where traces, metrics and logs go. Application Insights when `APPLICATIONINSIGHTS_CONNECTION_STRING`
/// is set (the infra sets it on the function app); the console exporter only on request (`Telemetry__Console=true`).
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The app setting the Application Insights resource is named by (the standard one, so the portal finds it).</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>`Authorization=AAD` (with an optional `ClientId=`) when the resource accepts Entra ID only, as ours does.</summary>
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>Write spans, metrics and log records to stdout as well (local debugging; noisy).</summary>
    public bool Console { get; set; }

    /// <summary>`service.name` of every signal: the cloud role name in Application Insights.</summary>
    public string ServiceName { get; set; } = "newsjack";

    public static bool RequiresEntraId(string? authenticationString) =>
        authenticationString?.Split(';').Any(part => part.Trim().Equals("Authorization=AAD", StringComparison.OrdinalIgnoreCase)) == true;
}
