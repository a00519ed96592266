using System.Diagnostics;
using Review4U.Bench.Running;
using Review4U.Bench.Support;
using Review4U.Documents.Submissions;

namespace Review4U.Bench.Scenarios;

/// <summary>
/// Scenario 3: a submission of N answers over 200 questions written as DOCX then HTML: wall time and peak managed
/// heap above the input model. Baseline: the same answer texts written raw (UTF-8, no markup) to two files, the
/// floor any formatter pays. The model is built before timing; memory is sampled every millisecond.
/// </summary>
public sealed class CompilationScenario : IScenario
{
    private const int Questions = 200;
    private bool warmedUp;

    public string Name => "compilation";

    public string FigureLabel => "DOCX + HTML";

    public string BaselineLabel => "raw text write";

    public string Unit => "ms";

    public bool HigherIsBetter => false;

    public string Describe(int size, bool smoke) =>
        $"{size} long-text answers over {Questions} questions compiled by `SubmissionDocumentWriter` into DOCX and HTML files on disk; "
        + "extras: peak managed heap above the input model (MB, sampled every ms), file sizes (KB); the process working set is left out because earlier scenarios in the same process inflate it. Target (10k): < 5 s and < 300 MB; "
        + "peak memory should grow sub-linearly across sizes.";

    public Task<RunFigures> RunOnceAsync(int size, bool smoke, CancellationToken ct)
    {
        if (!warmedUp)
        {
            Measure(SubmissionGenerator.Create(Questions, Questions), Write);
            warmedUp = true;
        }

        var model = SubmissionGenerator.Create(Questions, size);
        var ours = Measure(model, Write);
        var raw = Measure(model, WriteRaw);
        return Task.FromResult(new RunFigures(ours.Elapsed.TotalMilliseconds, raw.Elapsed.TotalMilliseconds, new Dictionary<string, double>
        {
            ["peak heap MB"] = ours.PeakHeapBytes / 1048576.0,
            ["docx KB"] = ours.DocxBytes / 1024.0,
            ["html KB"] = ours.HtmlBytes / 1024.0,
        }));
    }

    private static void Write(SubmissionModel model, Stream docx, Stream html)
    {
        SubmissionDocumentWriter.WriteDocx(model, docx);
        SubmissionDocumentWriter.WriteHtml(model, html);
    }

    private static void WriteRaw(SubmissionModel model, Stream docx, Stream html)
    {
        foreach (var target in new[] { docx, html })
        {
            using var writer = new StreamWriter(target, leaveOpen: true);
            foreach (var text in SubmissionGenerator.Texts(model))
            {
                writer.WriteLine(text);
            }
        }
    }

    private static Figures Measure(SubmissionModel model, Action<SubmissionModel, Stream, Stream> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"review4u-bench-{Guid.NewGuid():N}");
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(true);
            var peak = baseline;
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
            var watch = Stopwatch.StartNew();
            using (var docx = File.Create(path + ".docx"))
            using (var html = File.Create(path + ".html"))
            {
                write(model, docx, html);
            }

            watch.Stop();
            done.Set();
            sampler.Join();
            return new Figures(watch.Elapsed, Math.Max(peak, GC.GetTotalMemory(false)) - baseline,
                new FileInfo(path + ".docx").Length, new FileInfo(path + ".html").Length);
        }
        finally
        {
            File.Delete(path + ".docx");
            File.Delete(path + ".html");
        }
    }

    private sealed record Figures(TimeSpan Elapsed, long PeakHeapBytes, long DocxBytes, long HtmlBytes);
}
