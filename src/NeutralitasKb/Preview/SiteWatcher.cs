namespace NeutralitasKb.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and calls back once per burst of changes (debounced), with the last changed
/// file. Hidden files and editors' temporary files (".x.swp", "x~", "#x#") are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _delay;
    private readonly Action<string> _changed;
    private string _last = "";

    public SiteWatcher(IEnumerable<string> folders, TimeSpan delay, Action<string> changed)
    {
        _delay = delay;
        _changed = changed;
        _timer = new Timer(_ => _changed(Volatile.Read(ref _last)));
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        var name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~') || name.StartsWith('#')) return;
        Volatile.Write(ref _last, e.FullPath);
        _timer.Change(_delay, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
