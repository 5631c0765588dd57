using Markdig.Syntax;
using PlanGen.Pdf.Elements;
using PlanGen.Pdf.Layout;
using PlanGen.Pdf.Text;

namespace PlanGen.Pdf.Compose;

/// <summary>Builds the layout element of one kind of node (Markdig's object-renderer shape, returning an element).</summary>
internal interface IPdfObjectRenderer
{
    bool Accepts(Block block);

    Element? Build(BlockComposer composer, Block block, TextStyle style);
}

/// <summary>One small renderer per typed node: <see cref="Build(BlockComposer, T, TextStyle)"/> for nodes of type <typeparamref name="T"/>.</summary>
internal abstract class PdfObjectRenderer<T> : IPdfObjectRenderer
    where T : Block
{
    public bool Accepts(Block block) => block is T;

    public Element? Build(BlockComposer composer, Block block, TextStyle style) => Build(composer, (T)block, style);

    protected abstract Element? Build(BlockComposer composer, T block, TextStyle style);
}
