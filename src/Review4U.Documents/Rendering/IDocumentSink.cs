namespace Review4U.Documents.Rendering;

/// <summary>
/// The few building blocks our documents are made of; a composer walks its model once and the sink
/// streams each block to DOCX or HTML, so both formats share one structure and memory stays bounded.
/// </summary>
internal interface IDocumentSink : IDisposable
{
    void Begin(string title);

    /// <summary>Level 0 is the document title; 1–3 are headings. An anchor lets the contents link to it.</summary>
    void Heading(int level, string text, string? anchor = null);

    /// <summary>A list of links to anchored headings (HTML); DOCX readers navigate by heading styles instead.</summary>
    void Contents(string title, IReadOnlyList<(string Anchor, string Text)> entries);

    void Paragraph(string text, ParagraphKind kind = ParagraphKind.Normal);

    void Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows);

    void PageBreak();

    void End();
}
