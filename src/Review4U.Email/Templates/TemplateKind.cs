namespace Review4U.Email.Templates;

/// <summary>The parts of a template in one language: <c>&lt;lang&gt;.&lt;kind&gt;.liquid</c>.</summary>
public static class TemplateKind
{
    public const string Subject = "subject";
    public const string Text = "text";
    /// <summary>Optional: when absent, the HTML part is made from the text part (see the templates README).</summary>
    public const string Html = "html";
    /// <summary>Layout only: the footer of both parts.</summary>
    public const string Footer = "footer";
}
