using PlanGen.Core.Building;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Editions;

namespace PlanGen.Publish.Tests;

/// <summary>
/// The example schools built once per test run in both editions, every format, through the real
/// <see cref="BuildService"/>, plus the published site; shared by the tests that read them.
/// </summary>
public sealed class EditionBuild : IDisposable
{
    public EditionBuild()
    {
        Scratch = new Scratch();
        Internal = Build(Edition.Intern, "intern");
        Public = Build(Edition.Openbaar, "openbaar");
        Schools = SchoolChecker.Check(Scratch.SourceRoot, ["schools"], new DiagnosticBag()).Where(s => s.IsValid).Select(s => s.Project!).ToList();
        Site = Path.Combine(Scratch.Root, "site");
        var started = System.Diagnostics.Stopwatch.StartNew();
        Published = PlanGen.Site.PublishService.Publish(new PlanGen.Site.PublishOptions { Root = Scratch.SourceRoot, OutputDirectory = Site, Writers = Scratch.Writers }, new DiagnosticBag());
        PublishTime = started.Elapsed;
    }

    public Scratch Scratch { get; }

    public string Internal { get; }

    public string Public { get; }

    public string Site { get; }

    public PlanGen.Site.PublishResult Published { get; }

    public TimeSpan PublishTime { get; }

    public IReadOnlyList<PlanGen.Core.Loading.SchoolProject> Schools { get; }

    private string Build(Edition edition, string folder)
    {
        var output = Path.Combine(Scratch.Root, folder);
        var general = new DiagnosticBag();
        var results = new BuildService().Build(new BuildOptions { Root = Scratch.SourceRoot, Writers = Scratch.Writers, OutputDirectory = output, Edition = edition }, general);
        Assert.False(general.HasErrors);
        Assert.All(results, r => Assert.False(r.Failed, r.School));
        return output;
    }

    public void Dispose() => Scratch.Dispose();
}

[CollectionDefinition(Name)]
public sealed class EditionBuildCollection : ICollectionFixture<EditionBuild>
{
    public const string Name = "edition build";
}
