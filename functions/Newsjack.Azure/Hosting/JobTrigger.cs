namespace Newsjack.Azure.Hosting;

/// <summary>How a <see cref="PipelineJob"/> is started: the Functions trigger it binds, and its local host stand-in.</summary>
public enum JobTrigger
{
    /// <summary>TimerTrigger; locally the Generic Host timer service.</summary>
    Timer,

    /// <summary>QueueTrigger; locally a queue pump over Azurite.</summary>
    Queue,

    /// <summary>EventHubTrigger; locally none (Azurite has no Event Hubs): buzz arrives through `POST /api/buzz`.</summary>
    EventHub,

    /// <summary>HttpTrigger; locally an ASP.NET Core endpoint on the same route.</summary>
    Http,
}
