using Xunit.Abstractions;

namespace PlanGen.Publish.Tests;

/// <summary>
/// No private value of any example school appears in any published file (HTML, PDF text and
/// metadata, DOCX XML parts, Markdown, the site's own pages and feeds), while the internal
/// edition does contain every one of them.
/// </summary>
[Collection(EditionBuildCollection.Name)]
public class PrivacyLeakTests(EditionBuild build, ITestOutputHelper output)
{
    [Fact]
    public void TheExamplesHavePrivateValuesToLookFor()
    {
        var all = build.Schools.SelectMany(PrivateValues.Of).Distinct().ToList();
        output.WriteLine(string.Join("\n", all));
        Assert.Contains(all, v => v.Contains('@'));
        Assert.Contains(all, v => PrivateValues.Digits(v).Length >= 8);
        Assert.Contains(all, v => v.Contains(' ') && !v.Contains('@') && PrivateValues.Digits(v).Length == 0);
    }

    [Fact]
    public void NoPrivateValueInAnyPublishedFile()
    {
        var checkedFiles = 0;
        foreach (var folder in new[] { build.Public, build.Site })
        {
            foreach (var school in build.Schools)
            {
                var values = PrivateValues.Of(school);
                var files = Directory.EnumerateFiles(Path.Combine(folder, school.BoardId, school.SchoolId), "*", SearchOption.AllDirectories).ToList();
                // The site offers no Markdown to parents; the public build folder has all four formats.
                var formats = folder == build.Site ? new[] { ".html", ".pdf", ".docx" } : [".md", ".html", ".pdf", ".docx"];
                Assert.Equal(formats.Order(), files.Select(Path.GetExtension).Where(e => e is ".md" or ".html" or ".pdf" or ".docx").Distinct().Order());
                foreach (var file in files)
                {
                    var text = PublishedText.Of(file);
                    checkedFiles++;
                    foreach (var value in values)
                    {
                        Assert.False(PublishedText.Contains(text, value), $"'{value}' staat in {Path.GetRelativePath(folder, file)}");
                    }
                }
            }
        }
        var everything = build.Schools.SelectMany(PrivateValues.Of).ToList();
        foreach (var feed in new[] { "index.html", "index.json", "sitemap.xml" })
        {
            var text = PublishedText.Of(Path.Combine(build.Site, feed));
            Assert.DoesNotContain(everything, v => PublishedText.Contains(text, v));
        }
        output.WriteLine($"{checkedFiles} files checked");
    }

    [Fact]
    public void TheInternalEditionContainsEveryPrivateValue()
    {
        foreach (var school in build.Schools)
        {
            foreach (var format in new[] { "md", "html" })
            {
                var text = string.Join('\n', Directory.EnumerateFiles(Path.Combine(build.Internal, school.BoardId, school.SchoolId), $"*.{format}", SearchOption.AllDirectories).Select(PublishedText.Of));
                foreach (var value in PrivateValues.Of(school))
                {
                    Assert.True(PublishedText.Contains(text, value), $"'{value}' ontbreekt in de interne {format} van {school.Id}");
                }
            }
        }
    }

    [Fact]
    public void TheInternalEditionShowsNoFences()
    {
        var markdown = Directory.EnumerateFiles(build.Internal, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText);
        Assert.DoesNotContain(markdown, m => m.Contains("::: intern", StringComparison.OrdinalIgnoreCase));
    }
}
