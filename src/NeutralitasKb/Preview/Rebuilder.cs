using System.Threading.Channels;
using NeutralitasKb.Build;

namespace NeutralitasKb.Cli.Preview;

/// <summary>
/// Runs rebuilds one at a time. A request while a rebuild runs queues exactly one more (however many arrive), so
/// the site always settles on the latest files and two builds never write the output folder at once.
/// </summary>
public sealed class Rebuilder : IAsyncDisposable
{
    private readonly Func<BuildResult> _build;
    private readonly Channel<string> _requests = Channel.CreateBounded<string>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly Task _loop;
    private int _running;
    private int _completed;
    private int _requested;

    public Rebuilder(Func<BuildResult> build, Action<string, BuildResult> finished)
    {
        _build = build;
        _loop = Task.Run(() => LoopAsync(finished));
    }

    /// <summary>Rebuilds asked for so far (most are merged into a queued one).</summary>
    public int Requested => Volatile.Read(ref _requested);

    /// <summary>Rebuilds finished so far.</summary>
    public int Completed => Volatile.Read(ref _completed);

    /// <summary>True while a rebuild runs or one is queued.</summary>
    public bool Busy => Volatile.Read(ref _running) == 1 || _requests.Reader.Count > 0;

    /// <summary>Asks for a rebuild; <paramref name="reason"/> is the changed file, shown in the terminal.</summary>
    public void Request(string reason)
    {
        Interlocked.Increment(ref _requested);
        _requests.Writer.TryWrite(reason);
    }

    private async Task LoopAsync(Action<string, BuildResult> finished)
    {
        await foreach (var reason in _requests.Reader.ReadAllAsync())
        {
            Volatile.Write(ref _running, 1);
            try
            {
                var result = _build();
                Interlocked.Increment(ref _completed);
                finished(reason, result);
            }
            finally
            {
                Volatile.Write(ref _running, 0);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }
}
