using PlanGen.Document;
using System.Text;

namespace PlanGen.Core.Output;

/// <summary>Writes the intermediate Markdown as it is: it already is clean CommonMark with front matter.</summary>
public sealed class MarkdownWriter : IDocumentWriter
{
    public string Format => "md";

    public string Extension => "md";

    public void Write(RenderedDocument document, Stream output)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(document.Markdown);
        output.Write(bytes);
    }
}
