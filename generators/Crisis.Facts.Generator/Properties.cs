using System.Runtime.CompilerServices;

// The tests drive the parser, binder and emitters directly with hand-built models; the benchmarks time them.
[assembly: InternalsVisibleTo("Crisis.Facts.Generator.Tests")]
[assembly: InternalsVisibleTo("Crisis.Benchmarks")]
[assembly: InternalsVisibleTo("Crisis.Fuzz")]
