using Review4U.Web.Features.Answers.Text;
using Review4U.Web.Features.FollowUp.Text;
using Review4U.Web.Features.Meetings.Text;
using Review4U.Web.Features.Secretariat.Text;

namespace Review4U.Web.Features.Pages;

/// <summary>Every feature's page text table, so one check covers them all (add a new feature's table here).</summary>
internal static class PageTextTables
{
    public static IReadOnlyList<PageTextTable> All { get; } =
        [AnswerPageTexts.Table, MeetingTexts.Table, FollowUpTexts.Table, SecretariatTexts.Table];
}
