using PlanGen.Core.Output;
using PlanGen.Document;

namespace PlanGen.Core.Building;

/// <summary>
/// Starts each writer once on a small sample document in the background, as soon as a build knows it
/// will write something: the writers' code is then compiled (JIT) while the first school is still being
/// loaded and rendered. Saves about a fifth of a build that has only one changed school; nothing is written.
/// </summary>
internal sealed class WriterWarmUp(IReadOnlyList<IDocumentWriter> writers)
{
    private const string Sample = "# Warm\n\nTekst met **nadruk** en een [link](https://school.example).\n\n- een\n- twee\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

    private readonly List<Task> tasks = [];
    private int started;

    public void Start()
    {
        if (Interlocked.Exchange(ref started, 1) == 1)
        {
            return;
        }
        // Only a plan: every school has one, and most of its code is the card's too. A card's own code (its packing)
        // is compiled when a card is written; a rebuild of one changed school often keeps its card (DocumentFingerprint).
        var document = RenderedDocument.Create(new DocumentInfo
        {
            Kind = DocumentKind.SociaalVeiligheidsplan,
            FileName = "warm",
            Title = "Warm",
            SchoolName = "School",
            BoardName = "Bestuur",
            SchoolYear = "2025-2026",
            Timestamp = DateTimeOffset.UnixEpoch,
        }, Sample);
        // The slowest writer first, as the school's own jobs are ordered.
        foreach (var writer in writers.OrderBy(w => SchoolBuilder.Cost(w.Format)))
        {
            tasks.Add(Task.Run(() =>
            {
                try
                {
                    writer.Write(document, Stream.Null);
                    BuildTrace.Mark($"warm-up: {writer.Format} done");
                }
                catch (Exception)
                {
                    // Only a warm-up: the real write reports its own problems.
                }
            }));
        }
    }

    /// <summary>Waits for the warm-up, so that no work of a build goes on after it returned.</summary>
    public void Wait()
    {
        if (Volatile.Read(ref started) == 1)
        {
            Task.WaitAll([.. tasks]);
        }
    }
}
