namespace Review4U.Web.Features.Meetings.Text;

/// <summary>The meeting pages' own words in Arabic.</summary>
internal static class MeetingTextAr
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["header.proposalsUntil"] = "تُقبل المقترحات حتى {0}",
        ["agenda.saved"] = "تم الحفظ. شكراً لكم.",
        ["agenda.proposeHeading"] = "اقتراح بند",
        ["agenda.title"] = "العنوان",
        ["agenda.details"] = "تفاصيل (اختياري)",
        ["agenda.propose"] = "اقتراح",
        ["agenda.closed"] = "أُغلق باب المقترحات لهذا الاجتماع.",
        ["agenda.settle"] = "اعتماد جدول الأعمال (اللجنة التوجيهية)",
        ["items.heading"] = "البنود المقترحة",
        ["items.none"] = "لا توجد بنود بعد.",
        ["items.yours"] = "مقترحكم",
        ["review.notOpen"] = "التصويت على جدول الأعمال هذا غير مفتوح.",
        ["review.proposedBy"] = "اقترحه {0}",
        ["review.approve"] = "موافقة",
        ["review.reject"] = "رفض",
        ["review.record"] = "تسجيل أصواتي",
        ["error.details"] = "التفاصيل",
        ["error.link.title"] = "رابط غير صالح",
        ["error.link.text"] = "لا يفتح هذا الرابط جدول أعمال اجتماع. يرجى استخدام الرابط الوارد في آخر رسالة تلقيتموها بشأن هذا الاجتماع.",
        ["error.notSaved.title"] = "لم يتم الحفظ",
        ["error.notSaved.text"] = "لم يُحفظ أي شيء. يرجى الرجوع والتصحيح ثم المحاولة مجدداً.",
        ["error.vote.text"] = "كل صوت إما موافقة على بند من جدول الأعمال هذا أو رفض له؛ لم يُحفظ أي شيء.",
        ["error.formExpected.title"] = "يلزم استخدام النموذج",
        ["error.formExpected.text"] = "يرجى استخدام النموذج الموجود في الصفحة.",
        ["error.reload.title"] = "يرجى إعادة تحميل الصفحة",
        ["error.reload.text"] = "انتهت صلاحية النموذج أو لم يصدر عن هذا الموقع؛ لم يُحفظ أي شيء.",
    };
}
