using System.Net;
using System.Net.Sockets;

namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>A loopback port nobody listens on right now, for servers whose endpoints are not proxied.</summary>
public static class FreePort
{
    private static readonly HashSet<int> HandedOut = [];

    public static int Pick()
    {
        lock (HandedOut)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
