using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Document;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace PlanGen.Docx.Layout;

/// <summary>
/// The school's logo as an inline picture, scaled down (never up) to fit a box and keeping its
/// aspect ratio, with the alt text from DocumentInfo for screen readers.
/// </summary>
internal static class Logo
{
    public const string RelationshipId = "rIdLogo";
    private const long EmuPerCm = 360000;
    private const long EmuPerInch = 914400;

    /// <summary>Embeds the logo Core read once; null when there is none (validation reports a missing logo).</summary>
    public static LogoAsset? Embed(MainDocumentPart main, LogoAsset? logo)
    {
        if (logo is null)
        {
            return null;
        }

        var part = main.AddNewPart<ImagePart>(logo.MediaType, RelationshipId);
        using var stream = new MemoryStream(logo.Bytes, writable: false);
        part.FeedData(stream);
        return logo;
    }

    public static Drawing Inline(LogoAsset image, string altText, double maxWidthCm, double maxHeightCm, uint drawingId)
    {
        var width = image.Width * EmuPerInch / image.DpiX;
        var height = image.Height * EmuPerInch / image.DpiY;
        var scale = Math.Min(1, Math.Min(maxWidthCm * EmuPerCm / width, maxHeightCm * EmuPerCm / height));
        var cx = (long)(width * scale);
        var cy = (long)(height * scale);

        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = "logo", Description = altText },
                new PIC.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new PIC.BlipFill(
                new A.Blip { Embed = RelationshipId },
                new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));

        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = drawingId, Name = $"Logo {drawingId}", Description = altText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        });
    }
}
