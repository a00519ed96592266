using System.Collections.Concurrent;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;

namespace Review4U.Rounds.Tasks;

/// <summary>
/// Renders a round's invitations. The Liquid templates are rendered once per language and question count with marks
/// in place of the three values that differ per contact (name, organisation, link token); each invitation is then that
/// shape with the marks replaced. Only values that no encoder, whitespace rule or link rule can change are substituted
/// (ASCII letters, digits, single inner spaces, '-' and '_'), and a shape is used only if substituting probe values
/// gives exactly what a full render of them gives; anything else is rendered in full. The output is the same either
/// way: <c>TaskFanOutRenderingTests</c> compares both paths byte for byte.
/// </summary>
public sealed class InvitationRenderer(EmailTemplates templates, BodyIdentity body, string roundTitle, DateTimeOffset deadline,
    string bodyLanguage, Func<string, Uri> taskUrl)
{
    private const string Prefix = "R4uMark";
    private const string NameMark = Prefix + "RecipientQ";
    private const string OrganisationMark = Prefix + "OrganisationQ";
    private const string TokenMark = Prefix + "TokenQ";
    private static readonly string[] Marks = [NameMark, OrganisationMark, TokenMark];
    private readonly ConcurrentDictionary<(string Language, int Questions), InvitationShape?> _shapes = new();
    private int _substituted;

    /// <summary>How many invitations were made by substitution rather than a full render.</summary>
    public int Substituted => Volatile.Read(ref _substituted);

    public RenderedEmail Render(string recipientName, string organisationName, int questionCount, string? language, string token)
    {
        if (IsPlain(recipientName) && IsPlain(organisationName) && IsPlain(token)
            && _shapes.GetOrAdd((language ?? "", questionCount), key => Shape(key.Language, key.Questions)) is { } shape)
        {
            Interlocked.Increment(ref _substituted);
            return shape.Fill(recipientName, organisationName, token);
        }

        return Full(recipientName, organisationName, questionCount, language, token);
    }

    private RenderedEmail Full(string recipientName, string organisationName, int questionCount, string? language, string token) =>
        templates.Render(new TaskInvitationModel
        {
            Body = body,
            RecipientName = recipientName,
            OrganisationName = organisationName,
            RoundTitle = roundTitle,
            QuestionCount = questionCount,
            Deadline = deadline,
            TaskUrl = taskUrl(token),
        }, language, bodyLanguage);

    /// <summary>The invitation cut at the marks of the per-contact values, or null when substitution would not be exact.</summary>
    private InvitationShape? Shape(string language, int questionCount)
    {
        var shape = new InvitationShape(Full(NameMark, OrganisationMark, questionCount, language, TokenMark));
        const string probeName = "Probe Name-a_b 09", probeOrganisation = "Probe_Org-9 z", probeToken = "pr0be-T0ken_x";
        var probe = Full(probeName, probeOrganisation, questionCount, language, probeToken);
        return shape.Fill(probeName, probeOrganisation, probeToken) == probe ? shape : null;
    }

    /// <summary>One rendered invitation with its subject, text and HTML cut at the marks (values in the order of <see cref="Marks"/>).</summary>
    private sealed class InvitationShape(RenderedEmail marked)
    {
        private readonly MarkedText _subject = MarkedText.Cut(marked.Subject, Marks);
        private readonly MarkedText _text = MarkedText.Cut(marked.Text, Marks);
        private readonly MarkedText _html = MarkedText.Cut(marked.Html, Marks);

        public RenderedEmail Fill(string recipientName, string organisationName, string token)
        {
            string[] values = [recipientName, organisationName, token];
            return marked with { Subject = _subject.Fill(values), Text = _text.Fill(values), Html = _html.Fill(values) };
        }
    }

    private static bool IsPlain(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetterOrDigit(value[0]) || !char.IsAsciiLetterOrDigit(value[^1])
            || value.Contains(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_' && !(c == ' ' && value[i - 1] != ' '))
            {
                return false;
            }
        }

        return true;
    }
}
