using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace PlanGen.Pdf.Tests;

/// <summary>
/// Reads a tagged PDF's structure back with PdfPig's object layer, independent of the writer: the
/// structure tree from StructTreeRoot, the ParentTree, each page's marked content and annotations.
/// </summary>
internal sealed class TaggedPdf
{
    private readonly PdfDocument pdf;
    private readonly Dictionary<long, DictionaryToken> elements = [];
    private readonly Dictionary<long, int> order = [];
    private readonly Dictionary<(long Page, int Mcid), long> owners = [];
    private Dictionary<int, IToken>? parentTree;

    public TaggedPdf(PdfDocument pdf)
    {
        this.pdf = pdf;
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Root = Dict(catalog.Data["StructTreeRoot"]);
        PageNumbers = PageRefs(Dict(catalog.Data["Pages"])).ToList();
        foreach (var kid in Kids(Root))
        {
            Walk(kid, null);
        }
    }

    public DictionaryToken Root { get; }

    /// <summary>Object numbers of the pages, in order.</summary>
    public List<long> PageNumbers { get; }

    /// <summary>Structure types in document (depth-first) order.</summary>
    public List<string> Roles { get; } = [];

    /// <summary>Each Link element: how many OBJR kids it has.</summary>
    public List<int> LinkObjectReferences { get; } = [];

    /// <summary>Each Reference element: its parent's role, its kids' roles and the element its /Ref names.</summary>
    public List<(string Parent, List<string> Kids, long? Target)> References { get; } = [];

    /// <summary>Alternative text of each Figure.</summary>
    public List<string?> FigureAlts { get; } = [];

    /// <summary>For each element, the pages its own marked content lies on.</summary>
    public Dictionary<long, HashSet<long>> OwnedPages() =>
        owners.GroupBy(o => o.Value).ToDictionary(g => g.Key, g => g.Select(o => o.Key.Page).ToHashSet());

    public string Role(long element) => ((NameToken)elements[element].Data["S"]).Data;

    /// <summary>Position of an element in document (depth-first) order.</summary>
    public int Order(long element) => order[element];

    /// <summary>The ParentTree's entry for a key: an array of elements (a page) or one element (an annotation).</summary>
    public IToken ParentTree(int key)
    {
        if (parentTree is null)
        {
            parentTree = [];
            var nums = (ArrayToken)Resolve(Dict(Root.Data["ParentTree"]).Data["Nums"]);
            for (var i = 0; i + 1 < nums.Length; i += 2)
            {
                parentTree[((NumericToken)nums[i]).Int] = nums[i + 1];
            }
        }

        return parentTree.TryGetValue(key, out var value) ? value : throw new Xunit.Sdk.XunitException($"ParentTree has no key {key}.");
    }

    /// <summary>
    /// Every text-showing operator of every page: its page, and the marked content around it
    /// (innermost first): "Artifact", or the tag with its MCID.
    /// </summary>
    public IEnumerable<(int Page, List<(string Tag, int? Mcid)> Marks)> TextOperators()
    {
        for (var p = 0; p < pdf.NumberOfPages; p++)
        {
            var stack = new List<(string, int?)>();
            foreach (var op in pdf.GetPage(p + 1).Operations)
            {
                switch (op)
                {
                    case BeginMarkedContent bmc:
                        stack.Insert(0, (bmc.Name.Data, null));
                        break;
                    case BeginMarkedContentWithProperties bdc:
                        int? mcid = bdc.Properties is { } props && Get(props, "MCID") is NumericToken n ? n.Int : null;
                        stack.Insert(0, (bdc.Name.Data, mcid));
                        break;
                    case EndMarkedContent:
                        stack.RemoveAt(0);
                        break;
                    case ShowText or ShowTextsWithPositioning or MoveToNextLineShowText or MoveToNextLineShowTextWithSpacing:
                        yield return (p, [.. stack]);
                        break;
                }
            }
        }
    }

    /// <summary>The element the structure tree says owns MCID <paramref name="mcid"/> on page <paramref name="page"/>, if any.</summary>
    public long? Owner(int page, int mcid) => owners.TryGetValue((PageNumbers[page], mcid), out var e) ? e : null;

    /// <summary>The page's /StructParents and its link annotations' /StructParent keys.</summary>
    public (int StructParents, List<int> Links) PageKeys(int page)
    {
        var dict = pdf.GetPage(page + 1).Dictionary;
        var key = ((NumericToken)dict.Data["StructParents"]).Int;
        var links = new List<int>();
        if (Get(dict, "Annots") is { } annots)
        {
            foreach (var a in ((ArrayToken)Resolve(annots)).Data.Select(Dict))
            {
                var parent = Get(a, "StructParent") as NumericToken;
                Assert.True(parent is not null, "a link annotation has no /StructParent");
                links.Add(parent!.Int);
            }
        }

        return (key, links);
    }

    public IToken Resolve(IToken token) => token is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : token;

    public DictionaryToken Dict(IToken token) => (DictionaryToken)Resolve(token);

    public static long Number(IToken token) => ((IndirectReferenceToken)token).Data.ObjectNumber;

    private IEnumerable<IToken> Kids(DictionaryToken element) =>
        Get(element, "K") is not { } k ? [] : Resolve(k) is ArrayToken array ? array.Data : [k];

    private static IToken? Get(DictionaryToken dict, string key) => dict.Data.TryGetValue(key, out var value) ? value : null;

    private IEnumerable<long> PageRefs(DictionaryToken node)
    {
        foreach (var kid in ((ArrayToken)Resolve(node.Data["Kids"])).Data)
        {
            var dict = Dict(kid);
            if (((NameToken)dict.Data["Type"]).Data == "Pages")
            {
                foreach (var n in PageRefs(dict))
                {
                    yield return n;
                }
            }
            else
            {
                yield return Number(kid);
            }
        }
    }

    private void Walk(IToken reference, long? page, string? parentRole = null)
    {
        var number = Number(reference);
        var element = Dict(reference);
        elements[number] = element;
        var role = ((NameToken)element.Data["S"]).Data;
        order[number] = Roles.Count;
        Roles.Add(role);
        if (role == "Reference")
        {
            var target = Get(element, "Ref") is { } r && Resolve(r) is ArrayToken { Length: > 0 } refs ? Number(refs[0]) : (long?)null;
            var kids = Kids(element).OfType<IndirectReferenceToken>().Select(k => ((NameToken)Dict(k).Data["S"]).Data).ToList();
            References.Add((parentRole ?? "", kids, target));
        }
        if (Get(element, "Pg") is { } pg)
        {
            page = Number(pg);
        }

        var objectReferences = 0;
        foreach (var kid in Kids(element))
        {
            switch (kid)
            {
                case NumericToken mcid:
                    owners[(page ?? -1, mcid.Int)] = number;
                    break;
                case DictionaryToken d when Get(d, "Type") is NameToken { Data: "MCR" }:
                    owners[(Number(d.Data["Pg"]), ((NumericToken)d.Data["MCID"]).Int)] = number;
                    break;
                case DictionaryToken d when Get(d, "Type") is NameToken { Data: "OBJR" }:
                    objectReferences++;
                    break;
                case IndirectReferenceToken child:
                    Walk(child, page, role);
                    break;
            }
        }

        if (role == "Link")
        {
            LinkObjectReferences.Add(objectReferences);
        }

        if (role == "Figure")
        {
            var alt = Get(element, "Alt") is { } token ? Resolve(token) : null;
            FigureAlts.Add(alt switch { StringToken s => s.Data, HexToken h => h.Data, _ => null });
        }
    }
}
