using Review4U.Email.Templates;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Templates;

public sealed class TemplateValidationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "r4u-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateValidationTests() => CopyDirectory(RepositoryPaths.Templates, _folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_ReportsFileLineAndColumn_WhenAVariableIsUnknown()
    {
        var file = Path.Combine(_folder, "task-reminder", "fr.text.liquid");
        File.WriteAllText(file, "Bonjour {{ recipient_name }},\n\nVoir {{ task_link }} et {{ body.nom }}.\n");

        var errors = EmailTemplates.Validate(_folder);

        Assert.Equal(2, errors.Count);
        Assert.StartsWith($"{file}:3:9: unknown variable 'task_link'", errors[0].ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"{file}:3:28: unknown variable 'body.nom'", errors[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsFileLineAndColumn_WhenTheSyntaxIsBroken()
    {
        var file = Path.Combine(_folder, "bounce-alert", "es.text.liquid");
        File.WriteAllText(file, "Hola\n{% if address %}\n{{ address }}\n");

        var error = Assert.Single(EmailTemplates.Validate(_folder));

        Assert.Equal(file, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsTheMissingFile_WhenALanguageIsIncomplete()
    {
        var file = Path.Combine(_folder, "unknown-reply", "ar.subject.liquid");
        File.Delete(file);

        var error = Assert.Single(EmailTemplates.Validate(_folder));

        Assert.Equal(file, error.File);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsTheFilter_WhenItIsUnknown()
    {
        var file = Path.Combine(_folder, "task-invitation", "en.subject.liquid");
        File.WriteAllText(file, "Hi {{ recipient_name | shout }}\n");

        var error = Assert.Single(EmailTemplates.Validate(_folder));

        Assert.Equal($"{file}:1:24: unknown filter 'shout'", error.ToString());
    }

    [Fact]
    public void Load_ThrowsWithEveryError_WhenTheFolderIsInvalid()
    {
        File.WriteAllText(Path.Combine(_folder, "task-invitation", "en.subject.liquid"), "{{ nope }}\n");
        File.WriteAllText(Path.Combine(_folder, "task-invitation", "fr.subject.liquid"), "{{ nada }}\n");

        var exception = Assert.Throws<TemplateValidationException>(() => EmailTemplates.Load(_folder));

        Assert.Equal(2, exception.Errors.Count);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
