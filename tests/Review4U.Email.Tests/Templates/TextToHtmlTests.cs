using Review4U.Email.Templates;

namespace Review4U.Email.Tests.Templates;

public sealed class TextToHtmlTests
{
    [Fact]
    public void Convert_MakesParagraphsListsAndLinks_FromPlainText()
    {
        var html = TextToHtml.Convert("Dear A & B,\n\n- first\n- second\n\nSee https://x.example/t?a=1&b=2.\nThanks");

        Assert.Equal(
            "<p>Dear A &amp; B,</p>\n<ul><li>first</li><li>second</li></ul>\n" +
            "<p>See <a href=\"https://x.example/t?a=1&amp;b=2\" style=\"color:#0b5cad\">https://x.example/t?a=1&amp;b=2</a>.<br>\nThanks</p>\n",
            html);
    }

    [Fact]
    public void Convert_EncodesMarkup_WhenTheTextContainsIt()
    {
        Assert.Equal("<p>&lt;b&gt;not bold&lt;/b&gt;</p>\n", TextToHtml.Convert("<b>not bold</b>"));
    }
}
