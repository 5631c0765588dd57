using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PlanGen.Document;

namespace PlanGen.Docx.Packaging;

/// <summary>
/// docProps/core.xml written by hand: System.IO.Packaging's own PackageProperties would store it
/// under a random GUID name, which breaks byte-identical builds.
/// </summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Add(WordprocessingDocument package, DocumentInfo info, string title, string subject)
    {
        var part = package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });

        var timestamp = info.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, Clean(title));
        xml.WriteElementString("dc", "subject", Dc, Clean(subject));
        xml.WriteElementString("dc", "creator", Dc, Clean(info.BoardName));
        xml.WriteElementString("cp", "keywords", Cp, Clean(string.Join(", ", info.Keywords)));
        xml.WriteElementString("dc", "language", Dc, info.Language);
        xml.WriteElementString("cp", "lastModifiedBy", Cp, Clean(info.BoardName));
        WriteDate(xml, "created", timestamp);
        WriteDate(xml, "modified", timestamp);
        xml.WriteEndElement();
    }

    private static void WriteDate(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("dcterms", name, DcTerms);
        xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static string Clean(string text) => Renderers.XmlText.Clean(text);
}
