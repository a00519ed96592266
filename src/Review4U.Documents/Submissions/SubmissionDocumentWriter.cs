using Review4U.Documents.Rendering;

namespace Review4U.Documents.Submissions;

/// <summary>Writes a compiled submission as DOCX or HTML, streamed to the caller's stream.</summary>
public static class SubmissionDocumentWriter
{
    /// <summary>Validates the whole model first: on bad input it throws and writes nothing.</summary>
    public static void WriteDocx(SubmissionModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var plan = SubmissionPlan.Build(model);
        using var sink = new DocxDocumentSink(output, model.Language, model.GeneratedAt);
        SubmissionComposer.Compose(plan, sink);
    }

    public static void WriteHtml(SubmissionModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var plan = SubmissionPlan.Build(model);
        using var sink = new HtmlDocumentSink(output, model.Language, model.GeneratedAt);
        SubmissionComposer.Compose(plan, sink);
    }
}
