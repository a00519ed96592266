using System.Diagnostics;
using System.Globalization;
using Review4U.Documents.Submissions;
using Review4U.Documents.Tests.Support;
using Xunit.Abstractions;

namespace Review4U.Documents.Tests.Measurements;

/// <summary>
/// Issue 6, scenario 4: figures for the closing note, printed, never asserted (the machine is shared).
/// Run: <c>dotnet test tests/Review4U.Documents.Tests --filter Category=Measurement --logger "console;verbosity=detailed"</c>.
/// </summary>
[Trait("Category", "Measurement")]
public class CompilationMeasurementTests(ITestOutputHelper output)
{
    [Fact]
    public void Compile_PrintsTimeAndPeakMemory_ForTenThousandAnswersOverTwoHundredQuestions()
    {
        Measure(200, 2_000);
        Measure(200, 10_000, runs: 5);
        Measure(200, 50_000);
    }

    private void Measure(int questions, int answers, int runs = 1)
    {
        var model = LargeSubmission.Create(questions, answers);
        var path = Path.Combine(Path.GetTempPath(), $"review4u-measure-{Guid.NewGuid():N}");
        try
        {
            var figures = Enumerable.Range(0, runs).Select(_ => Run(model, path)).ToList();
            var median = figures.OrderBy(f => f.Elapsed).ElementAt(runs / 2);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{answers,6} answers / {questions} questions: DOCX+HTML median {median.Elapsed.TotalMilliseconds:0} ms (DOCX {median.DocxElapsed.TotalMilliseconds:0} ms; min {figures.Min(f => f.Elapsed.TotalMilliseconds):0}, max {figures.Max(f => f.Elapsed.TotalMilliseconds):0}, {runs} run(s)); "
                + $"peak managed heap above input {median.PeakHeapBytes / 1048576.0:0.0} MB; allocated {median.AllocatedBytes / 1048576.0:0} MB; "
                + $"DOCX {median.DocxBytes / 1024} KB, HTML {median.HtmlBytes / 1024} KB; process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        }
        finally
        {
            File.Delete(path + ".docx");
            File.Delete(path + ".html");
        }
    }

    private static Figures Run(SubmissionModel model, string path)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        long peak = baseline;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.IsSet)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        sampler.Start();
        var stopwatch = Stopwatch.StartNew();
        using (var docx = File.Create(path + ".docx"))
        {
            SubmissionDocumentWriter.WriteDocx(model, docx);
        }

        var docxElapsed = stopwatch.Elapsed;
        using (var html = File.Create(path + ".html"))
        {
            SubmissionDocumentWriter.WriteHtml(model, html);
        }

        stopwatch.Stop();
        done.Set();
        sampler.Join();
        return new Figures(
            stopwatch.Elapsed,
            docxElapsed,
            peak - baseline,
            GC.GetTotalAllocatedBytes(true) - allocatedBefore,
            new FileInfo(path + ".docx").Length,
            new FileInfo(path + ".html").Length);
    }

    private sealed record Figures(TimeSpan Elapsed, TimeSpan DocxElapsed, long PeakHeapBytes, long AllocatedBytes, long DocxBytes, long HtmlBytes);
}
