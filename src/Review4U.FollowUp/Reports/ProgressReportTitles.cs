namespace Review4U.FollowUp.Reports;

/// <summary>The report's title in each language the documents speak.</summary>
internal static class ProgressReportTitles
{
    public static string For(string language) => language switch
    {
        "fr" => "Priorités de l'IPV : rapport d'avancement",
        "es" => "Prioridades de la IPV: informe de avance",
        "ar" => "أولويات المبادرة التجريبية الطوعية: تقرير التقدم",
        _ => "VPI priorities: progress report",
    };
}
