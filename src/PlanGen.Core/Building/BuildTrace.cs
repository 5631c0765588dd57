using System.Diagnostics;

namespace PlanGen.Core.Building;

/// <summary>
/// Where a build's time goes, for measuring (docs/performance.md): with PLANGEN_TRACE=1 every mark is one line
/// on stderr, "trace &lt;ms since process start&gt; &lt;process CPU ms&gt; &lt;thread&gt; &lt;what&gt;". Off (the default) a
/// mark costs one field read; nothing of a build's output depends on it.
/// </summary>
public static class BuildTrace
{
    private static readonly bool On = Environment.GetEnvironmentVariable("PLANGEN_TRACE") == "1";
    private static readonly DateTime ProcessStart = On ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;
    private static readonly object Gate = new();

    public static bool Enabled => On;

    public static void Mark(string what)
    {
        if (On)
        {
            Write(what);
        }
    }

    private static void Write(string what)
    {
        var wall = (DateTime.UtcNow - ProcessStart).TotalMilliseconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var line = $"trace {wall,7:0} {cpu,7:0} {Environment.CurrentManagedThreadId,3} {what}";
        lock (Gate)
        {
            Console.Error.WriteLine(line);
        }
    }
}
