using System.Runtime.CompilerServices;

// The engine is internal so that tests can drive it with a fake environment and temp paths.
[assembly: InternalsVisibleTo("Crisis.Snapshots.Tests")]
