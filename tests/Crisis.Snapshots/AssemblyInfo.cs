using System.Runtime.CompilerServices;

// The engine is internal so that tests can drive it with a fake environment and temp paths.
[assembly: InternalsVisibleTo("Crisis.Snapshots.Tests")]

// The reporter's snapshot-stability test counts the lines one added fact changes with the same line diff.
[assembly: InternalsVisibleTo("Crisis.Reporter.Tests")]
