using System.Globalization;
using System.Text;
using System.Xml;

namespace Review4U.Documents.Rendering;

/// <summary>
/// The Open Packaging parts around <c>word/document.xml</c>. We write them ourselves because
/// System.IO.Packaging (under the SDK's <c>WordprocessingDocument</c>) stamps every zip entry with the
/// current time and gives relationships random ids, so two runs never give the same bytes.
/// </summary>
internal static class DocxPackageParts
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    public static void WriteContentTypes(Stream stream)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        Override(xml, "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        Override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        xml.WriteEndElement();
    }

    public static void WritePackageRelationships(Stream stream)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(xml, "rId1", OfficeRelationships + "/officeDocument", "word/document.xml");
        Relationship(xml, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        xml.WriteEndElement();
    }

    public static void WriteDocumentRelationships(Stream stream)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(xml, "rId1", OfficeRelationships + "/styles", "styles.xml");
        xml.WriteEndElement();
    }

    public static void WriteCoreProperties(Stream stream, string title, string language, DateTimeOffset timestamp)
    {
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var when = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        xml.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", XmlText.Clean(title));
        xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", "Review4U");
        xml.WriteElementString("dc", "language", "http://purl.org/dc/elements/1.1/", language);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, dcterms);
            xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            xml.WriteString(when);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override");
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship");
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
