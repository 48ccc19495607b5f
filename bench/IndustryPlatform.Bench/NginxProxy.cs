using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IndustryPlatform.Bench;

/// <summary>
/// Debian's nginx as a plain reverse proxy in front of one service, run as a child process with a generated
/// configuration in a temporary folder on a free port; keep-alive to the upstream, the Authorization header passed on.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Marks our nginx processes (master and workers show the prefix folder in their command line).</summary>
    public string Marker => "nginx";

    public static async Task<NginxProxy?> StartAsync(Uri upstream)
    {
        if (!File.Exists(Binary))
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("bench-nginx-").FullName;
        var port = FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            worker_processes auto;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            user root;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              client_max_body_size 2m;
              upstream service {
                server {{upstream.Host}}:{{upstream.Port}};
                keepalive 64;
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://service;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                }
              }
            }
            """);
        var process = Process.Start(new ProcessStartInfo(Binary, ["-p", folder, "-c", config, "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("nginx did not start.");

        var address = new Uri($"http://127.0.0.1:{port}");
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri(address, "/alive"));
                return new NginxProxy(process, folder, address);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("nginx did not answer within 5 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
