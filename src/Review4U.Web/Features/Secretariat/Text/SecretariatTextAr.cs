namespace Review4U.Web.Features.Secretariat.Text;

/// <summary>The Secretariat pages' own words in Arabic.</summary>
internal static class SecretariatTextAr
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["interest.pageTitle"] = "الأمانة",
        ["interest.heading"] = "تولي أمانة {0}",
        ["interest.intro"] = "تنتهي ولاية {0} في {1}. يُغلق باب إبداء الاهتمام في {2} بالتوقيت العالمي المنسق.",
        ["interest.saved"] = "تم الحفظ (الإصدار {0}).",
        ["interest.closed"] = "أُغلق باب إبداء الاهتمام.",
        ["interest.organisation"] = "المنظمة",
        ["interest.coordinator"] = "المنسق المقترح",
        ["interest.motivation"] = "دوافع الترشح",
        ["interest.submit"] = "إبداء الاهتمام",
        ["ballot.pageTitle"] = "قرار بشأن الأمانة",
        ["ballot.heading"] = "أمانة {0}",
        ["ballot.intro"] = "{0}: تنتهي ولاية {1} في {2}. يُتخذ القرار عندما يتفق {3} من الأعضاء.",
        ["ballot.decided"] = "القرار: {0}.",
        ["ballot.renewDecided"] = "تجديد ولاية {0}",
        ["ballot.legend"] = "صوتكم",
        ["ballot.renew"] = "تجديد ولاية {0} لمدة سنة واحدة",
        ["ballot.candidate"] = "{0}، المنسق: {1}: {2}",
        ["ballot.votes"] = "(عدد الأصوات: {0})",
        ["ballot.vote"] = "تصويت",
        ["error.notSaved"] = "لم يُحفظ أي شيء:",
        ["error.details"] = "التفاصيل",
        ["error.link.title"] = "لا يمكن استخدام هذا الرابط",
        ["error.link.text"] = "يرجى استخدام الرابط الوارد في آخر رسالة تلقيتموها بشأن الأمانة.",
        ["error.formExpected.title"] = "يلزم استخدام النموذج",
        ["error.formExpected.text"] = "يرجى استخدام النموذج الموجود في الصفحة.",
        ["error.reload.title"] = "يرجى إعادة تحميل الصفحة",
        ["error.reload.text"] = "انتهت صلاحية النموذج أو لم يصدر عن هذا الموقع؛ لم يُحفظ أي شيء.",
    };
}
