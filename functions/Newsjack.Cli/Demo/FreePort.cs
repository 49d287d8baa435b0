using System.Net;
using System.Net.Sockets;

namespace Newsjack.Cli.Demo;

/// <summary>A loopback port free right now, so the host's own URL (for card links) is known before it starts.</summary>
public static class FreePort
{
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
