namespace Review4U.Documents.Rendering;

internal enum ParagraphKind
{
    Normal,
    Subtitle,
    Note,
    Attribution,
    Quote,
}
