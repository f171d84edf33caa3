using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

public class ServeCommandTests
{
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private ParseResult Parse(params string[] args) =>
        new RootCommand { ServeCommand.Create(TextWriter.Synchronized(_stdout), TextWriter.Synchronized(_stderr)) }.Parse(["serve", .. args]);

    [Fact]
    public void Help_describes_every_option()
    {
        var help = new StringWriter();
        Parse("--help").Invoke(new InvocationConfiguration { Output = help });

        foreach (string option in new[] { "--source", "--theme", "--port" })
        {
            string line = help.ToString().Split('\n').Single(l => l.Contains(option + " ") || l.Contains(option + ","));
            Assert.Matches(@"\s{2,}\S", line[(line.IndexOf(option, StringComparison.Ordinal) + option.Length)..]);
        }
    }

    [Fact]
    public void A_port_out_of_range_is_a_usage_error() =>
        Assert.NotEmpty(Parse("--port", "70000").Errors);

    [Fact]
    public async Task Serves_until_cancelled_then_stops_listening()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("trust"));
        using var stop = new CancellationTokenSource();

        var run = Parse("--source", site.Content, "--port", "0").InvokeAsync(cancellationToken: stop.Token);
        var url = await ServedUrlAsync(run);
        using var http = new HttpClient();
        using var home = await http.GetAsync(url);
        await stop.CancelAsync();

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal((int)ExitCode.Success, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(url));
    }

    [Fact]
    public async Task A_port_in_use_is_reported_with_exit_code_2()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("trust"));
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        try
        {
            int exit = await Parse("--source", site.Content, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)).InvokeAsync();

            Assert.Equal((int)ExitCode.Usage, exit);
            Assert.StartsWith($"sitegen: cannot serve on 127.0.0.1:{port}: ", _stderr.ToString());
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task A_missing_content_folder_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N"));
        var exit = await Task.Run(() => SiteGenCommand.Run(["serve", "--source", missing, "--port", "0"], _stdout, _stderr));

        Assert.Equal(ExitCode.Usage, exit);
        Assert.Contains("does not exist", _stderr.ToString());
    }

    private async Task<Uri> ServedUrlAsync(Task<int> run)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (run.IsCompleted) Assert.Fail("serve ended early:\n" + _stderr);
            var served = Regex.Match(_stdout.ToString(), @"^Serving .* at (http://127\.0\.0\.1:\d+/) ", RegexOptions.Multiline);
            if (served.Success) return new Uri(served.Groups[1].Value);
            await Task.Delay(20, timeout.Token);
        }
    }
}
