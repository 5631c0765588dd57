using System.Reflection;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Tests;

public class RuleCatalogueTests
{
    [Fact]
    public void Every_code_is_documented_once()
    {
        var codes = typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Order().ToList();
        Assert.Equal(codes, RuleCatalogue.All.Select(r => r.Code).Order().ToList());
    }

    [Fact]
    public void Docs_rule_catalogue_is_up_to_date()
    {
        var path = Path.Combine(TestRepository.SourceRoot, "docs", "validatieregels.md");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, RuleCatalogue.ToMarkdown());
        }
        Assert.Equal(RuleCatalogue.ToMarkdown(), File.ReadAllText(path));
    }
}
