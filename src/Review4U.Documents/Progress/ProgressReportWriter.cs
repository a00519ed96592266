using Review4U.Documents.Rendering;

namespace Review4U.Documents.Progress;

/// <summary>Writes a VPI progress report as DOCX or HTML; identical input gives identical bytes.</summary>
public static class ProgressReportWriter
{
    public static void WriteDocx(ProgressReportModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ProgressReportComposer.Validate(model);
        using var sink = new DocxDocumentSink(output, model.Language, model.GeneratedAt);
        ProgressReportComposer.Compose(model, sink);
    }

    public static void WriteHtml(ProgressReportModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ProgressReportComposer.Validate(model);
        using var sink = new HtmlDocumentSink(output, model.Language, model.GeneratedAt);
        ProgressReportComposer.Compose(model, sink);
    }
}
