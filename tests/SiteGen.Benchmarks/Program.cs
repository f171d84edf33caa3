// `scenes` and `phone-bytes` are the image benchmark's helpers (tests/bench/image-bench.sh); anything else runs BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "scenes" => SiteGen.Benchmarks.Images.SceneCommand.Run(args[1..]),
    "phone-bytes" => SiteGen.Benchmarks.Images.PhoneBytes.Run(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(SiteGen.Benchmarks.Images.Scenes).Assembly).Run(args);
    return 0;
}
