namespace Review4U.Web.Tests.Support;

/// <summary>
/// How the tests find things on the task page: form field names, element ids and form actions only, never label
/// text (the labels are localised; names, ids and routes are the stable contract).
/// </summary>
public static class TaskPageSelectors
{
    public const string Questions = "main form fieldset";
    public const string SaveDraft = "button[name='action'][value='draft']";
    public const string Submit = "button[name='action'][value='submit']";
    public const string Saved = "#saved";
    public const string Alert = "[role='alert']";
    public const string AttachQuestion = "form[action$='/attach'] select[name='question']";
    public const string AttachFile = "form[action$='/attach'] input[name='file']";
    public const string AttachButton = "form[action$='/attach'] button";
    public const string ForwardEmail = "form[action$='/forward'] input[name='email']";
    public const string ForwardButton = "form[action$='/forward'] button";
    public const string DeclineReason = "form[action$='/decline'] input[name='reason']";
    public const string DeclineButton = "form[action$='/decline'] button";
    public const string FreshLinkButton = "form[action$='/fresh-link'] button";
    public const string UnsubscribeButton = "form[action*='/email/unsubscribe'] button";

    public static string Text(string questionId) => $"textarea[name='q.{questionId}']";

    public static string Choice(string questionId, string value) => $"input[name='c.{questionId}'][value='{value}']";

    public static string Files(string questionId) => $"fieldset#{questionId} .file";
}
