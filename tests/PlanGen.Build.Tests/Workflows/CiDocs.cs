using System.Text.RegularExpressions;
using PlanGen.Core.Tests;

namespace PlanGen.Build.Tests.Workflows;

/// <summary>The workflows exactly as docs/ci.md shows them: the yaml block after the line naming the file.</summary>
public static partial class CiDocs
{
    public static string Path => System.IO.Path.Combine(TestRepository.SourceRoot, "docs", "ci.md");

    /// <summary>The ```yaml block that follows the line starting with `fileName` in backquotes.</summary>
    public static string Workflow(string fileName)
    {
        var text = File.ReadAllText(Path).Replace("\r\n", "\n");
        var at = text.IndexOf($"\n`{fileName}`", StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/ci.md names no `{fileName}`");
        var block = YamlBlock().Match(text, at);
        Assert.True(block.Success, $"docs/ci.md has no ```yaml block after `{fileName}`");
        return block.Groups[1].Value;
    }

    [GeneratedRegex("```yaml\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
