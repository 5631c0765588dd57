using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PlanGen.Cli.Preview;

/// <summary>
/// The preview's web server: HttpListener on 127.0.0.1 only (a free port), the page, the rendered files,
/// and /events (server-sent events) that tells open pages when a new version is there.
/// </summary>
public sealed class PreviewServer(PreviewBuilder builder, string root, string school) : IDisposable
{
    private readonly HttpListener listener = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Address { get; private set; } = "";

    public void Start()
    {
        // HttpListener cannot pick a port itself; ask the system for a free one on loopback.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Address);
        listener.Start();
        builder.Changed += () => Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public async Task Serve(CancellationToken stop)
    {
        using var registration = stop.Register(() => listener.Stop());
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Handle(context, stop), CancellationToken.None);
        }
    }

    private async Task Handle(HttpListenerContext context, CancellationToken stop)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (path == "/events")
            {
                await Events(response, stop);
                return;
            }
            if (path == "/")
            {
                await Send(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(PreviewPage.Render(builder, root, school, context.Request.QueryString["doc"])));
                return;
            }
            var file = path.StartsWith("/html/", StringComparison.Ordinal) ? Inside(builder.HtmlDirectory, path[6..])
                : path.StartsWith("/download/", StringComparison.Ordinal) ? Inside(builder.DownloadDirectory, path[10..])
                : null;
            if (file is null || !File.Exists(file))
            {
                response.StatusCode = 404;
                await Send(response, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("niet gevonden"));
                return;
            }
            await Send(response, ContentType(file), await File.ReadAllBytesAsync(file, stop));
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The browser went away or the preview stops.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    /// <summary>Sends the current version now and after every change, until the page or the preview closes.</summary>
    private async Task Events(HttpListenerResponse response, CancellationToken stop)
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var output = response.OutputStream;
        while (!stop.IsCancellationRequested)
        {
            var next = changed.Task;
            await output.WriteAsync(Encoding.UTF8.GetBytes($"data: {builder.Version}\n\n"), stop);
            await output.FlushAsync(stop);
            // Resending every 15 s notices a closed page (the write fails).
            await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(15), stop));
        }
    }

    /// <summary>A file under the folder, never outside it.</summary>
    private static string? Inside(string folder, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        return full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static async Task Send(HttpListenerResponse response, string type, byte[] body)
    {
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".svg" => "image/svg+xml",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };

    public void Dispose() => listener.Close();
}
