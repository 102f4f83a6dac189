using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace NeutralitasKb.Cli.Preview;

/// <summary>
/// Server-Sent Events to every open page: "hello" with the current build number on connect (a page that missed a
/// rebuild while disconnected reloads), "reload" after a successful rebuild, "failed" with the errors otherwise.
/// </summary>
public sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();
    private int _build;

    public int Build => Volatile.Read(ref _build);

    public int Clients => _clients.Count;

    public void Reload(int build)
    {
        Volatile.Write(ref _build, build);
        Broadcast(Event("reload", build.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public void Failed(IEnumerable<string> errors) => Broadcast(Event("failed", string.Join('\n', errors)));

    public async Task ServeAsync(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients[id] = channel;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await context.Response.WriteAsync("retry: 1000\n" + Event("hello", Build.ToString(System.Globalization.CultureInfo.InvariantCulture)), linked.Token);
            await context.Response.Body.FlushAsync(linked.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(linked.Token))
            {
                await context.Response.WriteAsync(message, linked.Token);
                await context.Response.Body.FlushAsync(linked.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    private void Broadcast(string message)
    {
        foreach (var client in _clients.Values) client.Writer.TryWrite(message);
    }

    private static string Event(string name, string data)
    {
        var text = new StringBuilder("event: ").Append(name).Append('\n');
        foreach (var line in data.Split('\n')) text.Append("data: ").Append(line).Append('\n');
        return text.Append('\n').ToString();
    }
}
