using PlanGen.Synthetic;

// plangen-synthetic --out DIR [--schools N] [--boards M] [--seed S] [--source schools]
// A test and benchmark utility, not part of the tool: writes DIR/schools/ with N fictional schools.
var values = new Dictionary<string, string> { ["--schools"] = "100", ["--boards"] = "10", ["--seed"] = "1", ["--source"] = "schools" };
for (var i = 0; i + 1 < args.Length; i += 2)
{
    values[args[i]] = args[i + 1];
}
if (!values.TryGetValue("--out", out var target))
{
    Console.Error.WriteLine("usage: PlanGen.Synthetic --out DIR [--schools N] [--boards M] [--seed S] [--source schools]");
    return 2;
}
var ids = SyntheticSchools.Generate(Path.GetFullPath(values["--source"]), Path.GetFullPath(target), int.Parse(values["--schools"]), int.Parse(values["--boards"]), int.Parse(values["--seed"]));
Console.WriteLine($"{ids.Count} schools written to {Path.Combine(target, "schools")}");
return 0;
