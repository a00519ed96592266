namespace Review4U.Email.Options;

/// <summary>Configuration of the email module (section <c>Email</c>).</summary>
public sealed class EmailOptions
{
    /// <summary>PostgreSQL connection string of the database holding the <c>email</c> schema.</summary>
    public string ConnectionString { get; set; } = "";

    public string FromAddress { get; set; } = "review4u@review4u.local";

    public string FromName { get; set; } = "Review4U";

    /// <summary>Right-hand side of generated Message-IDs (<c>&lt;id@domain&gt;</c>).</summary>
    public string MessageIdDomain { get; set; } = "review4u.local";

    /// <summary>Mailbox whose plus-addresses carry reply tokens (<c>reply@x</c> gives <c>reply+TOKEN@x</c>); empty disables.</summary>
    public string ReplyAddress { get; set; } = "";

    /// <summary>Public base URL of the web app, used for unsubscribe links (ends with a slash).</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5000/");

    /// <summary>Mailbox for <c>mailto:</c> unsubscribe requests (List-Unsubscribe).</summary>
    public string UnsubscribeAddress { get; set; } = "unsubscribe@review4u.local";

    /// <summary>Key signing one-click unsubscribe tokens; set a long random value in production.</summary>
    public string UnsubscribeSecret { get; set; } = "";

    /// <summary>Folder holding <c>&lt;template&gt;/&lt;lang&gt;.*.liquid</c> (the repository's <c>workflows/templates</c>).</summary>
    public string TemplatesPath { get; set; } = "workflows/templates";

    /// <summary>Coordinators known from configuration (see <c>ConfiguredCoordinatorResolver</c>).</summary>
    public IList<Coordinators.CoordinatorOptions> Coordinators { get; } = [];

    public SmtpOptions Smtp { get; set; } = new();

    public ImapOptions Imap { get; set; } = new();

    public MagicLinkOptions MagicLinks { get; set; } = new();
}
