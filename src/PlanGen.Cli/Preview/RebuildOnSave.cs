namespace PlanGen.Cli.Preview;

/// <summary>
/// Rebuilds when a watched file changes. Editors save in bursts (write, rename, touch), so changes are
/// gathered for a moment; a save during a build gives one more build afterwards.
/// </summary>
public sealed class RebuildOnSave : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly PreviewBuilder builder;
    private readonly Timer timer;
    private readonly object gate = new();
    private bool building;
    private bool again;

    public RebuildOnSave(PreviewBuilder builder, IReadOnlyList<(string Folder, bool Recursive)> folders)
    {
        this.builder = builder;
        timer = new Timer(_ => Rebuild());
        foreach (var (folder, recursive) in folders)
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = recursive, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Saved(e.FullPath);
            watcher.Created += (_, e) => Saved(e.FullPath);
            watcher.Deleted += (_, e) => Saved(e.FullPath);
            watcher.Renamed += (_, e) => Saved(e.FullPath);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    private void Saved(string path)
    {
        // Editors' swap and backup files are not inputs.
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return;
        }
        timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    private void Rebuild()
    {
        lock (gate)
        {
            if (building)
            {
                again = true;
                return;
            }
            building = true;
        }
        while (true)
        {
            try
            {
                builder.Build();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"plangen bekijk: bijwerken mislukt ({e.Message}); het vorige voorbeeld blijft staan");
            }
            lock (gate)
            {
                if (!again)
                {
                    building = false;
                    return;
                }
                again = false;
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
        timer.Dispose();
    }
}
