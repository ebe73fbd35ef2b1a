using BenchmarkDotNet.Running;
using MotCua.Bench;

BenchmarkSwitcher.FromAssembly(typeof(QuarterBenchmarks).Assembly).Run(args);
